import { dialectOf, type Dialect } from "../lib/database-dialect";

export { dialectOf, type Dialect };

/**
 * The dialect of this process's database. Read from the raw environment, not lib/env, because
 * db/tables.ts decides at import time, which may happen during `next build` before the server
 * validates its settings.
 */
export const DIALECT: Dialect = dialectOf(process.env.DATABASE_URL);
