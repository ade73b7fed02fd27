import { defineConfig } from "drizzle-kit";

/** PostgreSQL's migrations (docs/decisions/0013); SQLite's stay in drizzle.config.ts. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.pg.ts",
  out: "./db/migrations-pg",
});
