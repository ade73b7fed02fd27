import "server-only";
import { getCustomRole } from "@/db/queries/custom-roles";
import { getRole } from "@/lib/catalog";
import { roleAsTarget } from "@/lib/catalog/engine";
import type { TargetRole } from "@/lib/engine";
import { CUSTOM_PREFIX } from "./profile";

export type ResolvedTarget =
  | { kind: "none" }
  /** A custom role that was deleted (or a catalog slug that was retired) since it was chosen. */
  | { kind: "missing"; slug: string }
  | { kind: "found"; role: TargetRole; custom: boolean };

/** A profile's target as the engine sees it, whether a catalog role or one of the user's own. */
export async function resolveTarget(userId: string, slug: string | null): Promise<ResolvedTarget> {
  if (!slug) return { kind: "none" };
  if (slug.startsWith(CUSTOM_PREFIX)) {
    const custom = await getCustomRole(userId, slug.slice(CUSTOM_PREFIX.length));
    if (!custom) return { kind: "missing", slug };
    const skills = custom.skills.map(({ skill, level, weight }) => ({ skill, level, weight }));
    return { kind: "found", role: { slug, name: custom.name, skills }, custom: true };
  }
  const role = getRole(slug);
  return role ? { kind: "found", role: roleAsTarget(role), custom: false } : { kind: "missing", slug };
}
