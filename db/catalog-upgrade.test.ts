import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { describe, expect, it } from "vitest";
import { CATALOG_VERSION } from "@/lib/catalog";
import { CATALOG_2025 } from "@/lib/catalog/skill-map";
import { migrateAndSeed } from "./migrate";
import * as schema from "./schema";

/** A database as the 2025 catalog left it: one user with ratings and a plan with statuses. */
function oldDatabase() {
  const sqlite = new Database(":memory:");
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite, { schema });
  migrateAndSeed(db);
  // Pretend the current version was never served, as on the day this catalog ships.
  sqlite.prepare("DELETE FROM catalog_version").run();
  sqlite.prepare("INSERT INTO catalog_version (version, snapshot) VALUES (?, '{}')").run(CATALOG_2025);
  sqlite.prepare("INSERT INTO user (id, email) VALUES ('u1', 'u1@example.test')").run();
  const rate = sqlite.prepare("INSERT INTO assessment_entry (user_id, skill, level) VALUES ('u1', ?, ?)");
  rate.run("data-quality", 3);
  rate.run("nlp-llms", 4);
  rate.run("graph-ml", 2);
  rate.run("sql", 3);
  sqlite
    .prepare(
      `INSERT INTO plan (id, user_id, title, target, target_name, hours_per_week, start_date, catalog_version, roadmap, assessment_stamp)
       VALUES ('p1', 'u1', 'Towards data engineer', 'data-engineer', 'Data engineer', 10, '2026-01-05', ?, '{}', '')`,
    )
    .run(CATALOG_2025);
  const status = sqlite.prepare("INSERT INTO plan_item_status (plan_id, skill, status) VALUES ('p1', ?, ?)");
  status.run("data-quality", "done");
  status.run("sql", "doing");
  return { sqlite, db };
}

const ratingsOf = (sqlite: Database.Database) =>
  Object.fromEntries(sqlite.prepare("SELECT skill, level FROM assessment_entry WHERE user_id = 'u1'").all().map((r) => [(r as { skill: string }).skill, (r as { level: number }).level]));
const statusesOf = (sqlite: Database.Database) =>
  Object.fromEntries(sqlite.prepare("SELECT skill, status FROM plan_item_status WHERE plan_id = 'p1'").all().map((r) => [(r as { skill: string }).skill, (r as { status: string }).status]));

describe("serving a new catalog version for the first time", () => {
  it("carries ratings and plan statuses of split and merged skills forward, keeping every old one", () => {
    const { sqlite, db } = oldDatabase();
    migrateAndSeed(db);
    expect(ratingsOf(sqlite)).toEqual({
      "data-quality": 3,
      "nlp-llms": 4,
      "graph-ml": 2,
      sql: 3,
      "data-cleaning": 3,
      "llm-applications": 2,
      "modality-depth": 4,
    });
    expect(statusesOf(sqlite)).toEqual({ "data-quality": "done", sql: "doing", "data-cleaning": "done" });
    const versions = sqlite.prepare("SELECT version FROM catalog_version ORDER BY version").all().map((r) => (r as { version: string }).version);
    expect(versions.sort()).toEqual([CATALOG_2025, CATALOG_VERSION].sort());
  });

  it("runs once per version: a person's later change survives the next start", () => {
    const { sqlite, db } = oldDatabase();
    migrateAndSeed(db);
    sqlite.prepare("UPDATE assessment_entry SET level = 1 WHERE skill = 'data-cleaning'").run();
    sqlite.prepare("DELETE FROM plan_item_status WHERE skill = 'data-cleaning'").run();
    migrateAndSeed(db);
    expect(ratingsOf(sqlite)["data-cleaning"]).toBe(1);
    expect(statusesOf(sqlite)["data-cleaning"]).toBeUndefined();
  });

  it("never overwrites a rating the person already gave the new skill", () => {
    const { sqlite, db } = oldDatabase();
    sqlite.prepare("INSERT INTO assessment_entry (user_id, skill, level) VALUES ('u1', 'data-cleaning', 1)").run();
    migrateAndSeed(db);
    expect(ratingsOf(sqlite)["data-cleaning"]).toBe(1);
  });
});
