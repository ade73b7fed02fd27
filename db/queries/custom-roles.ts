import { and, asc, eq } from "drizzle-orm";
import { getDb } from "../client";
import { customRoles, type CustomRoleSkill } from "../schema";

export interface CustomRole {
  id: string;
  name: string;
  postingText: string | null;
  skills: CustomRoleSkill[];
  createdAt: Date;
  updatedAt: Date;
}

/** Every read is scoped by owner: another user's role id finds nothing. */
export async function getCustomRole(userId: string, id: string): Promise<CustomRole | undefined> {
  return getDb()
    .select({
      id: customRoles.id,
      name: customRoles.name,
      postingText: customRoles.postingText,
      skills: customRoles.skills,
      createdAt: customRoles.createdAt,
      updatedAt: customRoles.updatedAt,
    })
    .from(customRoles)
    .where(and(eq(customRoles.userId, userId), eq(customRoles.id, id)))
    .get();
}

export async function listCustomRoles(userId: string): Promise<CustomRole[]> {
  return getDb()
    .select({
      id: customRoles.id,
      name: customRoles.name,
      postingText: customRoles.postingText,
      skills: customRoles.skills,
      createdAt: customRoles.createdAt,
      updatedAt: customRoles.updatedAt,
    })
    .from(customRoles)
    .where(eq(customRoles.userId, userId))
    .orderBy(asc(customRoles.createdAt))
    .all();
}

export async function createCustomRole(
  userId: string,
  input: { name: string; postingText?: string | null; skills: CustomRoleSkill[] },
): Promise<CustomRole> {
  const row = getDb()
    .insert(customRoles)
    .values({ userId, name: input.name, postingText: input.postingText ?? null, skills: input.skills })
    .returning({ id: customRoles.id })
    .get();
  return (await getCustomRole(userId, row.id))!;
}

export async function updateCustomRole(
  userId: string,
  id: string,
  change: { name?: string; skills?: CustomRoleSkill[] },
): Promise<CustomRole | undefined> {
  getDb()
    .update(customRoles)
    .set({ ...change, updatedAt: new Date() })
    .where(and(eq(customRoles.userId, userId), eq(customRoles.id, id)))
    .run();
  return getCustomRole(userId, id);
}

export async function deleteCustomRole(userId: string, id: string): Promise<boolean> {
  const result = getDb()
    .delete(customRoles)
    .where(and(eq(customRoles.userId, userId), eq(customRoles.id, id)))
    .run();
  return result.changes > 0;
}
