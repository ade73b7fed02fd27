import { describe, expect, it } from "vitest";
import { makeUser, withTestDatabase } from "../test-database";
import { createCustomRole, deleteCustomRole, getCustomRole, listCustomRoles, replaceCustomRole, TooManyCustomRoles } from "./custom-roles";
import { getProfile, updateProfile } from "./profile";

withTestDatabase();

const input = (name = "MLE @ Acme") => ({ name, postingText: null, skills: [{ skill: "python", level: 3, weight: 3 }] });

describe("custom role queries", () => {
  it("scope reads, replaces and deletes by owner", async () => {
    const [owner, other] = [await makeUser("owner"), await makeUser("other")];
    const role = await createCustomRole(owner.id, input(), 10);
    expect(await getCustomRole(other.id, role.id)).toBeUndefined();
    expect(await listCustomRoles(other.id)).toEqual([]);
    expect(await replaceCustomRole(other.id, role.id, input("Taken"))).toBeUndefined();
    expect(await deleteCustomRole(other.id, role.id, `custom:${role.id}`)).toBe(false);
    expect((await getCustomRole(owner.id, role.id))?.name).toBe("MLE @ Acme");
  });

  it("refuse a role past the cap and store nothing", async () => {
    const owner = await makeUser();
    const other = await makeUser("other");
    await createCustomRole(owner.id, input("one"), 2);
    await createCustomRole(owner.id, input("two"), 2);
    await expect(createCustomRole(owner.id, input("three"), 2)).rejects.toBeInstanceOf(TooManyCustomRoles);
    expect((await listCustomRoles(owner.id)).map((r) => r.name)).toEqual(["one", "two"]);
    // The cap counts one user's roles only.
    await createCustomRole(other.id, input("theirs"), 2);
    expect(await listCustomRoles(other.id)).toHaveLength(1);
  });

  it("clear the profile target that pointed at a deleted role, in the same step", async () => {
    const owner = await makeUser();
    const role = await createCustomRole(owner.id, input(), 10);
    const slug = `custom:${role.id}`;
    await updateProfile(owner.id, { targetRole: slug });
    expect((await getProfile(owner.id)).targetRole).toBe(slug);
    expect(await deleteCustomRole(owner.id, role.id, slug)).toBe(true);
    expect((await getProfile(owner.id)).targetRole).toBeNull();
    expect(await getCustomRole(owner.id, role.id)).toBeUndefined();
  });
});
