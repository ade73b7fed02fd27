import { and, asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { lockUser } from "../locks";
import { prepared } from "../prepared";
import { customRoles, profiles, type CustomRoleSkill } from "../tables";
import { transaction } from "../transaction";

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
  const [role] = await getDb()
    .select(roleColumns)
    .from(customRoles)
    .where(and(eq(customRoles.userId, userId), eq(customRoles.id, id)));
  return role;
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
  return rolesByUser().execute({ userId });
}

export interface CustomRoleInput {
  name: string;
  postingText: string | null;
  skills: CustomRoleSkill[];
}

export class TooManyCustomRoles extends Error {}

/**
 * Counting and inserting share one transaction, under a lock on the user's row (PostgreSQL; on
 * SQLite transactions run one at a time), so two racing saves cannot pass the cap together: the
 * second waits, counts the first one's role and is refused (429).
 */
export async function createCustomRole(userId: string, input: CustomRoleInput, maxRoles: number): Promise<CustomRole> {
  const role = await transaction(async (tx) => {
    await lockUser(tx, userId);
    const [owned] = await tx.select({ n: count() }).from(customRoles).where(eq(customRoles.userId, userId));
    if ((owned?.n ?? 0) >= maxRoles) throw new TooManyCustomRoles();
    const [inserted] = await tx
      .insert(customRoles)
      .values({ userId, name: input.name, postingText: input.postingText, skills: input.skills })
      .returning(roleColumns);
    return inserted!;
  });
  return role;
}

/** Replaces every field; undefined when the role is not the user's. */
export async function replaceCustomRole(userId: string, id: string, input: CustomRoleInput): Promise<CustomRole | undefined> {
  const [role] = await transaction((tx) =>
    tx
      .update(customRoles)
      .set({ name: input.name, postingText: input.postingText, skills: input.skills, updatedAt: new Date() })
      .where(and(eq(customRoles.userId, userId), eq(customRoles.id, id)))
      .returning(roleColumns),
  );
  return role;
}

/**
 * Deletes the role and, in the same transaction, clears the profile target that pointed at it,
 * so the profile never names a role that is gone. Plans keep their own snapshot and stay.
 */
export async function deleteCustomRole(userId: string, id: string, slug: string): Promise<boolean> {
  return transaction(async (tx) => {
    const deleted = await tx
      .delete(customRoles)
      .where(and(eq(customRoles.userId, userId), eq(customRoles.id, id)))
      .returning({ id: customRoles.id });
    if (deleted.length === 0) return false;
    await tx
      .update(profiles)
      .set({ targetRole: null })
      .where(and(eq(profiles.userId, userId), eq(profiles.targetRole, slug)));
    return true;
  });
}
