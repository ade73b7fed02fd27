/**
 * A saved custom role as this module needs it: described by shape rather than imported from db/,
 * so the API's JSON of a role stays below the store (docs/decisions/0012).
 */
export interface StoredCustomRole {
  id: string;
  name: string;
  postingText: string | null;
  skills: readonly { skill: string; level: number; weight: number; evidence?: string }[];
  createdAt: Date;
  updatedAt: Date;
}

export const CUSTOM_PREFIX = "custom:";

export function customRoleSlug(id: string): string {
  return `${CUSTOM_PREFIX}${id}`;
}

/**
 * The API's view of a custom role. `slug` is what /me/plans and /me/profile take as a target;
 * `fit` is the user's fit against it, when the caller computed one. The posting text is only
 * ever shown to its owner, so it is included.
 */
export function customRoleToJson(role: StoredCustomRole, nameOf: (slug: string) => string, fit?: number) {
  return {
    id: role.id,
    slug: customRoleSlug(role.id),
    name: role.name,
    skills: role.skills.map((s) => ({
      skill: s.skill,
      name: nameOf(s.skill),
      level: s.level,
      weight: s.weight,
      evidence: s.evidence ?? null,
    })),
    postingText: role.postingText,
    ...(fit !== undefined && { fit }),
    createdAt: role.createdAt.toISOString(),
    updatedAt: role.updatedAt.toISOString(),
  };
}

export type CustomRoleJson = ReturnType<typeof customRoleToJson>;
