import { z } from "zod";
import { roleSlugSchema } from "@/lib/api/schemas";
import { getSkill } from "@/lib/catalog";
import { QUICK_CHECK_SKILLS, type QuickCheckSkill } from "./quick-check";

/** What Next hands a page as `searchParams`. */
export type SearchParams = Record<string, string | string[] | undefined>;

export type QueryResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

/** A repeated parameter (`?from=a&from=b`) is refused rather than silently picking one. */
const one = (what: string) =>
  z.union([z.string(), z.array(z.string())]).refine((v) => typeof v === "string", `Give only one ${what}.`);

/** An empty field from a GET form means "not chosen yet". */
const optionalRole = (what: string) =>
  z
    .optional(one(what))
    .transform((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined))
    .pipe(z.optional(roleSlugSchema));

const DEFAULT_HOURS = 10;
const HOURS_RANGE = "Hours per week must be a whole number from 1 to 80.";

const hoursParam = z
  .optional(one("number of hours per week"))
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
  .object({ from: optionalRole("role to compare from"), to: optionalRole("role to compare to"), hours: hoursParam })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from === query.to) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "Choose two different roles to compare." });
    }
  });

export interface CompareQuery {
  from?: string;
  to?: string;
  hours: number;
}

function messages(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.message))];
}

export function parseCompareQuery(params: SearchParams): QueryResult<CompareQuery> {
  const result = compareSchema.safeParse({ from: params.from, to: params.to, hours: params.hours });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: messages(result.error) };
}

const levelParam = z.optional(one("level per skill")).pipe(
  z.optional(z.enum(["0", "1", "2", "3", "4"], "Levels are whole numbers from 0 to 4.").transform(Number)),
);

const checkSchema = z.object(
  Object.fromEntries(QUICK_CHECK_SKILLS.map((slug) => [slug, levelParam])) as Record<QuickCheckSkill, typeof levelParam>,
);

export interface CheckQuery {
  /** True once the form has been sent with at least one rating. */
  submitted: boolean;
  ratings: Partial<Record<QuickCheckSkill, number>>;
}

/**
 * Reads the quick-check ratings. Parameters that are not quick-check skills (a tracking tag, a
 * stale bookmark) are ignored; a bad value for a skill is an error naming that skill.
 */
export function parseCheckQuery(params: SearchParams): QueryResult<CheckQuery> {
  const picked = Object.fromEntries(QUICK_CHECK_SKILLS.map((slug) => [slug, params[slug]]));
  const result = checkSchema.safeParse(picked);
  if (!result.success) {
    return {
      ok: false,
      errors: result.error.issues.map((issue) => {
        const slug = String(issue.path[0] ?? "");
        return `${getSkill(slug)?.name ?? "Rating"}: ${issue.message}`;
      }),
    };
  }
  const ratings = Object.fromEntries(
    Object.entries(result.data).filter((entry): entry is [QuickCheckSkill, number] => entry[1] !== undefined),
  ) as Partial<Record<QuickCheckSkill, number>>;
  return { ok: true, value: { submitted: Object.keys(ratings).length > 0, ratings } };
}
