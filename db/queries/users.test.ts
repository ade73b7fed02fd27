import { describe, expect, it } from "vitest";
import { isUniqueViolation } from "../errors";
import { rawCount, rawQuery, withTestDatabase } from "../test-database";
import { createUserWithPassword, EmailTakenError, findPasswordLogin } from "./users";

withTestDatabase();

const count = (table: string) => rawCount(`SELECT count(*) AS n FROM "${table}"`);

describe("user queries", () => {
  it("create the user, the credential and the profile together", async () => {
    const user = await createUserWithPassword({ email: "a@example.test", name: "A", passwordHash: "h" });
    expect((await findPasswordLogin("a@example.test"))?.id).toBe(user.id);
    expect([await count("user"), await count("password_credential"), await count("profile")]).toEqual([1, 1, 1]);
  });

  it("refuse a second account with the same email and write nothing", async () => {
    await createUserWithPassword({ email: "a@example.test", name: "A", passwordHash: "h" });
    await expect(createUserWithPassword({ email: "a@example.test", name: "B", passwordHash: "h" })).rejects.toBeInstanceOf(EmailTakenError);
    expect([await count("user"), await count("password_credential"), await count("profile")]).toEqual([1, 1, 1]);
    // The database refuses it too, so two racing sign-ups cannot both pass the check.
    await expect(rawQuery("INSERT INTO \"user\" (id, email) VALUES ('x', 'a@example.test')")).rejects.toSatisfy(isUniqueViolation);
  });
});
