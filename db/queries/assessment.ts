import { and, asc, eq, max, sql } from "drizzle-orm";
import { getDb, type Tx } from "../client";
import { prepared } from "../prepared";
import { assessmentEntries, assessmentSnapshots } from "../tables";
import { transaction } from "../transaction";

export interface SavedAssessment {
  assessment: Record<string, number>;
  notes: Record<string, string>;
  updatedAt: Date | null;
}

const entriesByUser = prepared((db) =>
  db
    .select({ skill: assessmentEntries.skill, level: assessmentEntries.level, note: assessmentEntries.note, updatedAt: assessmentEntries.updatedAt })
    .from(assessmentEntries)
    .where(eq(assessmentEntries.userId, sql.placeholder("userId")))
    .prepare(),
);

export async function getAssessment(userId: string): Promise<SavedAssessment> {
  const rows = await entriesByUser().execute({ userId });
  const assessment: Record<string, number> = {};
  const notes: Record<string, string> = {};
  let updatedAt: Date | null = null;
  for (const row of rows) {
    assessment[row.skill] = row.level;
    if (row.note) notes[row.skill] = row.note;
    if (!updatedAt || row.updatedAt > updatedAt) updatedAt = row.updatedAt;
  }
  return { assessment, notes, updatedAt };
}

export async function getAssessmentUpdatedAt(userId: string): Promise<Date | null> {
  const [row] = await getDb()
    .select({ at: max(assessmentEntries.updatedAt) })
    .from(assessmentEntries)
    .where(eq(assessmentEntries.userId, userId));
  return row?.at ? new Date(row.at as unknown as number) : null;
}

export interface AssessmentChange {
  levels?: Record<string, number>;
  /** A note per skill; an empty string removes it. */
  notes?: Record<string, string>;
  /** Treat `levels` as the whole assessment: saved skills it leaves out go back to 0. */
  replaceLevels?: boolean;
  /** The user's calendar day (lib/services/today.ts) for the history snapshot; UTC's when not known. */
  day?: string;
}

function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Merges levels and notes into the saved assessment and rewrites today's snapshot, inside the
 * caller's transaction, so history and the current assessment never disagree.
 */
export async function writeAssessment(tx: Tx, userId: string, change: AssessmentChange, now = new Date()): Promise<void> {
  let changed = false;
  const levels = { ...change.levels };
  if (change.replaceLevels) {
    // Skills left out of a replacement fall back to 0 rather than keeping a stale rating.
    const saved = await tx.select({ skill: assessmentEntries.skill }).from(assessmentEntries).where(eq(assessmentEntries.userId, userId));
    for (const { skill } of saved) levels[skill] ??= 0;
  }
  const skills = new Set([...Object.keys(levels), ...Object.keys(change.notes ?? {})]);
  for (const skill of skills) {
    const level = levels[skill];
    const note = change.notes?.[skill];
    const [existing] = await tx
      .select({ level: assessmentEntries.level, note: assessmentEntries.note })
      .from(assessmentEntries)
      .where(and(eq(assessmentEntries.userId, userId), eq(assessmentEntries.skill, skill)));
    const nextLevel = level ?? existing?.level ?? 0;
    const nextNote = note === undefined ? (existing?.note ?? null) : note || null;
    if (existing && existing.level === nextLevel && existing.note === nextNote) continue;
    changed = true;
    await tx
      .insert(assessmentEntries)
      .values({ userId, skill, level: nextLevel, note: nextNote, updatedAt: now })
      .onConflictDoUpdate({
        target: [assessmentEntries.userId, assessmentEntries.skill],
        set: { level: nextLevel, note: nextNote, updatedAt: now },
      });
  }
  if (!changed) return;
  const all = await tx
    .select({ skill: assessmentEntries.skill, level: assessmentEntries.level })
    .from(assessmentEntries)
    .where(eq(assessmentEntries.userId, userId))
    // Snapshot keys in one order on both dialects (SQLite would give primary-key order anyway).
    .orderBy(asc(assessmentEntries.skill));
  const snapshot = Object.fromEntries(all.filter((r) => r.level > 0).map((r) => [r.skill, r.level]));
  await tx
    .insert(assessmentSnapshots)
    .values({ userId, day: change.day ?? utcDay(now), assessment: snapshot })
    .onConflictDoUpdate({ target: [assessmentSnapshots.userId, assessmentSnapshots.day], set: { assessment: snapshot } });
}

export async function saveAssessment(userId: string, change: AssessmentChange, now = new Date()): Promise<SavedAssessment> {
  await transaction((tx) => writeAssessment(tx, userId, change, now));
  return getAssessment(userId);
}

export async function getAssessmentHistory(userId: string): Promise<{ date: string; assessment: Record<string, number> }[]> {
  return getDb()
    .select({ date: assessmentSnapshots.day, assessment: assessmentSnapshots.assessment })
    .from(assessmentSnapshots)
    .where(eq(assessmentSnapshots.userId, userId))
    .orderBy(asc(assessmentSnapshots.day));
}
