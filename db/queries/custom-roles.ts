import { and, asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { prepared } from "../prepared";
import { customRoles, profiles, type CustomRoleSkill } from "../schema";

export interface CustomRole {
  id: string;
  name: string;
  postingText: string | null;
  skills: CustomRoleSkill[];
  createdAt: Date;
  updatedAt: Date;
}

const roleColumns = {
  id: customRoles.id,
  name: customRoles.name,
  postingText: customRoles.postingText,
  skills: customRoles.skills,
  createdAt: customRoles.createdAt,
  updatedAt: customRoles.updatedAt,
};

/** Every read is scoped by owner: another user's role id finds nothing. */
export async function getCustomRole(userId: string, id: string): Promise<CustomRole | undefined> {
  return getDb()
    .select(roleColumns)
    .from(customRoles)
    .where(and(eq(customRoles.userId, userId), eq(customRoles.id, id)))
    .get();
}

const rolesByUser = prepared((db) =>
  db
    .select(roleColumns)
    .from(customRoles)
    .where(eq(customRoles.userId, sql.placeholder("userId")))
    .orderBy(asc(customRoles.createdAt))
    .prepare(),
);

export async function listCustomRoles(userId: string): Promise<CustomRole[]> {
  return rolesByUser().all({ userId });
}

export interface CustomRoleInput {
  name: string;
  postingText: string | null;
  skills: CustomRoleSkill[];
}

export class TooManyCustomRoles extends Error {}

/** Counting and inserting share one transaction, so two racing saves cannot pass the cap together. */
export async function createCustomRole(userId: string, input: CustomRoleInput, maxRoles: number): Promise<CustomRole> {
  const id = getDb().transaction((tx) => {
    const owned = tx.select({ n: count() }).from(customRoles).where(eq(customRoles.userId, userId)).get()?.n ?? 0;
    if (owned >= maxRoles) throw new TooManyCustomRoles();
    return tx
      .insert(customRoles)
      .values({ userId, name: input.name, postingText: input.postingText, skills: input.skills })
      .returning({ id: customRoles.id })
      .get().id;
  });
  return (await getCustomRole(userId, id))!;
}

/** Replaces every field; undefined when the role is not the user's. */
export async function replaceCustomRole(userId: string, id: string, input: CustomRoleInput): Promise<CustomRole | undefined> {
  const result = getDb()
    .update(customRoles)
    .set({ name: input.name, postingText: input.postingText, skills: input.skills, updatedAt: new Date() })
    .where(and(eq(customRoles.userId, userId), eq(customRoles.id, id)))
    .run();
  return result.changes > 0 ? getCustomRole(userId, id) : undefined;
}

/**
 * Deletes the role and, in the same transaction, clears the profile target that pointed at it,
 * so the profile never names a role that is gone. Plans keep their own snapshot and stay.
 */
export async function deleteCustomRole(userId: string, id: string, slug: string): Promise<boolean> {
  return getDb().transaction((tx) => {
    const result = tx
      .delete(customRoles)
      .where(and(eq(customRoles.userId, userId), eq(customRoles.id, id)))
      .run();
    if (result.changes === 0) return false;
    tx.update(profiles)
      .set({ targetRole: null })
      .where(and(eq(profiles.userId, userId), eq(profiles.targetRole, slug)))
      .run();
    return true;
  });
}
