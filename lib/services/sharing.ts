import "server-only";
import { z } from "zod";
import { getAssessment } from "@/db/queries/assessment";
import { getPlanById } from "@/db/queries/plans";
import {
  addComment,
  createShareLink,
  deleteComment,
  findActiveShare,
  listOwnPlanComments,
  listPlanComments,
  listShareLinks,
  markCommentsSeen,
  recordShareView,
  resolveSuggestion,
  revokeShareLink,
  type ActiveShare,
  type CommentRecord,
  type ShareLinkInfo,
} from "@/db/queries/shares";
import { levelSchema } from "@/lib/api/schemas";
import { BIDI_CONTROLS } from "@/lib/auth/validation";
import { HttpError, notFound, tooManyRequests } from "@/lib/http/errors";
import { planItems } from "@/lib/plans";
import { limits } from "@/lib/rate-limit";
import { hashShareToken, looksLikeShareToken, newShareToken } from "@/lib/share/token";
import { repliesByComment, replyToJson } from "./feedback";
import { describePlan } from "./plans";
import { catalogSkillName, findTarget } from "./targets";

const oneLine = (max: number, what: string) =>
  z
    .string(`${what} is text.`)
    .trim()
    .min(1, `${what} is required.`)
    .max(max, `${what} is at most ${max} characters.`)
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), `${what} has control characters.`)
    // Bidi controls would let a comment reorder how the text around it reads (Trojan Source).
    .refine((v) => !BIDI_CONTROLS.test(v), `${what} has control characters.`);

export const createShareLinkSchema = z.object({
  label: z.string().trim().max(80, "A label is at most 80 characters.").optional().transform((v) => v || null),
  expiresInDays: z.int("expiresInDays is a whole number of days.").min(1).max(365).nullable().optional(),
  allowComments: z.boolean().optional(),
});

export const commentSchema = z.object({
  author: oneLine(80, "Your name"),
  body: oneLine(2000, "The comment"),
  skill: z.string().max(64).optional(),
});

export const suggestionSchema = z.object({
  author: oneLine(80, "Your name"),
  skill: z.string().max(64),
  level: levelSchema,
  reason: oneLine(2000, "The reason"),
});

/** The owner's answer to a mentor's level suggestion; accepting writes the level into the assessment. */
export const suggestionDecisionSchema = z.object({ suggestion: z.enum(["accepted", "dismissed"], "suggestion is accepted or dismissed.") });

export const DEFAULT_SHARE_DAYS = 30;

export function shareUrl(origin: string, token: string): string {
  return `${origin}/share/${token}`;
}

export async function createLink(userId: string, planId: string, input: z.output<typeof createShareLinkSchema>, now = new Date()) {
  const token = newShareToken();
  // Left out means 30 days; an explicit null means no expiry (contract 1.1, "Share links").
  const days = input.expiresInDays === undefined ? DEFAULT_SHARE_DAYS : input.expiresInDays;
  const expiresAt = days ? new Date(now.getTime() + days * 86_400_000) : null;
  const link = await createShareLink(userId, planId, {
    tokenHash: hashShareToken(token),
    label: input.label ?? null,
    expiresAt,
    allowComments: input.allowComments ?? true,
  });
  if (!link) throw notFound("No such plan.");
  return { link, token };
}

export function linkToJson(link: ShareLinkInfo) {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: link.id,
    label: link.label,
    allowComments: link.allowComments,
    createdAt: link.createdAt.toISOString(),
    expiresAt: iso(link.expiresAt),
    revokedAt: iso(link.revokedAt),
    lastViewedAt: iso(link.lastViewedAt),
    views: link.views,
  };
}

/** The link is the capability: resolve it or answer exactly like an unknown one. */
export async function requireShare(token: string): Promise<ActiveShare> {
  const share = looksLikeShareToken(token) ? await findActiveShare(hashShareToken(token)) : undefined;
  if (!share) throw notFound("This link does not exist, was revoked or has expired.");
  return share;
}

/** What a mentor sees: the plan, the owner's display name, comments. No email, no other data. */
export async function sharedPlanView(share: ActiveShare, { countView }: { countView: boolean }) {
  const plan = await getPlanById(share.planId);
  if (!plan) throw notFound("This link does not exist, was revoked or has expired.");
  if (countView) await recordShareView(share.linkId);
  const { assessment } = await getAssessment(share.ownerId);
  const view = await describePlan(share.ownerId, plan, assessment);
  const target = await findTarget(share.ownerId, plan.target);
  const replies = repliesByComment(share.planId);
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

export function commentToOwnerJson(comment: CommentRecord) {
  return {
    ...commentToPublicJson(comment),
    suggestionStatus: comment.suggestionStatus,
    seen: comment.seenAt !== null,
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

export async function postComment(token: string, input: z.output<typeof commentSchema>) {
  const share = await requireShare(token);
  await assertCanComment(share, input.skill);
  return addComment(share, { author: input.author, body: input.body, skill: input.skill ?? null, suggestedLevel: null });
}

export async function postSuggestion(token: string, input: z.output<typeof suggestionSchema>) {
  const share = await requireShare(token);
  await assertCanComment(share, input.skill);
  return addComment(share, { author: input.author, body: input.reason, skill: input.skill, suggestedLevel: input.level });
}

/*
 * The owner's side of sharing: every query below checks the plan's owner in its WHERE clause, and
 * "not yours" reads as "not there" (404), the same for the JSON API and the plan page's actions.
 */

export async function ownShareLinks(userId: string, planId: string) {
  const links = await listShareLinks(userId, planId);
  if (!links) throw notFound("No such plan.");
  return links;
}

export async function revokeOwnShareLink(userId: string, planId: string, linkId: string) {
  if (!(await revokeShareLink(userId, planId, linkId))) throw notFound("No such share link.");
}

export async function ownPlanComments(userId: string, planId: string) {
  const comments = await listOwnPlanComments(userId, planId);
  if (!comments) throw notFound("No such plan.");
  return comments;
}

/** The owner has read the plan's feedback: the unread badge goes. */
export async function markFeedbackSeen(userId: string, planId: string) {
  await markCommentsSeen(userId, planId);
}

/** Accepting a mentor's suggested level writes it into the owner's assessment, in one transaction. */
export async function decideSuggestion(userId: string, planId: string, commentId: string, decision: "accepted" | "dismissed") {
  const comment = await resolveSuggestion(userId, planId, commentId, decision);
  if (!comment) throw notFound("No such suggestion.");
  return comment;
}

export async function deleteOwnComment(userId: string, planId: string, commentId: string) {
  if (!(await deleteComment(userId, planId, commentId))) throw notFound("No such comment.");
}
