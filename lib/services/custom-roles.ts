import "server-only";
import { getAssessment } from "@/db/queries/assessment";
import {
  createCustomRole,
  deleteCustomRole,
  getCustomRole,
  listCustomRoles,
  replaceCustomRole,
  TooManyCustomRoles,
  type CustomRole,
} from "@/db/queries/custom-roles";
import { MAX_ROLES_PER_USER } from "@/lib/custom-roles/limits";
import { customRoleIdSchema, type CustomRoleInput } from "@/lib/schemas/custom-roles";
import { customRoleSlug, customRoleToJson } from "@/lib/custom-roles/json";
import { computeFit } from "@/lib/engine";
import { HttpError, notFound } from "@/lib/http/errors";
import { skillName } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";
import { customTarget } from "./targets";

/** undefined for a malformed id, an unknown one and another user's alike. */
/** The user's saved roles, newest last. */
export { listCustomRoles };

export async function findCustomRole(userId: string, id: string): Promise<CustomRole | undefined> {
  return customRoleIdSchema.safeParse(id).success ? getCustomRole(userId, id) : undefined;
}

export async function requireCustomRole(userId: string, id: string): Promise<CustomRole> {
  const role = await findCustomRole(userId, id);
  if (!role) throw notFound("No such role.");
  return role;
}

export async function createOwnRole(userId: string, input: CustomRoleInput): Promise<CustomRole> {
  try {
    return await createCustomRole(userId, input, MAX_ROLES_PER_USER);
  } catch (error) {
    if (error instanceof TooManyCustomRoles) {
      throw new HttpError("conflict", `You can keep at most ${MAX_ROLES_PER_USER} roles from postings; delete one first.`);
    }
    throw error;
  }
}

export async function replaceOwnRole(userId: string, id: string, input: CustomRoleInput): Promise<CustomRole> {
  await requireCustomRole(userId, id);
  const role = await replaceCustomRole(userId, id, input);
  if (!role) throw notFound("No such role.");
  return role;
}

/** Plans built against the role keep their snapshot and say their target is gone. */
export async function deleteOwnRole(userId: string, id: string): Promise<void> {
  if (!customRoleIdSchema.safeParse(id).success || !(await deleteCustomRole(userId, id, customRoleSlug(id)))) {
    throw notFound("No such role.");
  }
}

export function roleFit(role: CustomRole, assessment: Record<string, number>): number {
  return computeFit(customTarget(role).role, assessment);
}

/** Skill names in the reader's language; the role's own name is the owner's words and stays as given. */
export async function describeRole(userId: string, role: CustomRole, locale: Locale = "en") {
  const { assessment } = await getAssessment(userId);
  return customRoleToJson(role, (slug) => skillName(slug, locale), roleFit(role, assessment));
}

export async function describeOwnRoles(userId: string, locale: Locale = "en") {
  const [roles, { assessment }] = await Promise.all([listCustomRoles(userId), getAssessment(userId)]);
  return roles.map((role) => customRoleToJson(role, (slug) => skillName(slug, locale), roleFit(role, assessment)));
}
