import "server-only";
import { z } from "zod";
import {
  createShareLink,
  deleteComment,
  listOwnPlanComments,
  listShareLinks,
  markCommentsSeen,
  resolveSuggestion,
  revokeShareLink,
  type CommentRecord,
  type ShareLinkInfo,
} from "@/db/queries/shares";
import type { createShareLinkSchema } from "@/lib/schemas/sharing";
import { notFound } from "@/lib/http/errors";
import { hashShareToken, newShareToken } from "@/lib/share/token";
import { commentToPublicJson } from "./shared-plan";

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

/** A comment as its plan's owner sees it: with the suggestion's state and whether it was read. */
export function commentToOwnerJson(comment: CommentRecord) {
  return {
    ...commentToPublicJson(comment),
    suggestionStatus: comment.suggestionStatus,
    seen: comment.seenAt !== null,
  };
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
