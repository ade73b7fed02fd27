// `npm run db:synth -- --users 100000 [--out data/synth.db] [--seed 7]`: a database at scale for the
// hot-query bench. Users look like real ones: an assessment shaped by their current role, a few
// days of history, plans computed by the real engine with some progress, share links (some
// revoked or expired) and mentor comments. Everyone shares one password, so any of them can sign in.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { migrateAndSeed } from "../db/migrate";
import { openDatabase } from "../db/open";
import { hashPassword } from "../lib/auth/password";
import { CATALOG_VERSION, getSkill, roles, skills } from "../lib/catalog";
import { catalogBook, roleAsTarget } from "../lib/catalog/book";
import { buildRoadmap } from "../lib/engine";
import { composePlanRoadmap, planItems, planStamp } from "../lib/plans";
import { hashShareToken } from "../lib/share/token";
import { synthToken } from "./synth-token";

export const SYNTH_PASSWORD = "synthetic users share this password";

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}

/** Deterministic PRNG (mulberry32), so two runs with one seed give the same database. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Share tokens of synthetic links are derived from an index, so the bench can open them. */
export { synthToken };

export async function synthesize(options: { users: number; out: string; seed?: number; log?: (line: string) => void }) {
  const log = options.log ?? console.log;
  const rand = random(options.seed ?? 7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const started = Date.now();

  mkdirSync(path.dirname(options.out), { recursive: true });
  for (const suffix of ["", "-wal", "-shm"]) rmSync(options.out + suffix, { force: true });
  const connection = openDatabase(path.resolve(options.out));
  await migrateAndSeed(connection);
  const sqlite = connection.sqlite;
  // Bulk load only: the finished file is checkpointed and closed before anyone uses it.
  sqlite.pragma("synchronous = OFF");

  const passwordHash = await hashPassword(SYNTH_PASSWORD);
  const day = 86_400_000;
  const now = Date.now();
  const insert = {
    user: sqlite.prepare("INSERT INTO user (id, name, email, created_at) VALUES (?, ?, ?, ?)"),
    credential: sqlite.prepare("INSERT INTO password_credential (user_id, hash, updated_at) VALUES (?, ?, ?)"),
    profile: sqlite.prepare(
      "INSERT INTO profile (user_id, current_role, target_role, hours_per_week, onboarded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    entry: sqlite.prepare("INSERT INTO assessment_entry (user_id, skill, level, note, updated_at) VALUES (?, ?, ?, ?, ?)"),
    snapshot: sqlite.prepare("INSERT INTO assessment_snapshot (user_id, day, assessment) VALUES (?, ?, ?)"),
    plan: sqlite.prepare(
      `INSERT INTO plan (id, user_id, title, target, target_name, hours_per_week, start_date, catalog_version, roadmap,
        assessment_stamp, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    status: sqlite.prepare("INSERT INTO plan_item_status (plan_id, skill, status, updated_at) VALUES (?, ?, ?, ?)"),
    link: sqlite.prepare(
      `INSERT INTO share_link (id, plan_id, token_hash, label, allow_comments, created_at, expires_at, revoked_at, last_viewed_at, views)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    comment: sqlite.prepare(
      "INSERT INTO comment (id, plan_id, share_link_id, author, body, skill, suggested_level, suggestion_status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    ),
  };
  const counts = { users: 0, entries: 0, snapshots: 0, plans: 0, statuses: 0, links: 0, comments: 0 };
  const mentors = ["Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Ken", "Frances"];
  let linkIndex = 0;

  const addUser = (n: number) => {
    const userId = crypto.randomUUID();
    const joined = now - Math.floor(rand() * 400) * day;
    insert.user.run(userId, `Synthetic ${n}`, `synth-${n}@example.test`, joined);
    insert.credential.run(userId, passwordHash, joined);
    counts.users++;
    const current = rand() < 0.15 ? "other" : pick(roles).slug;
    const target = pick(roles);
    const onboarded = rand() < 0.9;
    insert.profile.run(userId, current, onboarded ? target.slug : null, 2 + Math.floor(rand() * 20), onboarded ? joined : null, joined);
    if (!onboarded) return;

    // Skills of the current role rated near its level, a few others lower, like a real self-assessment.
    const assessment: Record<string, number> = {};
    const home = roles.find((r) => r.slug === current);
    for (const s of home?.skills ?? []) assessment[s.skill] = Math.max(0, Math.min(4, s.level - 1 + Math.floor(rand() * 2)));
    for (let i = 0; i < 4; i++) assessment[pick(skills).slug] ??= Math.floor(rand() * 3);
    const updated = joined + Math.floor(rand() * 30) * day;
    for (const [skill, level] of Object.entries(assessment)) {
      insert.entry.run(userId, skill, level, rand() < 0.1 ? "Used it at work for a year." : null, updated);
      counts.entries++;
    }
    const days = 1 + Math.floor(rand() * 4);
    for (let d = 0; d < days; d++) {
      insert.snapshot.run(userId, new Date(joined + d * 7 * day).toISOString().slice(0, 10), JSON.stringify(assessment));
      counts.snapshots++;
    }

    const planCount = rand() < 0.7 ? 1 : rand() < 0.8 ? 2 : 0;
    for (let p = 0; p < planCount; p++) {
      const role = p === 0 ? target : pick(roles);
      const hours = 4 + Math.floor(rand() * 10);
      const startDate = new Date(updated).toISOString().slice(0, 10);
      const roadmap = composePlanRoadmap(
        buildRoadmap(roleAsTarget(role), assessment, catalogBook, { hoursPerWeek: hours, startDate, milestones: role.milestones }),
        { storedName: (slug) => getSkill(slug)?.name ?? slug, rationale: (skill) => role.skills.find((s) => s.skill === skill)?.rationale },
      );
      const planId = crypto.randomUUID();
      const created = updated + p * day;
      insert.plan.run(planId, userId, `Towards ${role.name}`, role.slug, role.name, hours, startDate, CATALOG_VERSION,
        JSON.stringify(roadmap), planStamp(role.skills, assessment), created, created);
      counts.plans++;
      const items = planItems(roadmap);
      const progressed = Math.floor(rand() * items.length);
      for (const item of items.slice(0, progressed)) {
        insert.status.run(planId, item.skill, rand() < 0.7 ? "done" : "doing", created + day);
        counts.statuses++;
      }
      if (rand() < 0.35) {
        const links = 1 + Math.floor(rand() * 2);
        for (let l = 0; l < links; l++) {
          const linkId = crypto.randomUUID();
          const index = linkIndex++;
          const revoked = index % 10 === 9 ? created + 2 * day : null;
          const expires = index % 10 === 8 ? created + 7 * day : index % 3 === 0 ? now + 90 * day : null;
          insert.link.run(linkId, planId, hashShareToken(synthToken(index)), l === 0 ? "Mentor" : null, 1, created, expires, revoked,
            created + 3 * day, Math.floor(rand() * 20));
          counts.links++;
          const said = Math.floor(rand() * 4);
          for (let c = 0; c < said; c++) {
            const item = items.length > 0 ? pick(items) : undefined;
            const suggests = item && rand() < 0.3;
            insert.comment.run(crypto.randomUUID(), planId, linkId, pick(mentors), "Good progress; try a project that ships end to end.",
              item?.skill ?? null, suggests ? Math.min(4, item.to) : null, suggests ? "pending" : null, created + (c + 3) * day);
            counts.comments++;
          }
        }
      }
    }
  };

  const batch = sqlite.transaction((from: number, to: number) => {
    for (let n = from; n < to; n++) addUser(n);
  });
  const size = 2000;
  for (let from = 0; from < options.users; from += size) {
    batch(from, Math.min(options.users, from + size));
    if ((from / size) % 10 === 9) log(`  ${from + size} users…`);
  }
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.exec("ANALYZE");
  await connection.close();
  return { counts, linkCount: linkIndex, seconds: (Date.now() - started) / 1000 };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const users = Number(arg("users", "100000"));
  const out = arg("out", "data/synth.db");
  if (!Number.isInteger(users) || users < 1) {
    console.error("--users must be a positive whole number");
    process.exit(2);
  }
  if (existsSync(out)) console.log(`Replacing ${out}`);
  const { counts, seconds } = await synthesize({ users, out, seed: Number(arg("seed", "7")) });
  console.log(
    `${out}: ${Object.entries(counts).map(([k, v]) => `${v.toLocaleString("en")} ${k}`).join(", ")} in ${seconds.toFixed(1)} s`,
  );
}
