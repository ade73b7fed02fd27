import { sql } from "drizzle-orm";
import type { CatalogSnapshot } from "../lib/catalog/snapshot";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const now = sql`(cast(unixepoch('subsec') * 1000 as integer))`;
const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(now);
const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

// ── Auth.js tables (names and columns as @auth/drizzle-adapter expects) ──────────────────────────

export const users = sqliteTable("user", {
  id: id(),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: integer("emailVerified", { mode: "timestamp_ms" }),
  image: text("image"),
  createdAt: createdAt(),
});

export const accounts = sqliteTable(
  "account",
  {
    userId: text("userId")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("providerAccountId").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("account_user_idx").on(t.userId)],
);

export const sessions = sqliteTable("session", {
  sessionToken: text("sessionToken").primaryKey(),
  userId: text("userId")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
});

export const verificationTokens = sqliteTable(
  "verificationToken",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: integer("expires", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// ── Waypoint ─────────────────────────────────────────────────────────────────────────────────────

/** Kept apart from `user` so no adapter or query that loads a user can ever carry the hash. */
export const passwordCredentials = sqliteTable("password_credential", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  hash: text("hash").notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
});

export const profiles = sqliteTable("profile", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** A catalog role slug or "other". */
  currentRole: text("current_role"),
  /** A catalog role slug or "custom:<id>". */
  targetRole: text("target_role"),
  hoursPerWeek: integer("hours_per_week").notNull().default(5),
  locale: text("locale"),
  onboardedAt: integer("onboarded_at", { mode: "timestamp_ms" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
});

export const assessmentEntries = sqliteTable(
  "assessment_entry",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    level: integer("level").notNull(),
    note: text("note"),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.skill] })],
);

/** One row per user and day with changes: the whole assessment as it stood at the end of that day. */
export const assessmentSnapshots = sqliteTable(
  "assessment_snapshot",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    assessment: text("assessment", { mode: "json" }).$type<Record<string, number>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

export interface CustomRoleSkill {
  skill: string;
  level: number;
  weight: number;
  evidence?: string;
}

export const customRoles = sqliteTable(
  "custom_role",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    postingText: text("posting_text"),
    skills: text("skills", { mode: "json" }).$type<CustomRoleSkill[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [index("custom_role_user_idx").on(t.userId)],
);

export const plans = sqliteTable(
  "plan",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    /** Catalog slug or "custom:<id>"; the plan keeps its own copy of what it was built from. */
    target: text("target").notNull(),
    targetName: text("target_name").notNull(),
    hoursPerWeek: integer("hours_per_week").notNull(),
    startDate: text("start_date").notNull(),
    catalogVersion: text("catalog_version").notNull(),
    /** The computed roadmap (phases, items, hours) at the last build or refresh. */
    roadmap: text("roadmap", { mode: "json" }).$type<unknown>().notNull(),
    /**
     * Fingerprint of what the roadmap was computed from (engine model, target requirements,
     * assessment levels: lib/plans/follow.ts planStamp); when it differs, the plan follows on read.
     */
    assessmentStamp: text("assessment_stamp").notNull(),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
    /** The person's own order of the plan's items (skill slugs); null keeps the engine's order. */
    itemOrder: text("item_order", { mode: "json" }).$type<string[]>(),
    /** What moved each time the plan followed the assessment or the catalog (newest last, capped), so its history stays explainable. */
    changeLog: text("change_log", { mode: "json" }).$type<unknown[]>(),
  },
  (t) => [index("plan_user_idx").on(t.userId, t.createdAt)],
);

export const planItemStatuses = sqliteTable(
  "plan_item_status",
  {
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    /** "skipped" (added in 1.1) takes an item out of the plan's hours without forgetting it; the column stays text. */
    status: text("status", { enum: ["todo", "doing", "done", "skipped"] }).notNull(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.planId, t.skill] })],
);

export const shareLinks = sqliteTable(
  "share_link",
  {
    id: id(),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    /** SHA-256 of the token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull(),
    label: text("label"),
    allowComments: integer("allow_comments", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    lastViewedAt: integer("last_viewed_at", { mode: "timestamp_ms" }),
    views: integer("views").notNull().default(0),
  },
  (t) => [uniqueIndex("share_link_token_idx").on(t.tokenHash), index("share_link_plan_idx").on(t.planId)],
);

export const comments = sqliteTable(
  "comment",
  {
    id: id(),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    shareLinkId: text("share_link_id").references(() => shareLinks.id, { onDelete: "set null" }),
    author: text("author").notNull(),
    body: text("body").notNull(),
    skill: text("skill"),
    /** Mentor calibration: the level the mentor believes the person really has. */
    suggestedLevel: integer("suggested_level"),
    suggestionStatus: text("suggestion_status", { enum: ["pending", "accepted", "dismissed"] }),
    createdAt: createdAt(),
    seenAt: integer("seen_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("comment_plan_idx").on(t.planId, t.createdAt)],
);

/**
 * The owner's answer under a mentor's comment, shown to the mentor on the share page. A table of
 * its own (not a parent column on `comment`) because a reply is written by the signed-in owner,
 * not by a named visitor through a link, and must never be mistaken for mentor feedback or a
 * suggestion. Gone with its comment or its plan.
 */
export const commentReplies = sqliteTable(
  "comment_reply",
  {
    id: id(),
    commentId: text("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    createdAt: createdAt(),
  },
  // By plan too: the share page and the plan page read every reply of a plan (listPlanReplies),
  // and deleting a plan removes its replies.
  (t) => [index("comment_reply_comment_idx").on(t.commentId, t.createdAt), index("comment_reply_plan_idx").on(t.planId, t.createdAt)],
);

/** Every catalog version the app has served, so a plan can say what changed since it was built. */
export const catalogVersions = sqliteTable("catalog_version", {
  version: text("version").primaryKey(),
  snapshot: text("snapshot", { mode: "json" }).$type<CatalogSnapshot>().notNull(),
  createdAt: createdAt(),
});

// ── Sessions that end and password resets (docs/decisions/0008) ─────────────────────────────────

/**
 * One row per signed-in browser. The JWT cookie carries this row's id; a cookie whose row is gone
 * (signed out, password changed or reset, "sign out everywhere") or past `expiresAt` (the absolute
 * lifetime) signs nobody in. Auth.js's own `session` table is left to its adapter.
 */
export const userSessions = sqliteTable(
  "user_session",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** Absolute end: no refresh of the cookie moves it. */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("user_session_user_idx").on(t.userId)],
);

/** A password-reset link: only the SHA-256 of its token is kept; used or expired rows are deleted. */
export const passwordResetTokens = sqliteTable(
  "password_reset_token",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("password_reset_token_user_idx").on(t.userId)],
);
