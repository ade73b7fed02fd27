import { z } from "zod";
import { parseCheckQuery, type CheckQuery, type SearchParams } from "./query";
import { QUICK_CHECK_SKILLS, type QuickCheckSkill } from "./quick-check";

/**
 * The quick check's answers, carried through sign-up in one hidden form field so the new account
 * starts with them. The field is the quick check's own query string, read back through the same
 * zod rules as the quick-check page, with a size cap and no unknown or repeated keys.
 *
 * Not signed: everything in it is the visitor's self-assessment, which they may set to any
 * value on the quick check or in their account a minute later, so a signature would prove
 * nothing worth proving. What matters is that nothing but valid ratings, a catalog role and a
 * pace can get through.
 */
export interface QuickCheckCarry {
  ratings: Partial<Record<QuickCheckSkill, number>>;
  target?: string;
  hoursPerWeek: number;
}

/** 12 skills × "data-ingestion-etl=4&" plus a target and hours fit in well under this. */
export const CARRY_MAX_CHARS = 400;

const ALLOWED = new Set<string>([...QUICK_CHECK_SKILLS, "target", "hours"]);

/** The hidden field's value for a submitted quick check; undefined when there is nothing to carry. */
export function carryField(query: CheckQuery): string | undefined {
  if (!query.submitted) return undefined;
  const params = new URLSearchParams();
  for (const slug of QUICK_CHECK_SKILLS) {
    const level = query.ratings[slug];
    if (level !== undefined) params.set(slug, String(level));
  }
  if (query.target) params.set("target", query.target);
  params.set("hours", String(query.hours));
  return params.toString();
}

/** The quick-check query string behind a sign-up link, from the quick-check page's own query. */
export function signupSearch(query: CheckQuery): string {
  const field = carryField(query);
  return field ? `?${field}` : "";
}

export type CarryResult = { ok: true; value: QuickCheckCarry | undefined } | { ok: false };

const fieldSchema = z.string().max(CARRY_MAX_CHARS);

/**
 * Reads the hidden field back. Absent or empty: nothing to carry (ok, undefined). Anything else
 * that is not exactly a valid quick check is refused as a whole; nothing of it is written.
 */
export function parseCarryField(raw: unknown): CarryResult {
  if (raw === null || raw === undefined || raw === "") return { ok: true, value: undefined };
  const text = fieldSchema.safeParse(raw);
  if (!text.success) return { ok: false };
  const params: SearchParams = {};
  for (const [key, value] of new URLSearchParams(text.data)) {
    if (!ALLOWED.has(key) || key in params) return { ok: false };
    params[key] = value;
  }
  const query = parseCheckQuery(params);
  if (!query.ok || !query.value.submitted) return { ok: false };
  const { ratings, target, hours } = query.value;
  return { ok: true, value: { ratings, ...(target && { target }), hoursPerWeek: hours } };
}
