import "server-only";
import { skills } from "@/lib/catalog";
import { parseWith } from "@/lib/http/body";
import { tooManyRequests } from "@/lib/http/errors";
import { analyzeRequestSchema } from "@/lib/custom-roles/schema";
import { analyzePosting } from "@/lib/postings/analyze";
import { clientKey, limits } from "@/lib/rate-limit";
import { skillName } from "./targets";

/**
 * Stateless: nothing of the posting is kept. Every call counts against the client's budget,
 * malformed ones too, so a flood of bad bodies is as limited as a flood of good ones.
 */
export function analyzeForClient(body: unknown, headers: Headers) {
  const verdict = limits.analyzePerClient.hit(clientKey(headers));
  if (!verdict.ok) throw tooManyRequests(verdict.retryAfter);
  const { text } = parseWith(analyzeRequestSchema, body);
  return analyzePosting(text, skills).map((found) => ({
    skill: found.skill,
    name: skillName(found.skill),
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
