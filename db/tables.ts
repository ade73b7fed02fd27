import { DIALECT } from "./dialect";
import * as pg from "./schema.pg";
import * as sqlite from "./schema";

/**
 * The tables of the database this process opens, typed as SQLite's (docs/decisions/0013): queries
 * in db/queries import them from here, never from a schema file, so the same query builds SQL and
 * maps values (Dates, JSON, booleans) with the right dialect's columns.
 */
const t = (DIALECT === "postgres" ? pg : sqlite) as unknown as typeof sqlite;

export const {
  users,
  accounts,
  sessions,
  verificationTokens,
  passwordCredentials,
  profiles,
  assessmentEntries,
  assessmentSnapshots,
  customRoles,
  plans,
  planItemStatuses,
  shareLinks,
  comments,
  commentReplies,
  catalogVersions,
  userSessions,
  passwordResetTokens,
} = t;
export type { CustomRoleSkill } from "./schema";
