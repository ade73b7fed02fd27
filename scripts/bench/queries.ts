// Hot queries at scale: the db/queries functions the dashboard, plan page and share page call,
// timed per page view against a synthetic database, and every SQL statement they issued checked
// with EXPLAIN QUERY PLAN for full table scans. Runs in its own process (see bench.ts) because the
// query modules are server-only: `node --conditions=react-server --import tsx scripts/bench/queries.ts <db>`.
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrateAndSeed } from "../../db/migrate";
import { openDatabase } from "../../db/open";
import * as schema from "../../db/schema";
// Not from db-synth: that imports the plan engine and, through it, next-intl, which does not
// load under the react-server condition outside Next.
import { synthToken } from "../synth-token";

export interface QueryFigures {
  users: number;
  pages: { name: string; samples: number; p50: number; p99: number; coldP99: number }[];
  /**
   * Writes a page makes once its answer is made, off the reader's request (Next's `after`, or a
   * later turn of the event loop for a kept page): not part of a page's goal. A synchronous SQLite
   * write still holds the event loop while it runs, so its tail is printed.
   */
  deferredWrites: { name: string; samples: number; p50: number; p99: number; coldP99: number }[];
  scans: { sql: string; detail: string }[];
  statements: number;
}

const file = process.argv[2];
if (!file) throw new Error("usage: queries.ts <database file>");

// The app's own connections (db/open.ts), with a logger that records every statement.
const connection = openDatabase(file);
// A synthetic database is kept between runs; one made before the latest migration (a new index,
// say) gets it here, as the app's own database does when the server starts.
await migrateAndSeed(connection);
const sqlite = connection.sqlite;
const seen = new Map<string, unknown[]>();
const logger = { logQuery: (query: string, params: unknown[]) => void seen.set(query, params) };
connection.db = drizzle(connection.reader, { schema, logger });
connection.writer = drizzle(sqlite, { schema, logger });
(globalThis as unknown as { waypointDb: unknown }).waypointDb = connection;

const { getProfile } = await import("../../db/queries/profile");
const { getAssessment } = await import("../../db/queries/assessment");
const { listCustomRoles } = await import("../../db/queries/custom-roles");
const { getPlan, getPlanById, listPlans } = await import("../../db/queries/plans");
const { getUser } = await import("../../db/queries/users");
const { findActiveShare, listPlanComments, recordShareView } = await import("../../db/queries/shares");
const { hashShareToken } = await import("../../lib/share/token");
const { listPlanReplies } = await import("../../db/queries/feedback");

const users = (sqlite.prepare("SELECT count(*) AS n FROM user").get() as { n: number }).n;
const planOwners = sqlite
  .prepare("SELECT id, user_id AS userId FROM plan WHERE rowid IN (SELECT abs(random()) % (SELECT max(rowid) FROM plan) + 1 FROM plan LIMIT 3000)")
  .all() as { id: string; userId: string }[];
const linkCount = (sqlite.prepare("SELECT count(*) AS n FROM share_link").get() as { n: number }).n;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Times `samples` page views over the same sampled users twice: the first pass meets pages the
 * process has not read yet (cold), the second is what a returning user gets (hot, the goal).
 */
async function time(name: string, samples: number, view: (i: number) => Promise<unknown>) {
  const pass = async () => {
    const ms: number[] = [];
    for (let i = 0; i < samples; i++) {
      const start = process.hrtime.bigint();
      await view(i);
      ms.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return ms.sort((a, b) => a - b);
  };
  const cold = await pass();
  const hot = await pass();
  return { name, samples, p50: percentile(hot, 50), p99: percentile(hot, 99), coldP99: percentile(cold, 99) };
}

const owner = (i: number) => planOwners[i % planOwners.length]!;
const pages = [
  await time("dashboard (user, profile, assessment, custom roles, plans + statuses)", 2000, async (i) => {
    const { userId } = owner(i);
    await Promise.all([getUser(userId), getProfile(userId), getAssessment(userId), listCustomRoles(userId), listPlans(userId)]);
  }),
  await time("plan page (user, plan + statuses, assessment)", 2000, async (i) => {
    const { id, userId } = owner(i);
    await Promise.all([getUser(userId), getPlan(userId, id), getAssessment(userId)]);
  }),
  // What a mentor's request waits for. The view count is written once the answer is made, not on
  // the way to it (lib/services/shared-plan.ts, lib/http/shared-plan-document.ts): timed below.
  await time("share page (link, plan + statuses, assessment, comments, replies)", 2000, async (i) => {
    const share = await findActiveShare(hashShareToken(synthToken((i * 7919) % linkCount)));
    if (!share) return; // revoked and expired links are part of the mix, as on the real page
    await Promise.all([getPlanById(share.planId), getAssessment(share.ownerId), listPlanComments(share.planId), listPlanReplies(share.planId)]);
  }),
];
// The write alone, on links that count views (dead links write nothing and would flatter it).
const liveLinks: string[] = [];
for (let i = 0; liveLinks.length < 2000 && i < 20_000; i++) {
  const share = await findActiveShare(hashShareToken(synthToken((i * 7919) % linkCount)));
  if (share) liveLinks.push(share.linkId);
}
const deferredWrites = [await time("share view count", liveLinks.length, (i) => recordShareView(liveLinks[i]!))];

const scans: QueryFigures["scans"] = [];
for (const [query, params] of seen) {
  const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${query}`).all(...(params as unknown[])) as { detail: string }[];
  for (const { detail } of plan) {
    // "SCAN t" walks the whole table; "SCAN t USING (COVERING) INDEX" and "SEARCH" do not.
    if (/^SCAN /.test(detail) && !/USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(detail)) scans.push({ sql: query, detail });
  }
}
sqlite.close();
const figures: QueryFigures = { users, pages, deferredWrites, scans, statements: seen.size };
console.log(JSON.stringify(figures));
