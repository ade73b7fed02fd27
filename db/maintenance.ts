import "server-only";
import { connection } from "./client";

/**
 * Copies the WAL into the database file and truncates it, so pages holding deleted rows do not
 * linger there. A reader mid-transaction can keep part of the WAL alive; SQLite then checkpoints
 * what it can and the rest goes at the next automatic checkpoint.
 */
export function forgetDeletedPages(): void {
  connection().sqlite.pragma("wal_checkpoint(TRUNCATE)");
}
