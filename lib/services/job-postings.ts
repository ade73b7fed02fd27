import "server-only";
import { skills } from "@/lib/catalog";
import { skillName } from "@/lib/catalog/localize";
import { rolesNamedIn } from "@/lib/catalog/role-titles";
import { parseJsonBody } from "@/lib/http/body";
import { tooManyRequests } from "@/lib/http/errors";
import { analyzeRequestSchema } from "@/lib/schemas/custom-roles";
import { apiLocale } from "@/lib/i18n/api";
import type { Locale } from "@/lib/i18n/locales";
import { analyzePosting } from "@/lib/postings/analyze";
import { clientKey, limits } from "@/lib/rate-limit";

/**
 * Stateless: nothing of the posting is kept. Every call counts against the client's budget
 * before the body (or a bad `lang`) is read, so a flood of bad or oversized bodies is as
 * limited as good ones. Skill names follow `?lang=`/Accept-Language; slugs never change.
 */
export async function analyzeRequest(request: Request): Promise<{ locale: Locale; skills: AnalyzedSkill[]; titleRoles: string[] }> {
  const verdict = await limits.analyzePerClient.consume(clientKey(request.headers));
  if (!verdict.ok) throw tooManyRequests(verdict.retryAfter);
  const locale = apiLocale(request);
  const { text } = await parseJsonBody(request, analyzeRequestSchema);
  return { locale, skills: analyzeText(text, locale), titleRoles: titleRoles(text) };
}

/**
 * Catalog roles the posting's title names (its first non-empty line), Korean transliterations
 * included: a hint of which role to compare with, never a verdict (titles mean little).
 */
function titleRoles(text: string): string[] {
  const title = text.split("\n").find((line) => line.trim() !== "") ?? "";
  return rolesNamedIn(title.slice(0, 200));
}

export type AnalyzedSkill = ReturnType<typeof analyzeText>[number];

function analyzeText(text: string, locale: Locale) {
  return analyzePosting(text, skills).map((found) => ({
    skill: found.skill,
    name: skillName(found.skill, locale),
    level: found.level,
    weight: found.weight,
    evidence: found.evidence,
    start: found.start,
    end: found.end,
    occurrences: found.occurrences.map(({ start, end }) => ({ start, end })),
  }));
}

/** Where each skill is mentioned in a stored posting, to highlight it again when editing. */
export function postingHighlights(text: string): Record<string, { start: number; end: number }[]> {
  return Object.fromEntries(analyzePosting(text, skills).map((found) => [found.skill, found.occurrences.map(({ start, end }) => ({ start, end }))]));
}
