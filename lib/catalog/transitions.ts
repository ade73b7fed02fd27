import { buildRoadmap, computeFit, rankRoles, type Assessment, type RoleFit } from "../engine";
import { catalogBook, catalogTargets, roleAsTarget } from "./book";
import { getRole, roles } from "./index";
import { TYPICAL_PROFILES } from "./profiles";
import type { Role } from "./types";

/**
 * The catalog's own figures for the moves between roles, computed with the same engine the
 * product uses: what the role pages, the bench report and the duration tests all read.
 */

/** The hours a week docs/catalog.md and the bench quote durations at. */
export const REFERENCE_HOURS_PER_WEEK = 10;

/** A role's typical holder: a mid-level hire at exactly the role's levels. */
export function profileOfRole(role: Role): Assessment {
  return Object.fromEntries(role.skills.map((s) => [s.skill, s.level]));
}

/** A starting profile by slug: a catalog role, or one of the typical non-role profiles. */
export function startingProfile(slug: string): Assessment | undefined {
  const role = getRole(slug);
  if (role) return profileOfRole(role);
  return TYPICAL_PROFILES.find((p) => p.slug === slug)?.levels;
}

export interface Move {
  from: string;
  to: string;
  hours: number;
  /** Calendar weeks at REFERENCE_HOURS_PER_WEEK, as the roadmap counts them. */
  weeks: number;
  fitBefore: number;
}

export function move(from: Assessment, fromSlug: string, toSlug: string, hoursPerWeek = REFERENCE_HOURS_PER_WEEK): Move {
  const role = getRole(toSlug);
  if (!role) throw new Error(`Unknown role ${toSlug}`);
  const target = roleAsTarget(role);
  const roadmap = buildRoadmap(target, from, catalogBook, { hoursPerWeek, milestones: role.milestones });
  return { from: fromSlug, to: toSlug, hours: roadmap.totalHours, weeks: roadmap.weeks, fitBefore: computeFit(target, from) };
}

/** Every role to every role: the 8 × 8 table (the diagonal is empty by the catalog's own rule). */
export function transitionTable(): Move[][] {
  return roles.map((from) => roles.map((to) => move(profileOfRole(from), from.slug, to.slug)));
}

export function rankingFor(slug: string): RoleFit[] {
  const profile = startingProfile(slug);
  if (!profile) throw new Error(`Unknown profile ${slug}`);
  return rankRoles(catalogTargets, profile);
}

/** Months at the reference pace, one decimal: weeks × 7 / 30.44. */
export function monthsOf(weeks: number): number {
  return Math.round((weeks * 7 * 10) / 30.44) / 10;
}

/**
 * The moves practitioners report durations for (docs/catalog.md, "Durations of the common
 * moves"), with the range in months the catalog has to land inside at 10 h/week. Ranges are
 * taken from the sources named there; where no source exists the range is a team judgement and
 * docs/catalog.md says so.
 */
export const REPORTED_MOVES = [
  { from: "data-scientist", to: "ml-engineer", months: [6, 18] },
  { from: "data-engineer", to: "ml-infrastructure-engineer", months: [6, 18] },
  { from: "software-engineer", to: "ml-engineer", months: [6, 15] },
  { from: "ml-engineer", to: "research-engineer", months: [6, 18] },
  { from: "graduate", to: "data-scientist", months: [9, 24] },
] as const;

export function typicalProfiles() {
  return TYPICAL_PROFILES;
}
