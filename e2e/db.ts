import Database from "better-sqlite3";

/**
 * The e2e server's own database, opened beside it (WAL allows it) so tests can check what was
 * stored and set up states no API offers, such as an already expired link.
 */
export function openTestDatabase(readonly = true) {
  const db = new Database(process.env.E2E_DATABASE ?? "data/e2e.db", { readonly, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  return db;
}
