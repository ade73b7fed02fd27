import "server-only";
import { getCustomRole, listCustomRoles, type CustomRole } from "@/db/queries/custom-roles";
import { getRole, getSkill, roles } from "@/lib/catalog";
import { roleAsTarget } from "@/lib/catalog/book";
import type { Milestones, TargetRole } from "@/lib/engine";
import { HttpError } from "@/lib/http/errors";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { CUSTOM_PREFIX } from "./profile";

export { CUSTOM_PREFIX };

/** A role a person can aim at: one of the catalog's eight, or their own role from a job posting. */
export interface ResolvedTarget {
  slug: string;
  name: string;
  custom: boolean;
  role: TargetRole;
  milestones?: Milestones;
  /** Why the role needs the skill; stored plans take the English words, pages the reader's. */
  rationale(skill: string, locale?: Locale): string | undefined;
}

export function customTarget(custom: CustomRole): ResolvedTarget {
  const slug = `${CUSTOM_PREFIX}${custom.id}`;
  return {
    slug,
    name: custom.name,
    custom: true,
    role: { slug, name: custom.name, skills: custom.skills.map(({ skill, level, weight }) => ({ skill, level, weight })) },
    rationale: (skill, locale = "en") => {
      const evidence = custom.skills.find((s) => s.skill === skill)?.evidence;
      return evidence ? translator(locale, "planText")("postingAsks", { evidence }) : undefined;
    },
  };
}

export async function findTarget(userId: string, slug: string): Promise<ResolvedTarget | undefined> {
  if (slug.startsWith(CUSTOM_PREFIX)) {
    const custom = await getCustomRole(userId, slug.slice(CUSTOM_PREFIX.length));
    return custom ? customTarget(custom) : undefined;
  }
  const role = getRole(slug);
  if (!role) return undefined;
  return {
    slug,
    name: role.name,
    custom: false,
    role: roleAsTarget(role),
    milestones: role.milestones,
    rationale: (skill) => role.skills.find((s) => s.skill === skill)?.rationale,
  };
}

export async function requireTarget(userId: string, slug: string): Promise<ResolvedTarget> {
  const target = await findTarget(userId, slug);
  if (!target) throw new HttpError("bad_request", `Unknown role "${slug.slice(0, 80)}".`, [{ path: ["target"], message: "Unknown role." }]);
  return target;
}

/** The eight catalog roles followed by the user's own. */
export async function allTargets(userId: string): Promise<ResolvedTarget[]> {
  const catalog = await Promise.all(roles.map((r) => findTarget(userId, r.slug)));
  const own = (await listCustomRoles(userId)).map(customTarget);
  return [...(catalog as ResolvedTarget[]), ...own];
}

/**
 * A skill's name in the catalog's own (English) words: what a stored plan keeps so it renders
 * without the catalog. A page shows `skillName(slug, locale)` from lib/catalog/localize instead.
 */
export function catalogSkillName(slug: string): string {
  return getSkill(slug)?.name ?? slug;
}

export type TargetLookup =
  | { kind: "none" }
  /** A custom role that was deleted (or a catalog slug that was retired) since it was chosen. */
  | { kind: "missing"; slug: string }
  | { kind: "found"; role: TargetRole; custom: boolean };

/** A profile's target as the engine sees it, telling apart "none chosen" from "gone since". */
export async function resolveTarget(userId: string, slug: string | null): Promise<TargetLookup> {
  if (!slug) return { kind: "none" };
  const target = await findTarget(userId, slug);
  return target ? { kind: "found", role: target.role, custom: target.custom } : { kind: "missing", slug };
}
