import type { PlanItem, PlanRoadmap } from "./types";

/** For each item, the items of the plan it needs first (its `unlocks` are transitive, so these are too). */
function neededBefore(items: readonly PlanItem[]): Map<string, Set<string>> {
  const before = new Map(items.map((item) => [item.skill, new Set<string>()]));
  for (const item of items) for (const dependent of item.unlocks) before.get(dependent)?.add(item.skill);
  return before;
}

/** Orders items stably by `rank` while never letting one come before an item it needs. */
function repair(items: PlanItem[], rank: (skill: string) => number): PlanItem[] {
  const before = neededBefore(items);
  const placed = new Set<string>();
  const waiting = [...items].sort((a, b) => rank(a.skill) - rank(b.skill));
  const result: PlanItem[] = [];
  while (waiting.length > 0) {
    const index = waiting.findIndex((item) => [...before.get(item.skill)!].every((s) => placed.has(s)));
    // Only a cycle in hand-made data leaves nothing ready; keep the ranked order then.
    const [next] = waiting.splice(index === -1 ? 0 : index, 1);
    placed.add(next!.skill);
    result.push(next!);
  }
  return result;
}

/**
 * Applies the person's chosen order to a freshly built roadmap, phase by phase: items they placed
 * keep their relative order, items new to the plan go right after the item the engine put before
 * them, and prerequisite order always wins over a stale choice.
 */
export function applyOrder(roadmap: PlanRoadmap, order: readonly string[] | null | undefined): PlanRoadmap {
  if (!order || order.length === 0) return roadmap;
  const chosen = new Map(order.map((skill, index) => [skill, index]));
  return {
    ...roadmap,
    phases: roadmap.phases.map((phase) => {
      const merged = phase.items.filter((item) => chosen.has(item.skill)).sort((a, b) => chosen.get(a.skill)! - chosen.get(b.skill)!);
      let anchor: string | undefined;
      for (const item of phase.items) {
        if (!chosen.has(item.skill)) {
          const at = anchor === undefined ? 0 : merged.findIndex((m) => m.skill === anchor) + 1;
          merged.splice(at, 0, item);
        }
        anchor = item.skill;
      }
      const rank = new Map(merged.map((item, index) => [item.skill, index]));
      return { ...phase, items: repair(merged, (skill) => rank.get(skill)!) };
    }),
  };
}

export type MoveResult = { ok: true; order: string[] } | { ok: false; message: string };

/**
 * Moves one item to `position` in the plan's whole list (0 = first item of the first phase). It
 * stays in its phase (phases say what they get you) and after every item it needs, before every
 * item that needs it; anything else is refused with the reason.
 */
export function moveItem(roadmap: PlanRoadmap, skill: string, position: number): MoveResult {
  const items = roadmap.phases.flatMap((phase) => phase.items);
  const from = items.findIndex((item) => item.skill === skill);
  if (from === -1) return { ok: false, message: `"${skill.slice(0, 64)}" is not an item of this plan.` };
  if (!Number.isInteger(position) || position < 0 || position >= items.length) {
    return { ok: false, message: `position is between 0 and ${items.length - 1}.` };
  }
  let start = 0;
  const phase = roadmap.phases.find((p) => {
    if (p.items.some((i) => i.skill === skill)) return true;
    start += p.items.length;
    return false;
  })!;
  const end = start + phase.items.length - 1;
  if (position < start || position > end) {
    return { ok: false, message: `${items[from]!.name} stays in its phase "${phase.title}" (positions ${start}–${end}).` };
  }
  const order = items.map((item) => item.skill);
  order.splice(from, 1);
  order.splice(position, 0, skill);
  const at = new Map(order.map((s, index) => [s, index]));
  const item = items[from]!;
  const needs = items.filter((other) => other.unlocks.includes(skill));
  const blocker = needs.find((other) => at.get(other.skill)! > position);
  if (blocker) return { ok: false, message: `${item.name} needs ${blocker.name} first, so it cannot come before it.` };
  const dependent = items.find((other) => item.unlocks.includes(other.skill) && at.get(other.skill)! < position);
  if (dependent) return { ok: false, message: `${dependent.name} needs ${item.name} first, so ${item.name} cannot come after it.` };
  return { ok: true, order };
}

/** Whether an item can move one place up or down; the page shows only the moves that are allowed. */
export function possibleMoves(roadmap: PlanRoadmap, skill: string): { up: boolean; down: boolean; index: number } {
  const index = roadmap.phases.flatMap((p) => p.items).findIndex((item) => item.skill === skill);
  return { up: moveItem(roadmap, skill, index - 1).ok, down: moveItem(roadmap, skill, index + 1).ok, index };
}
