/**
 * The job-posting analyzer: from the text of a real posting (English or Korean) to the skills
 * it asks for, each with the level it requires and how much it matters. The article behind
 * Waypoint ends on this point: a job title says little, the posting says what the job needs.
 *
 * Pure and total: any string gives an answer (possibly []), never an exception, and the same
 * input always gives the same output.
 */
import {
  governingCue,
  insideAny,
  overlapsAny,
  sentenceContext,
  splitSentences,
  type SentenceContext,
  type Span,
} from "./cues";
import { compileMatcher, findMatches, type Matcher, type RawMatch } from "./matchers";
import { splitLines, type PostingLine, type SectionKind } from "./sections";
import { STOP_PHRASES } from "./stop-phrases";

export type PostingLevel = 1 | 2 | 3 | 4;
export type PostingWeight = 1 | 2 | 3;

export interface PostingSkill {
  skill: string;
  /** Required level: 1 awareness, 2 working, 3 practitioner, 4 expert. */
  level: PostingLevel;
  /** 1 nice to have, 2 important, 3 core. */
  weight: PostingWeight;
  /** The phrase, exactly as written in the posting, of the mention that set the level. */
  evidence: string;
  /** Offsets of evidence in the text (end exclusive): text.slice(start, end) === evidence. */
  start: number;
  end: number;
  /** Every counted mention of the skill, in order, for highlighting. */
  occurrences: readonly Span[];
}

export interface SkillAliases {
  slug: string;
  aliases: readonly string[];
}

/**
 * Weight and the level assumed when no cue word says otherwise. Requirements and
 * responsibilities default to 3 (practitioner): the job needs it done independently. A
 * nice-to-have defaults to 2 (working knowledge). Text outside the known sections (the
 * opening blurb, an unrecognised heading such as "Tech stack") describes the context rather
 * than demands, so it counts as important but at working level.
 */
const SECTION_RULES: Readonly<Record<Exclude<SectionKind, "ignored">, { weight: PostingWeight; level: PostingLevel }>> = {
  requirements: { weight: 3, level: 3 },
  responsibilities: { weight: 2, level: 3 },
  preferred: { weight: 1, level: 2 },
  intro: { weight: 2, level: 2 },
  other: { weight: 2, level: 2 },
};

const WISHED = { weight: 1, level: 2 } as const;

/**
 * Compiled once per skills array and reused while that array lives, so a caller should pass
 * the same (unchanging) array each time, as the catalog does.
 */
const matchers = new WeakMap<object, Matcher>();

function matcherFor(skills: readonly SkillAliases[]): Matcher {
  const cached = matchers.get(skills);
  if (cached) return cached;
  const matcher = compileMatcher(
    skills.map((skill) => (skill && Array.isArray(skill.aliases) ? skill.aliases : [])),
    STOP_PHRASES,
  );
  matchers.set(skills, matcher);
  return matcher;
}

/** Index of the span containing offset, in spans sorted by start; -1 if none. */
function locate<T extends Span>(spans: readonly T[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid];
    if (!span) break;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end && !(span.start === span.end && offset === span.start)) low = mid + 1;
    else return mid;
  }
  return -1;
}

interface Mention {
  skill: number;
  start: number;
  end: number;
  level: PostingLevel;
  weight: PostingWeight;
}

function rate(text: string, match: RawMatch, line: PostingLine, context: SentenceContext): Mention | null {
  if (line.heading || line.kind === "ignored") return null;
  if (overlapsAny(context.negated, match)) return null;
  if (insideAny(context.degree, match)) return null;
  let rule: { weight: PostingWeight; level: PostingLevel } = SECTION_RULES[line.kind];
  if (line.kind !== "preferred" && insideAny(context.preferred, match)) rule = WISHED;
  const cue = governingCue(text, context, match);
  return {
    skill: match.skill,
    start: match.start,
    end: match.end,
    level: cue ? cue.level : rule.level,
    weight: rule.weight,
  };
}

export function analyzePosting(text: string, skills: readonly SkillAliases[]): PostingSkill[] {
  if (typeof text !== "string" || text.length === 0 || !Array.isArray(skills) || skills.length === 0) return [];
  const raw = findMatches(matcherFor(skills), text);
  if (raw.length === 0) return [];

  const lines = splitLines(text);
  const sentences = splitSentences(text);
  const bySentence = new Map<number, RawMatch[]>();
  for (const match of raw) {
    const index = locate(sentences, match.start);
    const list = bySentence.get(index);
    if (list) list.push(match);
    else bySentence.set(index, [match]);
  }

  const mentions: Mention[] = [];
  for (const [index, matches] of bySentence) {
    const sentence = sentences[index];
    const first = matches[0];
    if (!sentence || !first) continue;
    // A sentence never spans lines, so one line decides for all its mentions. Headings label
    // sections and ignored sections (benefits, hiring process) never ask for a skill.
    const line = lines[locate(lines, first.start)];
    if (!line || line.heading || line.kind === "ignored") continue;
    const context = sentenceContext(text, sentence, matches);
    for (const match of matches) {
      const mention = rate(text, match, line, context);
      if (mention) mentions.push(mention);
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return merge(text, mentions, skills);
}

/**
 * One entry per skill, in order of first mention, with the highest weight and the highest
 * level among its mentions; the evidence is the first mention that reached that level.
 */
function merge(text: string, mentions: readonly Mention[], skills: readonly SkillAliases[]): PostingSkill[] {
  const bySkill = new Map<string, { best: Mention; weight: PostingWeight; occurrences: Span[] }>();
  for (const mention of mentions) {
    const slug = skills[mention.skill]?.slug;
    if (typeof slug !== "string") continue;
    const entry = bySkill.get(slug);
    if (!entry) {
      bySkill.set(slug, {
        best: mention,
        weight: mention.weight,
        occurrences: [{ start: mention.start, end: mention.end }],
      });
      continue;
    }
    if (mention.level > entry.best.level) entry.best = mention;
    if (mention.weight > entry.weight) entry.weight = mention.weight;
    entry.occurrences.push({ start: mention.start, end: mention.end });
  }
  const result: PostingSkill[] = [];
  for (const [slug, entry] of bySkill) {
    result.push({
      skill: slug,
      level: entry.best.level,
      weight: entry.weight,
      evidence: text.slice(entry.best.start, entry.best.end),
      start: entry.best.start,
      end: entry.best.end,
      occurrences: entry.occurrences,
    });
  }
  // Map iteration follows insertion, which followed the sorted mentions: first appearance.
  return result;
}
