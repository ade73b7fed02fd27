import "server-only";
import { connection } from "./client";

/**
 * Copies the WAL into the database file and truncates it, so pages holding deleted rows do not
 * linger there. A reader mid-transaction can keep part of the WAL alive; SQLite then checkpoints
 * what it can and the rest goes at the next automatic checkpoint. PostgreSQL needs no such step
 * here: VACUUM reclaims dead rows on its own schedule (docs/decisions/0013).
 */
export async function forgetDeletedPages(): Promise<void> {
  const c = connection();
  if (c.dialect !== "sqlite") return;
  // Under the write lock, so the checkpoint never runs inside another request's open transaction.
  await c.writeLock.run(async () => {
    c.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  });
}
