import { describe, expect, it } from "vitest";
import { hashShareToken, newShareToken } from "@/lib/share/token";
import { createCustomRole, listCustomRoles, TooManyCustomRoles } from "./queries/custom-roles";
import { addOwnerReply, MAX_REPLIES_PER_COMMENT, ReplyCapError } from "./queries/feedback";
import { resetWithToken, storeResetToken } from "./queries/passwords";
import { deletePlan } from "./queries/plans";
import { addComment, createShareLink } from "./queries/shares";
import { createUserWithPassword, EmailTakenError } from "./queries/users";
import { makePlan, makeUser, rawCount, rawQuery, withTestDatabase } from "./test-database";

/*
 * Writes that read before they write, started at once. On PostgreSQL these transactions truly run
 * side by side on separate pooled connections; on SQLite the write lock runs them one at a time.
 * Either way each race ends in exactly the answer a person would get one at a time: a 409 or 429
 * for the losers (EmailTakenError, TooManyCustomRoles, ReplyCapError), never a database error.
 */

withTestDatabase();

const AT_ONCE = 8;

function outcomes<T>(results: PromiseSettledResult<T>[]) {
  const fulfilled = results.filter((r): r is PromiseFulfilledResult<T> => r.status === "fulfilled").map((r) => r.value);
  const reasons = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as unknown);
  return { fulfilled, reasons };
}

describe("racing writes", () => {
  it("let one of several sign-ups with the same email in; the others are told the email is taken", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: AT_ONCE }, (_, i) => createUserWithPassword({ email: "same@example.test", name: `N${i}`, passwordHash: "h" })),
    );
    const { fulfilled, reasons } = outcomes(results);
    expect(fulfilled).toHaveLength(1);
    expect(reasons).toHaveLength(AT_ONCE - 1);
    for (const reason of reasons) expect(reason).toBeInstanceOf(EmailTakenError);
    // Nothing half-made by the losers: one user, one credential, one profile.
    expect(await rawCount(`SELECT count(*) AS n FROM "user"`)).toBe(1);
    expect(await rawCount("SELECT count(*) AS n FROM password_credential")).toBe(1);
    expect(await rawCount("SELECT count(*) AS n FROM profile")).toBe(1);
  });

  it("never pass the custom-role cap, however many saves arrive together", async () => {
    const owner = await makeUser();
    const cap = 3;
    const results = await Promise.allSettled(
      Array.from({ length: AT_ONCE }, (_, i) => createCustomRole(owner.id, { name: `Role ${i}`, postingText: null, skills: [] }, cap)),
    );
    const { fulfilled, reasons } = outcomes(results);
    expect(fulfilled).toHaveLength(cap);
    for (const reason of reasons) expect(reason).toBeInstanceOf(TooManyCustomRoles);
    expect(await listCustomRoles(owner.id)).toHaveLength(cap);
  });

  it("never pass the reply cap under one comment", async () => {
    const owner = await makeUser();
    const plan = await makePlan(owner.id);
    const link = (await createShareLink(owner.id, plan.id, { tokenHash: hashShareToken(newShareToken()), label: null, expiresAt: null, allowComments: true }))!;
    const comment = await addComment({ linkId: link.id, planId: plan.id }, { author: "Lee", body: "Hi", skill: null, suggestedLevel: null });
    const room = 2;
    for (let i = 0; i < MAX_REPLIES_PER_COMMENT - room; i++) {
      await rawQuery("INSERT INTO comment_reply (id, comment_id, plan_id, author_id, body) VALUES (?, ?, ?, ?, 'earlier')", [
        `r${i}`,
        comment.id,
        plan.id,
        owner.id,
      ]);
    }
    const results = await Promise.allSettled(Array.from({ length: AT_ONCE }, (_, i) => addOwnerReply(owner.id, plan.id, comment.id, `reply ${i}`)));
    const { fulfilled, reasons } = outcomes(results);
    expect(fulfilled).toHaveLength(room);
    for (const reason of reasons) expect(reason).toBeInstanceOf(ReplyCapError);
    expect(await rawCount("SELECT count(*) AS n FROM comment_reply WHERE comment_id = ?", [comment.id])).toBe(MAX_REPLIES_PER_COMMENT);
  });

  it("create share links and delete their plan at once without an error: no link outlives its plan", async () => {
    const owner = await makeUser();
    const plan = await makePlan(owner.id);
    const link = () => ({ tokenHash: hashShareToken(newShareToken()), label: null, expiresAt: null, allowComments: true });
    const results = await Promise.allSettled([
      ...Array.from({ length: AT_ONCE / 2 }, () => createShareLink(owner.id, plan.id, link())),
      deletePlan(owner.id, plan.id),
      ...Array.from({ length: AT_ONCE / 2 }, () => createShareLink(owner.id, plan.id, link())),
    ]);
    expect(outcomes(results).reasons).toEqual([]);
    expect(await rawCount("SELECT count(*) AS n FROM plan")).toBe(0);
    expect(await rawCount("SELECT count(*) AS n FROM share_link")).toBe(0);
  });

  it("use a password-reset token once, however many tabs submit it together", async () => {
    const owner = await makeUser();
    const tokenHash = hashShareToken(newShareToken());
    await storeResetToken(owner.id, tokenHash, new Date(Date.now() + 60_000));
    const results = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => resetWithToken(tokenHash, `hash-${i}`)));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
