import { connection } from "./client";

/**
 * A time as the driver takes it in a `sql.placeholder` (placeholders skip the column's mapping):
 * SQLite stores epoch milliseconds; PostgreSQL takes an ISO string and reads it as timestamptz.
 */
export function timeParam(at: Date | number): number | string {
  const date = typeof at === "number" ? new Date(at) : at;
  return connection().dialect === "postgres" ? date.toISOString() : date.getTime();
}
