import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Every test runs on SQLite. With TEST_DATABASE_URL pointing at a PostgreSQL server, the data-layer
 * tests (db/) run a second time on it: each test creates its own database there (db/test-database.ts).
 */
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // Next resolves "server-only" to an empty module on the server; tests run server code too.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["lib/**/*.test.ts", "db/**/*.test.ts", "app/**/*.test.ts", "tests/**/*.test.ts"],
          // An inherited PostgreSQL DATABASE_URL must not turn the SQLite run into a PostgreSQL one.
          env: { DATABASE_URL: "" },
        },
      },
      ...(postgresUrl
        ? [{ extends: true as const, test: { name: "postgres", include: ["db/**/*.test.ts"], env: { DATABASE_URL: postgresUrl } } }]
        : []),
    ],
  },
});
