import { computeFit } from "./fit";
import type {
  Assessment,
  PhaseKey,
  Roadmap,
  RoadmapItem,
  RoadmapPhase,
  RoleProjects,
  SkillBook,
  TargetRole,
} from "./types";

/** A role's three projects (catalog shape); see `phaseMilestone` for which phase gets which. */
export type Milestones = Readonly<RoleProjects>;

export interface RoadmapOptions {
  hoursPerWeek: number;
  /** "YYYY-MM-DD"; when given, each phase and the whole roadmap get a target date. */
  startDate?: string;
  /** Role-specific milestone projects; custom roles get generic ones built from their items. */
  milestones?: Milestones;
}

const PHASES: readonly { key: PhaseKey; title: string; outcome: string }[] = [
  {
    key: "interview-ready",
    title: "Interview-ready",
    outcome: "You meet every core requirement of the role, and what they build on: enough to apply and interview.",
  },
  {
    key: "strong-candidate",
    title: "Strong candidate",
    outcome: "You also meet the role's important requirements: a strong candidate, not just a possible one.",
  },
  {
    key: "well-rounded",
    title: "Well-rounded",
    outcome: "The nice-to-haves: what sets you apart once the rest is in place.",
  },
];
export const PHASE_KEYS: readonly PhaseKey[] = PHASES.map((p) => p.key);
const PHASE_INDEX: Record<PhaseKey, number> = { "interview-ready": 0, "strong-candidate": 1, "well-rounded": 2 };

/** The phase a role requirement of this weight belongs to: 3 core, 2 important, 1 nice-to-have. */
function phaseOfWeight(weight: number): number {
  return weight >= 3 ? 0 : weight === 2 ? 1 : 2;
}

/**
 * The role's project for a phase. Its "core" project is the one in the shape of the job, which is
 * what gets someone interviews; its "specialisation" project extends that one. The role's
 * "foundations" warm-up has no phase of its own: foundations now sit inside the phase that needs
 * them. The last phase has no role project, so it gets the generic one.
 */
export function phaseMilestone(key: PhaseKey, milestones: Milestones | undefined): string | undefined {
  if (!milestones) return undefined;
  if (key === "interview-ready") return milestones.core;
  if (key === "strong-candidate") return milestones.specialisation;
  return undefined;
}

/**
 * Working at level L in a skill needs its prerequisites one level lower (at least awareness):
 * you cannot serve models independently (3) without building APIs with guidance (2).
 */
export function prerequisiteLevel(dependentLevel: number): number {
  return Math.max(0, Math.min(3, dependentLevel - 1));
}

function levelOf(assessment: Assessment, skill: string): number {
  const level = assessment[skill];
  return typeof level === "number" && Number.isFinite(level) ? level : 0;
}

function hoursBetween(book: SkillBook, skill: string, from: number, to: number): number {
  const hours = book.get(skill)?.hoursToLevel;
  if (!hours) return 0;
  let total = 0;
  for (let level = from + 1; level <= to; level++) total += hours[level - 1] ?? 0;
  return total;
}

/** Target level per skill: the role's gaps, plus prerequisites pulled in below what they need. */
function collectTargets(role: TargetRole, assessment: Assessment, book: SkillBook) {
  const target = new Map<string, number>();
  const fromGap = new Set<string>();
  const pending: string[] = [];
  const raise = (skill: string, level: number) => {
    if (levelOf(assessment, skill) >= level || (target.get(skill) ?? 0) >= level) return;
    target.set(skill, level);
    pending.push(skill);
  };
  for (const { skill, level } of role.skills) {
    if (levelOf(assessment, skill) < level) fromGap.add(skill);
    raise(skill, level);
  }
  while (pending.length > 0) {
    const skill = pending.pop()!;
    const needed = prerequisiteLevel(target.get(skill)!);
    for (const prerequisite of book.get(skill)?.prerequisites ?? []) raise(prerequisite, needed);
  }
  return { target, fromGap };
}

const ancestorCache = new WeakMap<SkillBook, Map<string, Set<string>>>();

/**
 * Every skill reachable through prerequisites, so order holds even through met skills. Cached per
 * skill book: the catalog's graph does not change while the process runs.
 */
function ancestorsOf(book: SkillBook, skill: string): Set<string> {
  let memo = ancestorCache.get(book);
  if (!memo) ancestorCache.set(book, (memo = new Map()));
  return collectAncestors(book, skill, memo);
}

function collectAncestors(book: SkillBook, skill: string, memo: Map<string, Set<string>>): Set<string> {
  const known = memo.get(skill);
  if (known) return known;
  const found = new Set<string>();
  memo.set(skill, found); // guards against a cycle in hand-made data; the catalog test forbids them
  for (const prerequisite of book.get(skill)?.prerequisites ?? []) {
    found.add(prerequisite);
    for (const ancestor of collectAncestors(book, prerequisite, memo)) found.add(ancestor);
  }
  return found;
}

function genericMilestones(items: Map<PhaseKey, RoadmapItem[]>, book: SkillBook): Record<PhaseKey, string> {
  const names = (key: PhaseKey) =>
    (items.get(key) ?? [])
      .slice(0, 3)
      .map((item) => book.get(item.skill)?.name ?? item.skill)
      .join(", ");
  return {
    "interview-ready": `A portfolio project in the shape of the target job that uses ${names("interview-ready")} end to end.`,
    "strong-candidate": `Extend that project with ${names("strong-candidate")} and show the result to a practitioner.`,
    "well-rounded": `Add ${names("well-rounded")} to the project where they fit, and say in its README what each one brought.`,
  };
}

const DAY_MS = 86_400_000;
const dayCache = new Map<string, string>();

/** Dates repeat across calls (same start, same few week counts), so they are formatted once. */
function addDays(isoDate: string, days: number): string {
  const key = `${isoDate}+${days}`;
  let result = dayCache.get(key);
  if (result === undefined) {
    result = new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
    if (dayCache.size > 10_000) dayCache.clear();
    dayCache.set(key, result);
  }
  return result;
}

/**
 * A personal roadmap to a target role. Every gap appears exactly once; no item comes before an
 * item for one of its prerequisites; phases go interview-ready → strong candidate → well-rounded
 * (docs/decisions/0007-phases-and-pace.md); the same input always gives the same output.
 */
export function buildRoadmap(
  role: TargetRole,
  assessment: Assessment,
  book: SkillBook,
  options: RoadmapOptions,
): Roadmap {
  const { target, fromGap } = collectTargets(role, assessment, book);
  const weightOf = new Map(role.skills.map((r) => [r.skill, r.weight]));

  const itemSkills = [...target.keys()];
  const dependsOn = new Map<string, string[]>();
  const unlocks = new Map<string, string[]>(itemSkills.map((s) => [s, []]));
  for (const skill of itemSkills) {
    const ancestors = ancestorsOf(book, skill);
    const deps = itemSkills.filter((other) => other !== skill && ancestors.has(other));
    dependsOn.set(skill, deps);
    for (const dep of deps) unlocks.get(dep)!.push(skill);
  }

  // A gap belongs to the phase of its weight; anything an item needs comes in that item's phase or
  // earlier. So a nice-to-have lands before a core item only when that core item needs it.
  const ownPhase = (skill: string) => (fromGap.has(skill) ? phaseOfWeight(weightOf.get(skill) ?? 1) : PHASES.length - 1);
  const phaseIndex = new Map(
    itemSkills.map((skill) => [skill, Math.min(ownPhase(skill), ...unlocks.get(skill)!.map(ownPhase))]),
  );
  const phaseOf = (skill: string): PhaseKey => PHASES[phaseIndex.get(skill)!]!.key;
  // Sort keys computed once per item: earlier phase, then higher priority, then catalog order.
  const key = new Map(
    itemSkills.map((skill) => [
      skill,
      {
        phase: PHASE_INDEX[phaseOf(skill)],
        priority: (weightOf.get(skill) ?? 1) * (target.get(skill)! - levelOf(assessment, skill)),
        position: book.position(skill),
      },
    ]),
  );
  const compareReady = (a: string, b: string) => {
    const ka = key.get(a)!;
    const kb = key.get(b)!;
    return ka.phase - kb.phase || kb.priority - ka.priority || ka.position - kb.position;
  };

  // Kahn's algorithm: repeatedly take the best item whose prerequisites are all placed.
  const waiting = new Map(itemSkills.map((skill) => [skill, dependsOn.get(skill)!.length]));
  const ordered: string[] = [];
  while (ordered.length < itemSkills.length) {
    let best: string | undefined;
    for (const [skill, count] of waiting) {
      if (count === 0 && (best === undefined || compareReady(skill, best) < 0)) best = skill;
    }
    // Only a cycle leaves nothing ready; fall back to catalog order rather than loop forever.
    best ??= [...waiting.keys()].sort((a, b) => key.get(a)!.position - key.get(b)!.position)[0]!;
    waiting.delete(best);
    ordered.push(best);
    for (const next of unlocks.get(best)!) {
      const count = waiting.get(next);
      if (count !== undefined) waiting.set(next, count - 1);
    }
  }

  const byPhase = new Map<PhaseKey, RoadmapItem[]>();
  for (const skill of ordered) {
    const from = levelOf(assessment, skill);
    const to = target.get(skill)!;
    const item: RoadmapItem = {
      skill,
      from,
      to,
      hours: hoursBetween(book, skill, from, to),
      weight: weightOf.get(skill) ?? 0,
      reason: fromGap.has(skill) ? "gap" : "prerequisite",
      unlocks: [...unlocks.get(skill)!].sort((a, b) => book.position(a) - book.position(b)),
      resources: (book.get(skill)?.resources ?? []).map((r) => ({ title: r.title, url: r.url })),
    };
    const phase = phaseOf(skill);
    const list = byPhase.get(phase);
    if (list) list.push(item);
    else byPhase.set(phase, [item]);
  }

  const hoursPerWeek = options.hoursPerWeek;
  const generic = genericMilestones(byPhase, book);
  const phases: RoadmapPhase[] = [];
  let cumulativeHours = 0;
  let startWeek = 0;
  for (const { key, title, outcome } of PHASES) {
    const items = byPhase.get(key);
    if (!items) continue;
    const hours = items.reduce((sum, item) => sum + item.hours, 0);
    cumulativeHours += hours;
    const endWeek = Math.ceil(cumulativeHours / hoursPerWeek);
    phases.push({
      key,
      title,
      outcome,
      weeks: endWeek - startWeek,
      startWeek,
      endWeek,
      hours,
      ...(options.startDate ? { targetDate: addDays(options.startDate, endWeek * 7) } : {}),
      milestone: phaseMilestone(key, options.milestones) ?? generic[key],
      items,
    });
    startWeek = endWeek;
  }

  const weeks = Math.ceil(cumulativeHours / hoursPerWeek);
  return {
    target: role.slug,
    fit: computeFit(role, assessment),
    hoursPerWeek,
    totalHours: cumulativeHours,
    weeks,
    ...(options.startDate
      ? { startDate: options.startDate, targetDate: addDays(options.startDate, weeks * 7) }
      : {}),
    phases,
  };
}
