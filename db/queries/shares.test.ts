import { describe, expect, it } from "vitest";
import { hashShareToken, newShareToken } from "@/lib/share/token";
import { isUniqueViolation } from "../errors";
import { makePlan, makeUser, rawQuery, withTestDatabase } from "../test-database";
import { getAssessment } from "./assessment";
import {
  addComment,
  createShareLink,
  deleteComment,
  findActiveShare,
  listOwnPlanComments,
  listShareLinks,
  recordShareView,
  resolveSuggestion,
  revokeShareLink,
} from "./shares";

withTestDatabase();

const link = (expiresAt: Date | null = null) => ({ tokenHash: hashShareToken(newShareToken()), label: null, expiresAt, allowComments: true });

describe("share queries", () => {
  it("let only the plan's owner create, list and revoke its links", async () => {
    const [owner, other] = [await makeUser("owner"), await makeUser("other")];
    const plan = await makePlan(owner.id);
    expect(await createShareLink(other.id, plan.id, link())).toBeUndefined();
    const created = (await createShareLink(owner.id, plan.id, link()))!;
    expect(await listShareLinks(other.id, plan.id)).toBeUndefined();
    expect(await revokeShareLink(other.id, plan.id, created.id)).toBe(false);
    expect((await listShareLinks(owner.id, plan.id))!.map((l) => [l.id, l.revokedAt])).toEqual([[created.id, null]]);
    expect(await revokeShareLink(owner.id, plan.id, created.id)).toBe(true);
    expect((await listShareLinks(owner.id, plan.id))![0]!.revokedAt).toBeInstanceOf(Date);
  });

  it("find a link by its token hash only while it is neither revoked nor expired", async () => {
    const owner = await makeUser();
    const plan = await makePlan(owner.id);
    const now = new Date("2026-03-01T12:00:00Z");
    const open = link();
    const expiring = link(new Date(now.getTime() + 60_000));
    const openLink = (await createShareLink(owner.id, plan.id, open))!;
    await createShareLink(owner.id, plan.id, expiring);
    expect(await findActiveShare(open.tokenHash, now)).toMatchObject({ linkId: openLink.id, planId: plan.id, ownerId: owner.id });
    expect(await findActiveShare(expiring.tokenHash, now)).toBeDefined();
    expect(await findActiveShare(expiring.tokenHash, new Date(now.getTime() + 120_000))).toBeUndefined();
    await revokeShareLink(owner.id, plan.id, openLink.id);
    expect(await findActiveShare(open.tokenHash, now)).toBeUndefined();
    expect(await findActiveShare(hashShareToken(newShareToken()), now)).toBeUndefined();
  });

  it("refuse a second link with the same token hash", async () => {
    const owner = await makeUser();
    const plan = await makePlan(owner.id);
    const same = link();
    await createShareLink(owner.id, plan.id, same);
    await expect(createShareLink(owner.id, plan.id, same)).rejects.toSatisfy(isUniqueViolation);
    expect(await listShareLinks(owner.id, plan.id)).toHaveLength(1);
  });

  it("count views on the link", async () => {
    const owner = await makeUser();
    const plan = await makePlan(owner.id);
    const created = (await createShareLink(owner.id, plan.id, link()))!;
    const at = new Date("2026-03-01T12:00:00Z");
    await recordShareView(created.id, at);
    await recordShareView(created.id, at);
    expect((await listShareLinks(owner.id, plan.id))![0]).toMatchObject({ views: 2, lastViewedAt: at });
  });

  it("keep comments away from other users: listing, deleting and deciding find nothing", async () => {
    const [owner, other] = [await makeUser("owner"), await makeUser("other")];
    const plan = await makePlan(owner.id);
    const created = (await createShareLink(owner.id, plan.id, link()))!;
    const share = { linkId: created.id, planId: plan.id };
    const comment = await addComment(share, { author: "Lee", body: "Nice", skill: null, suggestedLevel: null });
    const suggestion = await addComment(share, { author: "Lee", body: "You are better", skill: "python", suggestedLevel: 3 });
    expect(suggestion.suggestionStatus).toBe("pending");

    expect(await listOwnPlanComments(other.id, plan.id)).toBeUndefined();
    expect(await deleteComment(other.id, plan.id, comment.id)).toBe(false);
    expect(await resolveSuggestion(other.id, plan.id, suggestion.id, "accepted")).toBeUndefined();
    expect((await getAssessment(other.id)).assessment).toEqual({});
    expect((await getAssessment(owner.id)).assessment).toEqual({});
    expect(await listOwnPlanComments(owner.id, plan.id)).toHaveLength(2);
  });

  it("write an accepted suggestion into the owner's assessment with its status, together", async () => {
    const owner = await makeUser();
    const plan = await makePlan(owner.id);
    const created = (await createShareLink(owner.id, plan.id, link()))!;
    const suggestion = await addComment({ linkId: created.id, planId: plan.id }, { author: "Lee", body: "Level 3", skill: "python", suggestedLevel: 3 });
    const plain = await addComment({ linkId: created.id, planId: plan.id }, { author: "Lee", body: "Hi", skill: null, suggestedLevel: null });
    expect(await resolveSuggestion(owner.id, plan.id, plain.id, "accepted")).toBeUndefined();
    expect((await resolveSuggestion(owner.id, plan.id, suggestion.id, "accepted"))?.suggestionStatus).toBe("accepted");
    expect((await getAssessment(owner.id)).assessment).toEqual({ python: 3 });
    const [stored] = await rawQuery<{ status: string; seen_at: unknown }>("SELECT suggestion_status AS status, seen_at FROM comment WHERE id = ?", [suggestion.id]);
    expect(stored!.status).toBe("accepted");
    expect(stored!.seen_at).not.toBeNull();
  });
});
