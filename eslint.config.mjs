import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The layers of docs/decisions/0012 as rules, so a wrong import fails `npm run lint` instead of
 * waiting for a reviewer: app/ → lib/services → db/; components/ get actions and data as props;
 * the pure core knows neither the store nor the framework.
 */
const PURE_CORE = ["./lib/engine", "./lib/plans", "./lib/postings", "./lib/catalog"];

const layers = {
  files: ["**/*.{ts,tsx,js,mjs}"],
  // Tests may reach any layer to set up what they check; scripts, e2e and the startup migration (instrumentation.ts) are tools, not layers.
  ignores: ["**/*.test.{ts,tsx}", "db/**", "scripts/**", "e2e/**", "instrumentation.ts"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          {
            // Only use cases touch the store. lib/auth is the session's own plumbing (Auth.js adapter,
            // the session lookup), which every layer above reaches through lib/auth/session.
            target: ["./app", "./components", "./lib", "./i18n", "./proxy.ts"],
            from: "./db",
            message: "Only lib/services (and lib/auth) may import db/: call a service function instead (docs/decisions/0012).",
          },
          {
            target: ["./components"],
            from: ["./app"],
            message: "A component gets server actions and data as props from its page, never from app/ (docs/decisions/0012).",
          },
          {
            target: ["./lib"],
            from: ["./app", "./components"],
            message: "lib/ sits below app/ and components/ and never imports them (docs/decisions/0012).",
          },
          {
            target: PURE_CORE,
            from: ["./lib/services", "./lib/http", "./lib/auth", "./lib/actions", "./lib/server-actions"],
            message: "The pure core (engine, plans, postings, catalog) knows neither the store nor requests (docs/decisions/0012).",
          },
        ],
      },
    ],
  },
};

/** The db/ zone above cannot say "except lib/services": a later block with the same rule for those folders replaces it. */
const storeCallers = {
  files: ["lib/services/**", "lib/auth/**"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          { target: ["./lib"], from: ["./app", "./components"], message: "lib/ sits below app/ and components/ and never imports them (docs/decisions/0012)." },
        ],
      },
    ],
  },
};

const pureCore = {
  files: PURE_CORE.map((folder) => `${folder.slice(2)}/**/*.{ts,tsx}`),
  ignores: ["**/*.test.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["next", "next/*", "next-intl/server", "next-auth", "next-auth/*", "react", "react-dom", "react/*", "server-only", "better-sqlite3", "drizzle-orm", "drizzle-orm/*"],
            message: "The pure core runs anywhere (tests, scripts, the browser): no framework, no store (docs/decisions/0012).",
          },
        ],
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  layers,
  storeCallers,
  pureCore,
  // Playwright fixtures hand their value to a callback named `use`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  globalIgnores([".next/**", "out/**", "build/**", "next-env.d.ts", "data/**", "db/migrations/**", "test-results/**", "playwright-report/**"]),
]);
