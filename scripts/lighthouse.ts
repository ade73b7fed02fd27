// `npm run lighthouse`: Lighthouse 12 in Chromium on the landing, role and share pages of
// `next start`. Goals: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95 (share
// pages are exempt from SEO: they are noindex on purpose). Exits non-zero on a miss.
// LIGHTHOUSE_PRESET=desktop switches from Lighthouse's default mobile emulation.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { registerAndSignIn, seedPlanWithShare } from "./harness/client";
import { ensureBuild, machine, startServer, tempDatabase } from "./harness/server";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3305);
const PRESET = process.env.LIGHTHOUSE_PRESET === "desktop" ? "desktop" : "mobile";
const GOALS = { performance: 95, accessibility: 100, "best-practices": 95, seo: 95 } as const;

ensureBuild();
const database = tempDatabase("lighthouse");
const server = await startServer({ port: PORT, database: database.file, relaxedLimits: true, quiet: true });
const DEBUG_PORT = PORT + 1000;
// Playwright's launcher (a direct dependency) with a DevTools port for Lighthouse to drive.
const chrome = await chromium.launch({
  executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
  args: [`--remote-debugging-port=${DEBUG_PORT}`],
});
let exitCode = 1;
try {
  const account = await registerAndSignIn(server.url, "lighthouse");
  const { token } = await seedPlanWithShare(server.url, account);
  const pages = [
    { name: "landing", path: "/", seo: true },
    { name: "role", path: "/roles/ml-engineer", seo: true },
    { name: "share", path: `/share/${token}`, seo: false },
  ];
  const rows: { page: string; category: string; score: number; goal: number | null; ok: boolean; failing: string[] }[] = [];
  for (const page of pages) {
    // Warm the route once so the first-request compile of the server does not count.
    await (await fetch(server.url + page.path)).text();
    const result = await lighthouse(
      server.url + page.path,
      { port: DEBUG_PORT, output: "json", logLevel: "error", onlyCategories: Object.keys(GOALS) },
      PRESET === "desktop" ? desktopConfig : undefined,
    );
    const lhr = result!.lhr;
    for (const [id, goal] of Object.entries(GOALS)) {
      const category = lhr.categories[id]!;
      const score = Math.round((category.score ?? 0) * 100);
      const applies = id !== "seo" || page.seo;
      const failing = category.auditRefs
        .map((ref) => lhr.audits[ref.id]!)
        .filter((a) => ref_weighted(category, a.id) && a.score !== null && a.score < 0.9)
        .map((a) => `${a.id} (${a.displayValue ?? Math.round((a.score ?? 0) * 100)})`);
      rows.push({ page: page.name, category: id, score, goal: applies ? goal : null, ok: !applies || score >= goal, failing });
    }
  }
  console.log(`Waypoint Lighthouse ${PRESET} · ${new Date().toISOString()} · ${machine()}`);
  for (const r of rows) {
    const goal = r.goal === null ? "exempt: noindex" : `goal ≥ ${r.goal}`;
    console.log(`${r.ok ? "ok  " : "MISS"} ${r.page} ${r.category}: ${r.score} (${goal})${r.failing.length && !r.ok ? ` — ${r.failing.join(", ")}` : ""}`);
  }
  const missed = rows.filter((r) => !r.ok).length;
  console.log(`lighthouse: ${rows.length - missed} passed, ${missed} failed`);
  exitCode = missed > 0 ? 1 : 0;
} finally {
  await chrome.close();
  await server.stop();
  database.cleanup();
}
process.exit(exitCode);

function ref_weighted(category: { auditRefs: { id: string; weight: number }[] }, id: string): boolean {
  return (category.auditRefs.find((r) => r.id === id)?.weight ?? 0) > 0;
}
