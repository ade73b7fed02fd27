import path from "node:path";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { migrate as migratePg } from "drizzle-orm/postgres-js/migrator";
import { CATALOG_VERSION } from "../lib/catalog";
import { currentCatalogSnapshot } from "../lib/catalog/snapshot";
import type { Connection } from "./open";
import { carryRatingsForward, carryStatusesForward } from "./queries/catalog-upgrade";
import { catalogVersions } from "./tables";
import { transaction } from "./transaction";

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
export const PG_MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations-pg");

/** Any fixed number: the PostgreSQL advisory lock replicas take so only one migrates at a time. */
const MIGRATION_LOCK = 7_013_2026;

/**
 * Brings a database to the current schema and records the catalog version being served, so plans
 * built on an older catalog can say what changed, carrying ratings and statuses of split skills
 * forward the first time a version is served. Safe to run on every start, and on PostgreSQL by
 * several replicas starting at once: they queue on an advisory lock and the later ones find
 * nothing left to do.
 */
export async function migrateAndSeed(c: Connection): Promise<void> {
  if (c.dialect === "sqlite") {
    migrateSqlite(c.writer, { migrationsFolder: MIGRATIONS_FOLDER });
    return seed(c);
  }
  // The advisory lock belongs to a session, so it is taken and released on one reserved connection.
  const lock = await c.client.reserve();
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePg(c.pg, { migrationsFolder: PG_MIGRATIONS_FOLDER });
    await seed(c);
  } finally {
    await lock`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => undefined);
    lock.release();
  }
}

async function seed(c: Connection): Promise<void> {
  // The first time a catalog version is served, ratings and plan statuses of split or merged
  // skills carry forward (lib/catalog/skill-map.ts), in the same transaction that records the
  // version: either both happen or neither, and a restart does not repeat it.
  await transaction(async (tx) => {
    const recorded = await tx
      .insert(catalogVersions)
      .values({ version: CATALOG_VERSION, snapshot: currentCatalogSnapshot() })
      .onConflictDoNothing()
      .returning({ version: catalogVersions.version });
    if (recorded.length > 0) {
      await carryRatingsForward(tx);
      await carryStatusesForward(tx);
    }
  }, c);
}
