import { z } from "zod";
import { isRoleSlug } from "@/lib/catalog";
import { QUICK_CHECK_SKILLS, type QuickCheckSkill } from "./quick-check";

/** What Next hands a page as `searchParams`. */
export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * What was wrong, as a message key (namespace "queryErrors") and its values: the page words it in
 * the reader's language. `skill` is a quick-check skill slug, `input` the unknown role as typed.
 */
export interface QueryIssue {
  key: "one" | "hoursRange" | "sameRole" | "levelRange" | "unknownRole";
  what?: "from" | "to" | "hours" | "level" | "target";
  skill?: string;
  input?: string;
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; errors: QueryIssue[] };

/** A repeated parameter (`?from=a&from=b`) is refused rather than silently picking one. */
const one = (what: NonNullable<QueryIssue["what"]>) =>
  z.union([z.string(), z.array(z.string())]).refine((v) => typeof v === "string", `one:${what}`);

const roleSlug = z.string().max(64, "unknownRole").refine(isRoleSlug, "unknownRole");

/** An empty field from a GET form means "not chosen yet". */
const optionalRole = (what: "from" | "to" | "target") =>
  z
    .optional(one(what))
    .transform((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined))
    .pipe(z.optional(roleSlug));

const DEFAULT_HOURS = 10;
const HOURS_RANGE = "hoursRange";

const hoursParam = z
  .optional(one("hours"))
  .transform((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : String(DEFAULT_HOURS)))
  .pipe(
    z
      .string()
      .regex(/^\d{1,3}$/, HOURS_RANGE)
      .transform(Number)
      // The API's bounds, in words for a form rather than for a JSON field.
      .pipe(z.int().min(1, HOURS_RANGE).max(80, HOURS_RANGE)),
  );

const compareSchema = z
  .object({ from: optionalRole("from"), to: optionalRole("to"), hours: hoursParam })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from === query.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "sameRole" });
    }
  });

export interface CompareQuery {
  from?: string;
  to?: string;
  hours: number;
}

function toIssue(message: string, input: unknown): QueryIssue {
  const [key, what] = message.split(":") as [QueryIssue["key"], QueryIssue["what"]];
  if (key === "unknownRole") return { key, input: String(input).trim().slice(0, 64) };
  return what ? { key, what } : { key };
}

function issues(error: z.ZodError, params: SearchParams): QueryIssue[] {
  const seen = new Map<string, QueryIssue>();
  for (const issue of error.issues) {
    const found = toIssue(issue.message, params[String(issue.path[0] ?? "")]);
    seen.set(JSON.stringify(found), found);
  }
  return [...seen.values()];
}

export function parseCompareQuery(params: SearchParams): QueryResult<CompareQuery> {
  const result = compareSchema.safeParse({ from: params.from, to: params.to, hours: params.hours });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: issues(result.error, params) };
}

const levelParam = z.optional(one("level")).pipe(
  z.optional(z.enum(["0", "1", "2", "3", "4"], "levelRange").transform(Number)),
);

const checkSchema = z.object({
  ...(Object.fromEntries(QUICK_CHECK_SKILLS.map((slug) => [slug, levelParam])) as Record<QuickCheckSkill, typeof levelParam>),
  target: optionalRole("target"),
  hours: hoursParam,
});

export interface CheckQuery {
  /** True once the form has been sent with at least one rating. */
  submitted: boolean;
  ratings: Partial<Record<QuickCheckSkill, number>>;
  /** The role the visitor wants, if they picked one; otherwise the answer is about the best fit. */
  target?: string;
  /** The pace the time is given at (hours per week), 10 unless the visitor says otherwise. */
  hours: number;
}

const CHECK_FIELDS = new Set(["target", "hours"]);

/**
 * Reads the quick-check ratings, the wanted role and the pace. Parameters that are not quick-check
 * fields (a tracking tag, a stale bookmark) are ignored; a bad value for a skill is an error naming
 * that skill.
 */
export function parseCheckQuery(params: SearchParams): QueryResult<CheckQuery> {
  const picked = Object.fromEntries([...QUICK_CHECK_SKILLS, ...CHECK_FIELDS].map((key) => [key, params[key]]));
  const result = checkSchema.safeParse(picked);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? "");
        if (CHECK_FIELDS.has(field)) return toIssue(issue.message, params[field]);
        return { ...toIssue(issue.message, undefined), skill: field };
      }),
    };
  }
  const { target, hours, ...levels } = result.data;
  const ratings = Object.fromEntries(
    Object.entries(levels).filter((entry): entry is [QuickCheckSkill, number] => entry[1] !== undefined),
  ) as Partial<Record<QuickCheckSkill, number>>;
  return { ok: true, value: { submitted: Object.keys(ratings).length > 0, ratings, ...(target && { target }), hours } };
}
