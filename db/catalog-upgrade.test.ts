import { describe, expect, it } from "vitest";
import { CATALOG_VERSION } from "@/lib/catalog";
import { CATALOG_2025 } from "@/lib/catalog/skill-map";
import { connection } from "./client";
import { migrateAndSeed } from "./migrate";
import { rawQuery, withTestDatabase } from "./test-database";

withTestDatabase();

/** The database as the 2025 catalog left it: one user with ratings and a plan with statuses. */
async function oldDatabase() {
  // Pretend the current version was never served, as on the day this catalog ships.
  await rawQuery("DELETE FROM catalog_version");
  await rawQuery("INSERT INTO catalog_version (version, snapshot) VALUES (?, '{}')", [CATALOG_2025]);
  await rawQuery(`INSERT INTO "user" (id, email) VALUES ('u1', 'u1@example.test')`);
  for (const [skill, level] of [["data-quality", 3], ["nlp-llms", 4], ["graph-ml", 2], ["sql", 3]] as const) {
    await rawQuery("INSERT INTO assessment_entry (user_id, skill, level) VALUES ('u1', ?, ?)", [skill, level]);
  }
  await rawQuery(
    `INSERT INTO plan (id, user_id, title, target, target_name, hours_per_week, start_date, catalog_version, roadmap, assessment_stamp)
     VALUES ('p1', 'u1', 'Towards data engineer', 'data-engineer', 'Data engineer', 10, '2026-01-05', ?, '{}', '')`,
    [CATALOG_2025],
  );
  for (const [skill, status] of [["data-quality", "done"], ["sql", "doing"]] as const) {
    await rawQuery("INSERT INTO plan_item_status (plan_id, skill, status) VALUES ('p1', ?, ?)", [skill, status]);
  }
}

const ratings = async () =>
  Object.fromEntries((await rawQuery<{ skill: string; level: number }>("SELECT skill, level FROM assessment_entry WHERE user_id = 'u1'")).map((r) => [r.skill, r.level]));
const statuses = async () =>
  Object.fromEntries((await rawQuery<{ skill: string; status: string }>("SELECT skill, status FROM plan_item_status WHERE plan_id = 'p1'")).map((r) => [r.skill, r.status]));
const start = () => migrateAndSeed(connection());

describe("serving a new catalog version for the first time", () => {
  it("carries ratings and plan statuses of split and merged skills forward, keeping every old one", async () => {
    await oldDatabase();
    await start();
    expect(await ratings()).toEqual({
      "data-quality": 3,
      "nlp-llms": 4,
      "graph-ml": 2,
      sql: 3,
      "data-cleaning": 3,
      "llm-applications": 2,
      "modality-depth": 4,
    });
    expect(await statuses()).toEqual({ "data-quality": "done", sql: "doing", "data-cleaning": "done" });
    const versions = (await rawQuery<{ version: string }>("SELECT version FROM catalog_version ORDER BY version")).map((r) => r.version);
    expect(versions.sort()).toEqual([CATALOG_2025, CATALOG_VERSION].sort());
  });

  it("runs once per version: a person's later change survives the next start", async () => {
    await oldDatabase();
    await start();
    await rawQuery("UPDATE assessment_entry SET level = 1 WHERE skill = 'data-cleaning'");
    await rawQuery("DELETE FROM plan_item_status WHERE skill = 'data-cleaning'");
    await start();
    expect((await ratings())["data-cleaning"]).toBe(1);
    expect((await statuses())["data-cleaning"]).toBeUndefined();
  });

  it("never overwrites a rating the person already gave the new skill", async () => {
    await oldDatabase();
    await rawQuery("INSERT INTO assessment_entry (user_id, skill, level) VALUES ('u1', 'data-cleaning', 1)");
    await start();
    expect((await ratings())["data-cleaning"]).toBe(1);
  });
});
