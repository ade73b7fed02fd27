// A digest of what a database holds, to prove a run of rejected requests changed nothing.
import { createHash } from "node:crypto";
import type Database from "better-sqlite3";

/** Every row of every table, in rowid/key order; `skip` leaves out tables a run may legitimately touch. */
export function fingerprint(db: Database.Database, skip: string[] = []): string {
  const hash = createHash("sha256");
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    if (skip.includes(name)) continue;
    hash.update(`\u0000${name}\u0000`);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).iterate()) hash.update(JSON.stringify(row));
  }
  return hash.digest("hex");
}
