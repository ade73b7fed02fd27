import { sql } from "drizzle-orm";
import { boolean, index, integer, json, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { CatalogSnapshot } from "../lib/catalog/snapshot";
import type { CustomRoleSkill } from "./schema";

/*
 * The same tables, columns, keys and indexes as db/schema.ts, for PostgreSQL (docs/decisions/0013).
 * db/schema.test.ts checks both list the same tables and columns. Types chosen so queries see the
 * same JavaScript values on both dialects:
 * - times are `timestamptz(3)` (JavaScript Dates have millisecond precision, like SQLite's epoch ms);
 * - JSON documents are `json`, not `jsonb`: kept as written, key order included, like SQLite's text;
 * - defaults use `clock_timestamp()`, the time of the statement, not `now()`, the transaction's start,
 *   so rows written one after another in a transaction keep their order as on SQLite.
 */

const now = sql`clock_timestamp()`;
const time = (name: string) => timestamp(name, { withTimezone: true, precision: 3, mode: "date" });
const createdAt = () => time("created_at").notNull().default(now);
const id = () =>
  text("id")
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID());

// ── Auth.js tables (names and columns as @auth/drizzle-adapter expects) ──────────────────────────

export const users = pgTable("user", {
  id: id(),
  name: text("name"),
  email: text("email").unique(),
  emailVerified: time("emailVerified"),
  image: text("image"),
  createdAt: createdAt(),
});

export const accounts = pgTable(
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

export const sessions = pgTable("session", {
  sessionToken: text("sessionToken").primaryKey(),
  userId: text("userId")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: time("expires").notNull(),
});

export const verificationTokens = pgTable(
  "verificationToken",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: time("expires").notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

// ── Waypoint ─────────────────────────────────────────────────────────────────────────────────────

export const passwordCredentials = pgTable("password_credential", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  hash: text("hash").notNull(),
  updatedAt: time("updated_at").notNull().default(now),
});

export const profiles = pgTable("profile", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  currentRole: text("current_role"),
  targetRole: text("target_role"),
  hoursPerWeek: integer("hours_per_week").notNull().default(5),
  locale: text("locale"),
  onboardedAt: time("onboarded_at"),
  updatedAt: time("updated_at").notNull().default(now),
});

export const assessmentEntries = pgTable(
  "assessment_entry",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    level: integer("level").notNull(),
    note: text("note"),
    updatedAt: time("updated_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.userId, t.skill] })],
);

export const assessmentSnapshots = pgTable(
  "assessment_snapshot",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    day: text("day").notNull(),
    assessment: json("assessment").$type<Record<string, number>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.day] })],
);

export const customRoles = pgTable(
  "custom_role",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    postingText: text("posting_text"),
    skills: json("skills").$type<CustomRoleSkill[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: time("updated_at").notNull().default(now),
  },
  (t) => [index("custom_role_user_idx").on(t.userId)],
);

export const plans = pgTable(
  "plan",
  {
    id: id(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    target: text("target").notNull(),
    targetName: text("target_name").notNull(),
    hoursPerWeek: integer("hours_per_week").notNull(),
    startDate: text("start_date").notNull(),
    catalogVersion: text("catalog_version").notNull(),
    roadmap: json("roadmap").$type<unknown>().notNull(),
    assessmentStamp: text("assessment_stamp").notNull(),
    createdAt: createdAt(),
    updatedAt: time("updated_at").notNull().default(now),
    itemOrder: json("item_order").$type<string[]>(),
    changeLog: json("change_log").$type<unknown[]>(),
  },
  (t) => [index("plan_user_idx").on(t.userId, t.createdAt)],
);

export const planItemStatuses = pgTable(
  "plan_item_status",
  {
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    skill: text("skill").notNull(),
    status: text("status", { enum: ["todo", "doing", "done", "skipped"] }).notNull(),
    updatedAt: time("updated_at").notNull().default(now),
  },
  (t) => [primaryKey({ columns: [t.planId, t.skill] })],
);

export const shareLinks = pgTable(
  "share_link",
  {
    id: id(),
    planId: text("plan_id")
      .notNull()
      .references(() => plans.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    label: text("label"),
    allowComments: boolean("allow_comments").notNull().default(true),
    createdAt: createdAt(),
    expiresAt: time("expires_at"),
    revokedAt: time("revoked_at"),
    lastViewedAt: time("last_viewed_at"),
    views: integer("views").notNull().default(0),
  },
  (t) => [uniqueIndex("share_link_token_idx").on(t.tokenHash), index("share_link_plan_idx").on(t.planId)],
);

export const comments = pgTable(
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
    suggestedLevel: integer("suggested_level"),
    suggestionStatus: text("suggestion_status", { enum: ["pending", "accepted", "dismissed"] }),
    createdAt: createdAt(),
    seenAt: time("seen_at"),
  },
  (t) => [index("comment_plan_idx").on(t.planId, t.createdAt)],
);

export const commentReplies = pgTable(
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

export const catalogVersions = pgTable("catalog_version", {
  version: text("version").primaryKey(),
  snapshot: json("snapshot").$type<CatalogSnapshot>().notNull(),
  createdAt: createdAt(),
});

export const userSessions = pgTable(
  "user_session",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: time("expires_at").notNull(),
  },
  (t) => [index("user_session_user_idx").on(t.userId)],
);

export const passwordResetTokens = pgTable(
  "password_reset_token",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    expiresAt: time("expires_at").notNull(),
  },
  (t) => [index("password_reset_token_user_idx").on(t.userId)],
);
