import "server-only";
import type { z } from "zod";
import { getAssessment } from "@/db/queries/assessment";
import { getPlanById } from "@/db/queries/plans";
import { addComment, findActiveShare, listPlanComments, recordShareView, type ActiveShare, type CommentRecord } from "@/db/queries/shares";
import { dataDigest } from "@/lib/http/data-marker";
import { HttpError, notFound, tooManyRequests } from "@/lib/http/errors";
import { planItems } from "@/lib/plans";
import { limits } from "@/lib/rate-limit";
import type { commentSchema, suggestionSchema } from "@/lib/schemas/sharing";
import { hashShareToken, looksLikeShareToken } from "@/lib/share/token";
import { repliesByComment, replyToJson } from "./feedback";
import { describePlan } from "./plans";
import { catalogSkillName, findTarget } from "./targets";

/*
 * What a share link opens, and nothing else: every function here but requireShare takes an
 * ActiveShare (a live, unrevoked, unexpired link already resolved from its token), so no read or
 * write through a link can skip that check. The owner's side of sharing is ./sharing.ts.
 */

export type { ActiveShare };

/** The link is the capability: resolve it or answer exactly like an unknown one. */
export async function requireShare(token: string): Promise<ActiveShare> {
  const share = looksLikeShareToken(token) ? await findActiveShare(hashShareToken(token)) : undefined;
  if (!share) throw notFound("This link does not exist, was revoked or has expired.");
  return share;
}

/**
 * What a mentor sees: the plan, the owner's display name, comments. No email, no other data.
 * `defer` (Next's `after`) writes the view count once the answer is sent: the reader does not wait
 * for a write whose result the page does not show.
 */
export async function sharedPlanView(
  share: ActiveShare,
  { countView, defer, day }: { countView: boolean; defer?: (task: () => Promise<void>) => void; day?: string },
) {
  const plan = await getPlanById(share.planId);
  if (!plan) throw notFound("This link does not exist, was revoked or has expired.");
  if (countView) {
    const record = () => recordShareView(share.linkId);
    if (defer) defer(record);
    else await record();
  }
  const { assessment } = await getAssessment(share.ownerId);
  const view = await describePlan(share.ownerId, plan, assessment, { day });
  const target = await findTarget(share.ownerId, plan.target);
  const replies = await repliesByComment(share.planId);
  return {
    plan: view,
    gap: target
      ? target.role.skills.map((r) => ({ skill: r.skill, name: catalogSkillName(r.skill), have: assessment[r.skill] ?? 0, need: r.level, weight: r.weight }))
      : [],
    owner: { name: share.ownerName ?? "Someone" },
    allowComments: share.allowComments,
    // The owner's answers sit under the comment they answer, so the mentor reads a conversation.
    comments: (await listPlanComments(share.planId)).map((comment) => ({
      ...commentToPublicJson(comment),
      replies: (replies.get(comment.id) ?? []).map((reply) => replyToJson(reply, share.ownerName)),
    })),
  };
}

/**
 * A digest of everything the share page shows from the database for this link on `day`: the
 * view above, whole. Two requests with the same digest (and the same language, day, address and
 * mentor cookie) get the same page, so the page can be kept by it (lib/http/shared-plan-document.ts).
 * Null when the link does not open anything (unknown, revoked, expired).
 */
export async function sharedPlanDigest(token: string, day: string): Promise<{ share: ActiveShare; digest: string; skills: string[] } | null> {
  try {
    const share = await requireShare(token);
    const view = await sharedPlanView(share, { countView: false, day });
    return { share, digest: dataDigest(view), skills: view.plan.phases.flatMap((phase) => phase.items.map((item) => item.skill)) };
  } catch (error) {
    if (error instanceof HttpError && error.code === "not_found") return null;
    throw error;
  }
}


/** One person opened the link (a page answered without rendering it counts as the render would). */
export async function countShareView(share: ActiveShare): Promise<void> {
  await recordShareView(share.linkId);
}

export function commentToPublicJson(comment: CommentRecord) {
  return {
    id: comment.id,
    author: comment.author,
    body: comment.body,
    skill: comment.skill,
    suggestedLevel: comment.suggestedLevel,
    createdAt: comment.createdAt.toISOString(),
  };
}

async function assertCanComment(share: ActiveShare, skill: string | undefined): Promise<void> {
  if (!share.allowComments) throw new HttpError("forbidden", "Comments are turned off for this link.");
  if (skill !== undefined) {
    const plan = await getPlanById(share.planId);
    if (!plan || !planItems(plan.roadmap).some((i) => i.skill === skill)) {
      throw new HttpError("bad_request", `Unknown skill "${skill.slice(0, 64)}" in this plan.`, [{ path: ["skill"], message: "Not an item of this plan." }]);
    }
  }
  const verdict = await limits.commentsPerLink.consume(share.linkId);
  if (!verdict.ok) throw tooManyRequests(verdict.retryAfter);
}

export async function postComment(share: ActiveShare, input: z.output<typeof commentSchema>) {
  await assertCanComment(share, input.skill);
  return addComment(share, { author: input.author, body: input.body, skill: input.skill ?? null, suggestedLevel: null });
}

export async function postSuggestion(share: ActiveShare, input: z.output<typeof suggestionSchema>) {
  await assertCanComment(share, input.skill);
  return addComment(share, { author: input.author, body: input.reason, skill: input.skill, suggestedLevel: input.level });
}
