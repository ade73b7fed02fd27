import { catalogBook, roleAsTarget } from "@/lib/catalog/book";
import { localizedRole, skillName } from "@/lib/catalog/localize";
import { buildRoadmap, computeGap, type Roadmap } from "@/lib/engine";
import type { Locale } from "@/lib/i18n/locales";
import { roleAsAssessment } from "./compare";

/** One skill of the example's gap chart (the shape components/charts/skill-bars.tsx draws). */
export interface ExampleRow {
  skill: string;
  name: string;
  have: number;
  need: number;
  weight: number;
}

// The landing page's example move (issue 15): common, and the one the product's tests follow.
export const EXAMPLE_FROM = "data-scientist";
export const EXAMPLE_TO = "ml-engineer";
/** The pace the example assumes; the onboarding default people most often keep. */
export const EXAMPLE_HOURS_PER_WEEK = 8;

export interface Example {
  fromName: string;
  toName: string;
  fit: number;
  rows: ExampleRow[];
  roadmap: Roadmap;
}

// The catalog is fixed for the life of the process, so the example is computed once per language.
const cache = new Map<Locale, Example | null>();

/** A data scientist at the catalog's typical levels, measured against an ML engineer by the engine. */
export function exampleTransition(locale: Locale): Example | null {
  if (cache.has(locale)) return cache.get(locale)!;
  const from = localizedRole(EXAMPLE_FROM, locale);
  const to = localizedRole(EXAMPLE_TO, locale);
  let example: Example | null = null;
  if (from && to) {
    const target = roleAsTarget(to);
    const assessment = roleAsAssessment(from);
    const report = computeGap(target, assessment, catalogBook);
    const rows = target.skills
      .map((r) => ({ skill: r.skill, name: skillName(r.skill, locale), have: assessment[r.skill] ?? 0, need: r.level, weight: r.weight }))
      .sort((a, b) => b.weight - a.weight || b.need - b.have - (a.need - a.have));
    const roadmap = buildRoadmap(target, assessment, catalogBook, { hoursPerWeek: EXAMPLE_HOURS_PER_WEEK, milestones: to.milestones });
    example = { fromName: from.name, toName: to.name, fit: report.fit, rows, roadmap };
  }
  cache.set(locale, example);
  return example;
}

