import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { CATALOG_VERSION, roles, skills } from "../lib/catalog";
import type { Db } from "./client";
import { catalogVersions, type CatalogSnapshot } from "./schema";

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

export function currentCatalogSnapshot(): CatalogSnapshot {
  return {
    skills: Object.fromEntries(skills.map((s) => [s.slug, { name: s.name }])),
    roles: Object.fromEntries(
      roles.map((r) => [
        r.slug,
        {
          name: r.name,
          skills: Object.fromEntries(r.skills.map((rs) => [rs.skill, { level: rs.level, weight: rs.weight }])),
        },
      ]),
    ),
  };
}

/**
 * Brings a database to the current schema and records the catalog version being served, so plans
 * built on an older catalog can say what changed. Safe to run on every start.
 */
export function migrateAndSeed(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  db.insert(catalogVersions)
    .values({ version: CATALOG_VERSION, snapshot: currentCatalogSnapshot() })
    .onConflictDoNothing()
    .run();
}
