import { z } from "zod";
import { roleSlugSchema, skillSlugSchema } from "@/lib/schemas/common";
import { registrationSchema } from "@/lib/schemas/account";
import { analyzeRequestSchema, customRoleIdSchema, customRoleInputSchema } from "@/lib/schemas/custom-roles";
import {
  itemChangeRequest,
  passwordChangeRequest,
  passwordResetCompletion,
  passwordResetRequest,
  planChangeRequest,
  replyRequest,
} from "./contract-1-1";
import * as shape from "./responses";
import { fitRequestSchema, gapRequestSchema, roadmapRequestSchema } from "@/lib/schemas/analysis";
import { assessmentChangeSchema } from "@/lib/schemas/assessment";
import { createPlanSchema, planIdSchema } from "@/lib/schemas/plans";
import { profileChangeSchema } from "@/lib/schemas/account";
import { commentSchema, createShareLinkSchema, suggestionDecisionSchema, suggestionSchema } from "@/lib/schemas/sharing";

/**
 * Every operation of /api/v1 as data: the OpenAPI document (document.ts) and the /api page are
 * both made from this one table. Request bodies are the very schemas the handlers parse with.
 */

export type Method = "get" | "post" | "put" | "patch" | "delete";
export type Tag = "catalog" | "analysis" | "account" | "plans" | "sharing" | "customRoles" | "discovery";
/** Where an operation comes from: the contract's version 1, its 1.1 additions, or our own additions (docs/api.md). */
export type Origin = "v1" | "v1.1" | "extension";
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429;

export interface Parameter {
  name: string;
  description: string;
  schema: z.ZodType;
}

export interface Operation {
  id: string;
  method: Method;
  /** Relative to /api/v1, OpenAPI template syntax. */
  path: string;
  tag: Tag;
  summary: string;
  origin: Origin;
  /** "session": the Auth.js session cookie; "token": the share token in the path is the capability. */
  auth: "none" | "session" | "token";
  /** Names and descriptions follow `?lang=` / Accept-Language. */
  localized?: boolean;
  params?: Parameter[];
  request?: { name: string; schema: z.ZodType };
  success: { status: 200 | 201 | 202 | 204; description: string; body?: { name: string; schema: z.ZodType } | { mediaType: string } };
  errors: ErrorStatus[];
  /** Why each error happens, where it says more than the status's name. */
  errorNotes?: Partial<Record<ErrorStatus, string>>;
  cache?: string;
}

const planId: Parameter = { name: "id", description: "A plan's id (another user's answers 404).", schema: planIdSchema };
const skillParam: Parameter = { name: "skill", description: "A skill slug of the plan.", schema: skillSlugSchema };
const token: Parameter = {
  name: "token",
  description: "The share token: 43 URL-safe characters. Unknown, revoked and expired tokens answer alike.",
  schema: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
};
const commentId: Parameter = { name: "commentId", description: "A comment on the plan.", schema: z.string().max(64) };
const linkId: Parameter = { name: "linkId", description: "A share link of the plan.", schema: z.string().max(64) };
const roleId: Parameter = { name: "id", description: "A custom role's id (another user's answers 404).", schema: customRoleIdSchema };

const body = <S extends z.ZodType>(name: string, schema: S) => ({ name, schema });

/** Envelopes the handlers answer with; each is a named component of the document. */
export const answers = {
  RoleList: z.object({ roles: z.array(shape.role) }),
  RoleAnswer: z.object({ role: shape.role }),
  SkillList: z.object({ skills: z.array(shape.skill) }),
  UserAnswer: z.object({ user: shape.user }),
  Me: z.object({ user: shape.user, profile: shape.profile }),
  ProfileAnswer: z.object({ profile: shape.profile }),
  PlanList: z.object({ plans: z.array(shape.planSummary) }),
  PlanAnswer: z.object({ plan: shape.plan }),
  ShareLinkList: z.object({ links: z.array(shape.shareLink) }),
  PublicCommentAnswer: z.object({ comment: shape.publicComment }),
  OwnerCommentAnswer: z.object({ comment: shape.ownerComment }),
  OwnerCommentList: z.object({ comments: z.array(shape.ownerComment) }),
  ReplyAnswer: z.object({ reply: z.object({ id: z.string(), commentId: z.string(), body: z.string(), createdAt: z.iso.datetime({ offset: true }) }) }),
  CustomRoleList: z.object({ roles: z.array(shape.customRole) }),
  CustomRoleAnswer: z.object({ role: shape.customRole }),
};

const ok = (name: keyof typeof answers, description = "OK") => ({ status: 200 as const, description, body: { name, schema: answers[name] } });
const created = (name: keyof typeof answers, description = "Created") => ({ status: 201 as const, description, body: { name, schema: answers[name] } });
const shaped = (name: string, schema: z.ZodType, description = "OK") => ({ status: 200 as const, description, body: { name, schema } });
const none = (description: string, status: 202 | 204 = 204) => ({ status, description });

export const operations: Operation[] = [
  // Catalog
  { id: "listRoles", method: "get", path: "/roles", tag: "catalog", origin: "v1", auth: "none", localized: true, summary: "The eight roles with their required skills", success: ok("RoleList"), errors: [400], cache: "public, max-age=300" },
  { id: "getRole", method: "get", path: "/roles/{slug}", tag: "catalog", origin: "v1", auth: "none", localized: true, summary: "One role", params: [{ name: "slug", description: "A role slug such as `ml-engineer`.", schema: roleSlugSchema }], success: ok("RoleAnswer"), errors: [400, 404], cache: "public, max-age=300" },
  { id: "listSkills", method: "get", path: "/skills", tag: "catalog", origin: "v1", auth: "none", localized: true, summary: "Every skill with its five level descriptors", success: shaped("SkillList", answers.SkillList), errors: [400], cache: "public, max-age=300" },
  // Analysis
  { id: "computeGap", method: "post", path: "/gap", tag: "analysis", origin: "v1", auth: "none", localized: true, summary: "Fit and gaps of an assessment against one role", request: body("GapRequest", gapRequestSchema), success: shaped("GapReport", shape.gapReport), errors: [400, 403, 413] },
  { id: "rankRoles", method: "post", path: "/fit", tag: "analysis", origin: "v1", auth: "none", localized: true, summary: "Fit of an assessment against every role, highest first", request: body("FitRequest", fitRequestSchema), success: shaped("FitRanking", shape.fitRanking), errors: [400, 403, 413] },
  { id: "buildRoadmap", method: "post", path: "/roadmap", tag: "analysis", origin: "v1", auth: "none", localized: true, summary: "A phased roadmap to a role at a pace", request: body("RoadmapRequest", roadmapRequestSchema), success: shaped("Roadmap", shape.roadmap), errors: [400, 403, 413] },
  { id: "analyzePosting", method: "post", path: "/job-postings/analyze", tag: "analysis", origin: "v1", auth: "none", localized: true, summary: "Skills a job posting asks for, with the phrases that say so", request: body("AnalyzeRequest", analyzeRequestSchema), success: shaped("AnalyzedPosting", shape.analyzedPosting), errors: [400, 403, 413, 429], errorNotes: { 429: "More than 60 calls a minute from one client." } },
  // Account
  { id: "register", method: "post", path: "/register", tag: "account", origin: "v1", auth: "none", summary: "Create an account (then sign in through /api/auth)", request: body("RegistrationRequest", registrationSchema), success: created("UserAnswer"), errors: [400, 403, 409, 413, 429], errorNotes: { 409: "The email is taken." } },
  { id: "getMe", method: "get", path: "/me", tag: "account", origin: "v1", auth: "session", summary: "The signed-in user and their profile", success: ok("Me"), errors: [401] },
  { id: "deleteMe", method: "delete", path: "/me", tag: "account", origin: "v1", auth: "session", summary: "Delete the account and everything it owns", success: none("Deleted"), errors: [401, 403] },
  { id: "getProfile", method: "get", path: "/me/profile", tag: "account", origin: "extension", auth: "session", summary: "The profile alone", success: ok("ProfileAnswer"), errors: [401] },
  { id: "changeProfile", method: "put", path: "/me/profile", tag: "account", origin: "v1", auth: "session", summary: "Change name, current and target role, hours per week, language", request: body("ProfileChange", profileChangeSchema), success: ok("ProfileAnswer"), errors: [400, 401, 403, 413] },
  { id: "getAssessment", method: "get", path: "/me/assessment", tag: "account", origin: "v1", auth: "session", summary: "The saved self-assessment", success: shaped("SavedAssessment", shape.savedAssessment), errors: [401] },
  { id: "changeAssessment", method: "put", path: "/me/assessment", tag: "account", origin: "v1", auth: "session", summary: "Merge levels (and notes) into the saved assessment", request: body("AssessmentChange", assessmentChangeSchema), success: shaped("SavedAssessment", shape.savedAssessment), errors: [400, 401, 403, 413] },
  { id: "getAssessmentHistory", method: "get", path: "/me/assessment/history", tag: "account", origin: "v1", auth: "session", summary: "One snapshot of the assessment per day it changed", success: shaped("AssessmentHistory", shape.assessmentHistory), errors: [401] },
  { id: "exportAccount", method: "get", path: "/me/export", tag: "account", origin: "v1", auth: "session", summary: "All of the user's data as one JSON document (a download)", success: shaped("AccountExport", shape.accountExport), errors: [401] },
  { id: "changePassword", method: "put", path: "/me/password", tag: "account", origin: "v1.1", auth: "session", summary: "Change the password; every other session ends", request: body("PasswordChange", passwordChangeRequest), success: none("Changed"), errors: [400, 401, 403, 413], errorNotes: { 400: "The new password is too weak.", 403: "The current password is wrong (or a cross-site request)." } },
  { id: "revokeSessions", method: "post", path: "/me/sessions/revoke", tag: "account", origin: "v1.1", auth: "session", summary: "End every session of the user, this one included", success: none("Signed out everywhere"), errors: [401, 403] },
  { id: "requestPasswordReset", method: "post", path: "/password-reset", tag: "account", origin: "v1.1", auth: "none", summary: "Email a single-use reset link valid 30 minutes (never tells whether the account exists)", request: body("PasswordResetRequest", passwordResetRequest), success: none("Accepted, whatever the email", 202), errors: [400, 403, 413, 429] },
  { id: "resetPassword", method: "post", path: "/password-reset/{token}", tag: "account", origin: "v1.1", auth: "token", summary: "Set a new password with a reset link; every session ends", params: [{ name: "token", description: "The token from the reset email.", schema: z.string().max(128) }], request: body("PasswordResetCompletion", passwordResetCompletion), success: none("Password set"), errors: [400, 403, 404, 413], errorNotes: { 400: "The new password is too weak.", 404: "Unknown, used or expired token." } },
  // Plans
  { id: "listPlans", method: "get", path: "/me/plans", tag: "plans", origin: "v1", auth: "session", localized: true, summary: "The user's plans with their progress", success: ok("PlanList"), errors: [400, 401] },
  { id: "createPlan", method: "post", path: "/me/plans", tag: "plans", origin: "v1", auth: "session", localized: true, summary: "Build a plan towards a catalog or custom role from the saved assessment", request: body("CreatePlanRequest", createPlanSchema), success: created("PlanAnswer"), errors: [400, 401, 403, 413] },
  { id: "getPlan", method: "get", path: "/me/plans/{id}", tag: "plans", origin: "v1", auth: "session", localized: true, summary: "One plan", params: [planId], success: ok("PlanAnswer"), errors: [400, 401, 404] },
  { id: "changePlan", method: "patch", path: "/me/plans/{id}", tag: "plans", origin: "v1.1", auth: "session", localized: true, summary: "Rename a plan or change its pace (hours per week or a target date)", params: [planId], request: body("PlanChange", planChangeRequest), success: ok("PlanAnswer"), errors: [400, 401, 403, 404, 413], errorNotes: { 400: "Invalid fields, or a target date that needs more than 80 h/week." } },
  { id: "deletePlan", method: "delete", path: "/me/plans/{id}", tag: "plans", origin: "v1", auth: "session", summary: "Delete a plan, its share links and comments", params: [planId], success: none("Deleted"), errors: [401, 403, 404] },
  { id: "changePlanItem", method: "patch", path: "/me/plans/{id}/items/{skill}", tag: "plans", origin: "v1.1", auth: "session", localized: true, summary: "Set an item's status or move it", params: [planId, skillParam], request: body("PlanItemChange", itemChangeRequest), success: ok("PlanAnswer"), errors: [400, 401, 403, 404, 413], errorNotes: { 400: "Invalid fields, a skill that is not an item of the plan, or a position that breaks prerequisite order." } },
  { id: "refreshPlan", method: "post", path: "/me/plans/{id}/refresh", tag: "plans", origin: "v1", auth: "session", localized: true, summary: "Recompute from the current assessment; remaining items keep their status", params: [planId], success: ok("PlanAnswer"), errors: [400, 401, 403, 404, 409], errorNotes: { 409: "The plan's custom target role was deleted." } },
  { id: "planMarkdown", method: "get", path: "/me/plans/{id}/markdown", tag: "plans", origin: "extension", auth: "session", localized: true, summary: "The plan as a Markdown file", params: [planId], success: { status: 200, description: "A Markdown download", body: { mediaType: "text/markdown" } }, errors: [400, 401, 404] },
  { id: "planCalendar", method: "get", path: "/me/plans/{id}/calendar.ics", tag: "plans", origin: "v1.1", auth: "session", localized: true, summary: "The plan's schedule from today as an iCalendar file (RFC 5545): an all-day event for each phase and for each week's focus", params: [planId], success: { status: 200, description: "An iCalendar file (an attachment)", body: { mediaType: "text/calendar" } }, errors: [400, 401, 404] },
  { id: "listPlanComments", method: "get", path: "/me/plans/{id}/comments", tag: "plans", origin: "extension", auth: "session", summary: "Mentor comments and suggestions on the plan, for its owner", params: [planId], success: ok("OwnerCommentList"), errors: [401, 404] },
  { id: "decideSuggestion", method: "patch", path: "/me/plans/{id}/comments/{commentId}", tag: "plans", origin: "extension", auth: "session", summary: "Accept (writes the level into the assessment) or dismiss a mentor's level suggestion", params: [planId, commentId], request: body("SuggestionDecision", suggestionDecisionSchema), success: ok("OwnerCommentAnswer"), errors: [400, 401, 403, 404, 413] },
  { id: "deletePlanComment", method: "delete", path: "/me/plans/{id}/comments/{commentId}", tag: "plans", origin: "extension", auth: "session", summary: "Remove a comment", params: [planId, commentId], success: none("Removed"), errors: [401, 403, 404] },
  { id: "replyToComment", method: "post", path: "/me/plans/{id}/comments/{commentId}/replies", tag: "plans", origin: "v1.1", auth: "session", summary: "Reply to a mentor's comment; the mentor sees it on the share page", params: [planId, commentId], request: body("ReplyRequest", replyRequest), success: created("ReplyAnswer"), errors: [400, 401, 403, 404, 413] },
  // Sharing
  { id: "createShareLink", method: "post", path: "/me/plans/{id}/share-links", tag: "sharing", origin: "v1", auth: "session", summary: "Create a share link; the only time its token is shown", params: [planId], request: body("CreateShareLinkRequest", createShareLinkSchema), success: { status: 201, description: "Created", body: { name: "CreatedShareLink", schema: shape.createdShareLink } }, errors: [400, 401, 403, 404, 413] },
  { id: "listShareLinks", method: "get", path: "/me/plans/{id}/share-links", tag: "sharing", origin: "v1", auth: "session", summary: "The plan's share links with their views (never the tokens)", params: [planId], success: ok("ShareLinkList"), errors: [401, 404] },
  { id: "revokeShareLink", method: "delete", path: "/me/plans/{id}/share-links/{linkId}", tag: "sharing", origin: "v1", auth: "session", summary: "Revoke a share link at once", params: [planId, linkId], success: none("Revoked"), errors: [401, 403, 404] },
  { id: "getSharedPlan", method: "get", path: "/share/{token}", tag: "sharing", origin: "v1", auth: "token", localized: true, summary: "What a mentor sees: the plan, the owner's name, comments", params: [token], success: shaped("SharedPlan", shape.sharedPlan), errors: [400, 404] },
  { id: "commentOnSharedPlan", method: "post", path: "/share/{token}/comments", tag: "sharing", origin: "v1", auth: "token", summary: "A mentor comments on a shared plan", params: [token], request: body("CommentRequest", commentSchema), success: created("PublicCommentAnswer"), errors: [400, 403, 404, 413, 429], errorNotes: { 403: "Comments are turned off for this link (or a cross-site request).", 429: "Too many comments on this link." } },
  { id: "suggestLevel", method: "post", path: "/share/{token}/suggestions", tag: "sharing", origin: "extension", auth: "token", summary: "A mentor suggests the level they believe the person has in one skill", params: [token], request: body("SuggestionRequest", suggestionSchema), success: created("PublicCommentAnswer"), errors: [400, 403, 404, 413, 429], errorNotes: { 403: "Comments are turned off for this link (or a cross-site request).", 429: "Too many comments on this link." } },
  // Custom roles
  { id: "listCustomRoles", method: "get", path: "/me/roles", tag: "customRoles", origin: "extension", auth: "session", localized: true, summary: "The user's roles from job postings, with their fit", success: ok("CustomRoleList"), errors: [400, 401] },
  { id: "createCustomRole", method: "post", path: "/me/roles", tag: "customRoles", origin: "extension", auth: "session", localized: true, summary: "Save a role from a job posting", request: body("CustomRoleInput", customRoleInputSchema), success: created("CustomRoleAnswer"), errors: [400, 401, 403, 409, 413], errorNotes: { 409: "The user already keeps the most roles allowed." } },
  { id: "getCustomRole", method: "get", path: "/me/roles/{id}", tag: "customRoles", origin: "extension", auth: "session", localized: true, summary: "One custom role", params: [roleId], success: ok("CustomRoleAnswer"), errors: [400, 401, 404] },
  { id: "replaceCustomRole", method: "put", path: "/me/roles/{id}", tag: "customRoles", origin: "extension", auth: "session", localized: true, summary: "Replace a custom role (the same body as creating one)", params: [roleId], request: body("CustomRoleInput", customRoleInputSchema), success: ok("CustomRoleAnswer"), errors: [400, 401, 403, 404, 413] },
  { id: "deleteCustomRole", method: "delete", path: "/me/roles/{id}", tag: "customRoles", origin: "extension", auth: "session", summary: "Delete a custom role; plans built towards it stay but can no longer be refreshed", params: [roleId], success: none("Deleted"), errors: [401, 403, 404] },
  // Discovery
  { id: "getOpenApiDocument", method: "get", path: "/openapi.json", tag: "discovery", origin: "v1.1", auth: "none", summary: "This document (OpenAPI 3.1)", success: { status: 200, description: "The OpenAPI document", body: { mediaType: "application/json" } }, errors: [], cache: "public, max-age=300" },
];
