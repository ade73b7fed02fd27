import { z } from "zod";

/** Plan ids are UUIDs; anything else is not one of ours and never reaches the database. */
export const planIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/);

/** Ids of comments and share links: the same rule, so a malformed one is "not found", never a query. */
export const rowIdSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9-]+$/);

/** Path parameters of /me/plans/{id}/…: parsed, not cut to length. */
export const planParamsSchema = z.object({ id: planIdSchema });
export const planItemParamsSchema = planParamsSchema.extend({ skill: z.string().min(1).max(64) });
export const planCommentParamsSchema = planParamsSchema.extend({ commentId: rowIdSchema });
export const planShareLinkParamsSchema = planParamsSchema.extend({ linkId: rowIdSchema });
