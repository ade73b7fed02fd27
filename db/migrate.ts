import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { CATALOG_VERSION } from "../lib/catalog";
import { currentCatalogSnapshot } from "../lib/catalog/snapshot";
import type { Db } from "./client";
import { carryRatingsForward, carryStatusesForward } from "./queries/catalog-upgrade";
import { catalogVersions } from "./schema";

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

/**
 * Brings a database to the current schema and records the catalog version being served, so plans
 * built on an older catalog can say what changed, carrying ratings and statuses of split skills
 * forward the first time a version is served. Safe to run on every start.
 */
export function migrateAndSeed(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  // The first time a catalog version is served, ratings and plan statuses of split or merged
  // skills carry forward (lib/catalog/skill-map.ts), in the same transaction that records the
  // version: either both happen or neither, and a restart does not repeat it.
  db.transaction((tx) => {
    const recorded = tx
      .insert(catalogVersions)
      .values({ version: CATALOG_VERSION, snapshot: currentCatalogSnapshot() })
      .onConflictDoNothing()
      .run();
    if (recorded.changes > 0) {
      carryRatingsForward(tx);
      carryStatusesForward(tx);
    }
  });
}
