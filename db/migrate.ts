import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { CATALOG_VERSION } from "../lib/catalog";
import { currentCatalogSnapshot } from "../lib/catalog/snapshot";
import type { Db } from "./client";
import { catalogVersions } from "./schema";

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

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
