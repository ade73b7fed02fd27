import { z } from "zod";
import { ERROR_CODES } from "@/lib/http/errors";
import { PHASE_KEYS } from "@/lib/engine/types";
import { ITEM_STATUSES } from "@/lib/plans/types";

/**
 * The shapes the API answers with, as zod schemas, so the OpenAPI document describes them from
 * the same kind of source as the requests. Handlers build these answers with plain functions
 * (lib/api/catalog.ts, lib/services/*): e2e/openapi.spec.ts checks live answers against the
 * document, which is what keeps these shapes and the handlers from drifting apart.
 *
 * Objects list every field the server sends today; the contract lets servers add fields, so the
 * published document does not forbid extra ones (see document.ts).
 */

const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const slug = z.string().describe("A catalog slug (lowercase kebab-case) or, for a custom role, `custom:<id>`.");
const level = z.int().min(0).max(4);
const weight = z.int().min(1).max(3);

export const errorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().describe("English, for people; branch on `code`."),
    issues: z
      .array(z.object({ path: z.array(z.union([z.string(), z.int()])), message: z.string() }))
      .optional()
      .describe("Which field failed and why, for a 400 from validation."),
  }),
});

export const resource = z.object({ title: z.string(), url: z.string() });

const roleSkill = z.object({
  slug: z.string(),
  name: z.string(),
  category: z.string(),
  level: z.int().min(1).max(4),
  weight,
  rationale: z.string().describe("Why the role needs the skill at this level."),
});

export const milestones = z.object({ foundations: z.string(), core: z.string(), specialisation: z.string() });

export const role = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  differsFrom: z.string(),
  source: z.string().describe("Where the article the catalog grew from supports this role."),
  skills: z.array(roleSkill),
  milestones,
});

export const skill = z.object({
  slug: z.string(),
  name: z.string(),
  category: z.string(),
  description: z.string(),
  levels: z.array(z.string()).length(5).describe("One descriptor per level, index = level 0..4."),
  prerequisites: z.array(z.string()),
  aliases: z.array(z.string()),
  hoursToLevel: z.array(z.number()).length(4).describe("Hours to climb into level 1, 2, 3 and 4."),
  hoursSource: z.string().describe("Where the hour estimates come from, with an evidence tag ([official], [guide], [anecdote], [judgement])."),
  postingOnly: z.boolean().describe("No catalog role requires it: postings and custom roles use it; role pages leave it out."),
  resources: z.array(resource),
});

const gapRow = z.object({
  skill: z.string(),
  name: z.string(),
  have: level,
  need: level,
  weight,
  priority: z.int().describe("weight × (need − have)"),
});

const unrated = z.array(z.string()).describe("Skills of the target the assessment does not rate (version 1.1); they count as 0 in `fit`.");

export const gapReport = z.object({
  target: slug,
  targetName: z.string(),
  fit: z.number().min(0).max(100),
  gaps: z.array(gapRow).describe("By priority, highest first; ties in catalog order."),
  met: z.array(z.string()),
  unrated,
});

export const fitRanking = z.object({
  roles: z.array(z.object({ slug: z.string(), name: z.string(), fit: z.number().min(0).max(100) })).describe("Highest fit first."),
});

const roadmapItem = z.object({
  skill: z.string(),
  name: z.string(),
  from: level,
  to: level,
  hours: z.number(),
  weight: z.int().min(0).max(3).describe("0 for a prerequisite the role does not list itself."),
  reason: z.enum(["gap", "prerequisite"]),
  unlocks: z.array(z.string()).describe("Items that depend on this one."),
  resources: z.array(resource),
});

const phaseFields = {
  key: z.enum(PHASE_KEYS),
  title: z.string(),
  outcome: z.string().describe("What finishing the phase gets you (English; pages word it in the reader's language)."),
  weeks: z.int(),
  startWeek: z.int(),
  endWeek: z.int(),
  hours: z.number(),
  targetDate: isoDate.optional(),
  milestone: z.string(),
};

export const roadmap = z.object({
  target: slug,
  fit: z.number().min(0).max(100),
  hoursPerWeek: z.int().min(1).max(80),
  totalHours: z.number(),
  weeks: z.int().describe("ceil(totalHours / hoursPerWeek)"),
  startDate: isoDate.optional(),
  targetDate: isoDate.optional(),
  phases: z.array(z.object({ ...phaseFields, items: z.array(roadmapItem) })),
});

export const progress = z.object({
  done: z.int().describe("Items done, met items included."),
  total: z.int().describe("Items in the plan, skipped ones left out."),
  doneHours: z.number(),
  totalHours: z.number(),
  percent: z.number().min(0).max(100).describe("Share of planned hours done (doneHours / totalHours)."),
  skipped: z.int(),
});

const planChange = z.object({
  at: isoDateTime,
  kind: z.enum(["met", "added", "dropped", "level", "skill-renamed", "skill-removed", "requirement-changed", "requirement-added", "requirement-removed"]),
  skill: z.string(),
  name: z.string().describe("The skill's name when the change happened."),
  message: z.string().describe("English; pages word the change from the fields."),
  from: level.optional(),
  to: level.optional(),
  level: level.optional(),
  hours: z.number().optional(),
  before: z.object({ level, weight }).optional(),
  after: z.object({ level, weight }).optional(),
});

const planItem = roadmapItem.extend({
  why: z.string(),
  status: z.enum(ITEM_STATUSES),
  currentLevel: level,
  startWeek: z.int().nullable().describe("Week of the plan (1 = this week) the item starts at the plan's pace; null once done or skipped."),
  endWeek: z.int().nullable(),
  hoursThisWeek: z.number().describe("Hours of this week's budget the item takes."),
});

export const plan = z.object({
  id: z.string(),
  title: z.string(),
  target: slug,
  targetName: z.string(),
  targetExists: z.boolean().describe("false once a custom target role was deleted: the plan can no longer be refreshed."),
  hoursPerWeek: z.int().min(1).max(80),
  startDate: isoDate,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  catalogVersion: z.string(),
  fit: z.number().min(0).max(100),
  startFit: z.number().min(0).max(100).describe("Fit when the plan was made; pages show it only once it differs."),
  currentFit: z.number().min(0).max(100).nullable(),
  totalHours: z.number(),
  remainingHours: z.number().describe("Hours of items neither done nor skipped (version 1.1)."),
  weeks: z.int(),
  targetDate: isoDate.nullable(),
  unrated,
  progress,
  phases: z.array(z.object({ ...phaseFields, progress, items: z.array(planItem) })),
  thisWeek: z.array(planItem).describe("The next items that fit this week at the plan's pace."),
  met: z.array(z.object({ skill: z.string(), name: z.string(), level, hours: z.number(), at: z.string() })),
  changes: z.array(planChange).describe("What moved when the plan followed the assessment or the catalog, newest first."),
});

export const planSummary = z.object({
  id: z.string(),
  title: z.string(),
  target: slug,
  targetName: z.string(),
  createdAt: isoDateTime,
  progress,
  hoursPerWeek: z.int().min(1).max(80),
  remainingHours: z.number(),
  weeks: z.int(),
  targetDate: isoDate.nullable(),
  unreadComments: z.int().min(0).describe("Mentor comments the owner has not opened (version 1.1)."),
});

export const user = z.object({ id: z.string(), email: z.string().nullable(), name: z.string().nullable() });

export const profile = z.object({
  currentRole: z.string().nullable(),
  targetRole: z.string().nullable(),
  hoursPerWeek: z.int().min(1).max(80),
  locale: z.string().nullable(),
  onboarded: z.boolean(),
});

export const savedAssessment = z.object({
  assessment: z.record(z.string(), level),
  notes: z.record(z.string(), z.string()),
  updatedAt: isoDateTime.nullable(),
});

export const assessmentHistory = z.object({
  history: z.array(z.object({ date: isoDate, assessment: z.record(z.string(), level) })),
});

/** Portability: every table the user owns, one array each. Columns follow the schema and may grow. */
export const accountExport = z.object({
  format: z.literal("waypoint-export/1"),
  exportedAt: isoDateTime,
  user: z.looseObject({ id: z.string() }),
  profile: z.looseObject({}).nullable(),
  assessment: z.array(z.looseObject({})),
  history: z.array(z.looseObject({})),
  customRoles: z.array(z.looseObject({})),
  plans: z.array(z.looseObject({})),
  planItemStatuses: z.array(z.looseObject({})),
  shareLinks: z.array(z.looseObject({})),
  comments: z.array(z.looseObject({})),
  commentReplies: z.array(z.looseObject({})).describe("The owner's replies to mentor comments (version 1.1)."),
});

export const shareLink = z.object({
  id: z.string(),
  label: z.string().nullable(),
  allowComments: z.boolean(),
  createdAt: isoDateTime,
  expiresAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
  lastViewedAt: isoDateTime.nullable(),
  views: z.int().min(0),
});

export const createdShareLink = z.object({
  id: z.string(),
  url: z.string().describe("The only time the token is shown; it is not stored."),
  expiresAt: isoDateTime.nullable(),
  link: shareLink,
});

const reply = z.object({ id: z.string(), body: z.string(), createdAt: isoDateTime });

export const publicComment = z.object({
  id: z.string(),
  author: z.string(),
  body: z.string(),
  skill: z.string().nullable(),
  suggestedLevel: level.nullable().describe("A mentor's level suggestion for `skill`, else null."),
  createdAt: isoDateTime,
  replies: z.array(reply).optional().describe("The owner's replies (version 1.1)."),
});

export const ownerComment = publicComment.extend({
  suggestionStatus: z.enum(["pending", "accepted", "dismissed"]).nullable(),
  seen: z.boolean(),
});

export const sharedPlan = z.object({
  plan,
  gap: z.array(z.object({ skill: z.string(), name: z.string(), have: level, need: level, weight })),
  owner: z.object({ name: z.string() }),
  allowComments: z.boolean(),
  comments: z.array(publicComment),
});

export const customRole = z.object({
  id: z.string(),
  slug: z.string().describe("`custom:<id>`; a `target` for /me/plans and /me/profile."),
  name: z.string(),
  skills: z.array(z.object({ skill: z.string(), name: z.string(), level: z.int().min(1).max(4), weight, evidence: z.string().nullable() })),
  postingText: z.string().nullable(),
  fit: z.number().min(0).max(100).optional(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});

export const analyzedPosting = z.object({
  skills: z.array(
    z.object({
      skill: z.string(),
      name: z.string(),
      level: z.int().min(1).max(4),
      weight,
      evidence: z.string().describe("The matched phrase."),
      start: z.int().min(0),
      end: z.int().min(0),
      occurrences: z.array(z.object({ start: z.int().min(0), end: z.int().min(0) })),
    }),
  ),
  titleRoles: z.array(z.string()).describe("Catalog roles the posting's own title names (e.g. 데이터 사이언티스트 → data-scientist)."),
});
