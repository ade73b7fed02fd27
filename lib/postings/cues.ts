/**
 * Reads the words around a skill mention: how much of the skill is asked for ("familiar with",
 * "5+ years", "deep expertise", "능숙", "N년 이상", "박사"), whether the sentence only wishes for it
 * ("… is a plus", "우대"), whether it says the opposite ("a PhD is not required"), and whether
 * the mention is just a field in a degree list ("PhD in statistics, physics or a related
 * field"). Scope is the sentence: in a bullet list that is the bullet line.
 */
import type { RawMatch } from "./matchers";

export type CueLevel = 1 | 2 | 3 | 4;

/**
 * pre: governs what follows ("strong Python"); post: what precedes (Korean: "Python에 능숙");
 * both: either side ("Python expertise", "expertise in Python").
 */
type Direction = "pre" | "post" | "both";

interface CueDefinition {
  source: string;
  level: CueLevel | "years";
  direction: Direction;
  korean?: true;
  /**
   * Context checks done in code rather than with regex lookbehinds, which would stop the
   * engine from scanning quickly for the first character of the alternatives.
   */
  check?: "notDomain" | "notHyphenated" | "notDecimal";
}

export interface Cue {
  start: number;
  end: number;
  level: CueLevel;
  direction: Direction;
  korean: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Order matters where two cues can start at the same place: the longer, more specific phrase
 * comes first ("deep understanding" before "understanding", "MS or PhD" before "PhD").
 */
const CUE_DEFINITIONS: readonly CueDefinition[] = [
  // Expert (4).
  {
    source: String.raw`\b(?:deep(?:ly)?|expert|profound)\s+(?:understanding|knowledge|expertise|experience|familiarity|familiar|background|grasp|proficiency|technical\s+knowledge)\b`,
    level: 4,
    direction: "pre",
  },
  // "You understand gradient-boosted trees deeply."
  { source: String.raw`\b(?:deeply|in\s+great\s+depth)\b`, level: 4, direction: "post" },
  { source: String.raw`\bexpert[- ]level\b`, level: 4, direction: "both" },
  // "MS or PhD" means an MS is enough, so it is not the PhD-level cue.
  {
    source: String.raw`\b(?:m\.?\s?sc?\.?|master'?s?|b\.?\s?sc?\.?|bachelor'?s?|b\.?a\.?)(?:\s+degree)?\s*(?:or|/|and/or)\s*(?:m\.?\s?sc?\.?\s*(?:or|/)\s*)?ph\.?\s?d\b\.?`,
    level: 3,
    direction: "both",
  },
  { source: String.raw`\bph\.?\s?d\b\.?|\bdoctorate\b|\bdoctoral\b`, level: 4, direction: "both" },
  {
    source: String.raw`\b(?:first|lead|1st)[- ]author(?:ed)?\b|\btop[- ](?:tier|ranked)\s+(?:venues?|conferences?|journals?)\b|\bpeer[- ]reviewed\b|\bpublication\s+record\b|\btrack\s+record\s+of\s+(?:publications?|publishing)\b`,
    level: 4,
    direction: "both",
  },
  {
    source: String.raw`\bpublications?\b|\bpublished\s+(?:papers?|research|work|at|in)\b|\bpublish(?:ing)?\s+(?:papers?|research|at|in|your)\b`,
    level: 4,
    direction: "both",
  },
  // "domain expertise" names a skill; it is not a level cue (checked in findCues).
  { source: String.raw`\bexpert(?:ise)?\b`, level: 4, direction: "both", check: "notDomain" },
  {
    source: String.raw`\bmaster(?:y|ful)\b|\bworld[- ]class\b|\bauthority\s+(?:on|in)\b|\bthought\s+leader(?:ship)?\b`,
    level: 4,
    direction: "both",
  },
  // "Lead the design of …"; not "industry-leading" (checked in findCues), "lead to",
  // "leading companies".
  {
    source: String.raw`\b(?:lead|leading|led)\b(?!\s+(?:by|to|time|times|generation|companies|company|brands?|providers?|retailers?|banks?|edge)\b)`,
    level: 4,
    direction: "pre",
    check: "notHyphenated",
  },
  // Adjective + knowledge noun, before the bare noun below.
  {
    source: String.raw`\b(?:strong|solid|sound|firm|thorough|excellent|in[- ]depth|advanced|good\s+working)\s+(?:understanding|knowledge|grasp|familiarity|foundation|background|command)\b`,
    level: 3,
    direction: "pre",
  },
  {
    source: String.raw`\b(?:good|working|basic|general|some|fundamental|foundational)\s+(?:understanding|knowledge|grasp|familiarity)\b`,
    level: 2,
    direction: "pre",
  },
  // Years of experience: 3 or more read as practitioner (3), fewer as working level (2).
  {
    source: String.raw`\b\d{1,2}\s*\+?\s*(?:-\s*\d{1,2}\s*)?(?:or\s+more\s+)?(?:years?|yrs?)\b`,
    level: "years",
    direction: "both",
    check: "notDecimal",
  },
  {
    source: String.raw`\b(?:three|four|five|six|seven|eight|nine|ten)\s*\+?\s*(?:or\s+more\s+)?years?\b`,
    level: 3,
    direction: "both",
  },
  { source: String.raw`\b(?:one|two|a\s+couple\s+of)\s+years?\b`, level: 2, direction: "both" },
  // Practitioner (3).
  { source: String.raw`\b(?:proficiency|fluency)\b`, level: 3, direction: "both" },
  {
    source: String.raw`\b(?:strong|solid|proficient|fluent|extensive|advanced|excellent|thorough|in[- ]depth|demonstrated|proven|significant|substantial|hands[- ]on|seasoned|production[- ]grade)\b`,
    level: 3,
    direction: "pre",
  },
  // Working (2).
  {
    source: String.raw`\b(?:familiarity|exposure|awareness|understanding)\b`,
    level: 2,
    direction: "both",
  },
  {
    source: String.raw`\b(?:familiar|basic|basics|introductory|foundational|working\s+knowledge|knowledge\s+of|comfortable|comfort|some\s+experience|acquainted|grasp\s+of)\b`,
    level: 2,
    direction: "pre",
  },
  // Awareness (1).
  {
    source: String.raw`\b(?:interest\s+in|interested\s+in|curiosity(?:\s+about)?|curious\s+about|(?:willingness|eager(?:ness)?|keen|desire)\s+to\s+learn)\b`,
    level: 1,
    direction: "pre",
  },
  // Korean: modifiers follow the object ("Python에 능숙하신 분"), so cues look backwards.
  { source: String.raw`석사\s*(?:또는|혹은|이상|및|/|·|ㆍ|,)?\s*박사|석[·ㆍ/]\s*박사`, level: 3, direction: "post", korean: true },
  { source: String.raw`박사`, level: 4, direction: "post", korean: true },
  // "논문" alone also means reading papers ("논문을 읽고"); only publishing is the expert cue.
  {
    source: String.raw`논문\s*(?:게재|발표|실적|출판|저술)|제\s*1\s*저자|1\s*저자|주\s*저자|탑티어|최상위\s*학회`,
    level: 4,
    direction: "post",
    korean: true,
  },
  {
    source: String.raw`전문가|전문성|전문\s*지식|깊은\s*(?:이해|지식|경험)|깊이\s*있는|심도\s*있는|심층적인\s*이해|리드|주도(?!적)`,
    level: 4,
    direction: "post",
    korean: true,
  },
  {
    source: String.raw`\b\d{1,2}\s*년\s*(?:이상|차|\+)?`,
    level: "years",
    direction: "both",
    korean: true,
  },
  {
    source: String.raw`능숙|능통|숙련|자유자재|원활(?:히|하게|한)|탄탄|뛰어난|충분한|풍부한|실무\s*경험|이해도가\s*높|높은\s*이해`,
    level: 3,
    direction: "post",
    korean: true,
  },
  { source: String.raw`기본적인|기초적인`, level: 2, direction: "pre", korean: true },
  {
    // "이해할 수 있게 전달" is a verb, not the "understanding of" cue.
    source: String.raw`이해(?!관계|할|하|시키|되)|익숙|기본\s*(?:지식|개념)|기초\s*(?:지식|개념)|경험이\s*있|경험\s*있|경험자|(?:사용|활용)해\s*본|다뤄\s*본|접해\s*본|써\s*본|어려움이\s*없|활용\s*가능`,
    level: 2,
    direction: "post",
    korean: true,
  },
  { source: String.raw`관심|호기심|배우려는|학습\s*의지`, level: 1, direction: "post", korean: true },
];

/**
 * One regex with a capture group per definition. The English cues share a single leading word
 * boundary, which lets the engine reject most positions at once: with the boundary repeated in
 * every alternative it was several times slower. GROUP_DEFINITION maps capture groups back to
 * definitions, since English and Korean are regrouped.
 */
const GROUP_DEFINITION: readonly CueDefinition[] = [
  ...CUE_DEFINITIONS.filter((d) => !d.korean),
  ...CUE_DEFINITIONS.filter((d) => d.korean),
];
const CUE_SOURCE =
  String.raw`\b(?:` +
  GROUP_DEFINITION.filter((d) => !d.korean)
    .map((d) => `(${d.source.replace(/^\\b/, "")})`)
    .join("|") +
  ")|" +
  GROUP_DEFINITION.filter((d) => d.korean)
    .map((d) => `(${d.source})`)
    .join("|");
/** Run on lower-cased text: a case-sensitive scan is several times faster than the "i" flag. */
const CUE_PATTERN = new RegExp(CUE_SOURCE, "g");
const CUE_PATTERN_ANY_CASE = new RegExp(CUE_SOURCE, "gi");

function passesCheck(check: CueDefinition["check"], sentence: string, at: number): boolean {
  switch (check) {
    case undefined:
      return true;
    case "notDomain":
      return !/(?:domain|subject[- ]matter)\s+$/i.test(sentence.slice(Math.max(0, at - 16), at));
    case "notHyphenated":
      return sentence.charCodeAt(at - 1) !== 0x2d;
    case "notDecimal": {
      const before = sentence.charCodeAt(at - 1);
      return before !== 0x2e && before !== 0x2c;
    }
  }
}

function yearsLevel(text: string): CueLevel {
  const digits = /\d{1,2}/u.exec(text);
  const years = digits ? Number(digits[0]) : 0;
  return years >= 3 ? 3 : 2;
}

export function findCues(sentence: string, offset: number): Cue[] {
  const cues: Cue[] = [];
  const lower = sentence.toLowerCase();
  // Lower-casing can change the length ("İ"); then offsets would drift, so scan the original.
  const [subject, pattern] = lower.length === sentence.length ? [lower, CUE_PATTERN] : [sentence, CUE_PATTERN_ANY_CASE];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(subject); m !== null; m = pattern.exec(subject)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const group = m.findIndex((value, index) => index > 0 && value !== undefined);
    const definition = GROUP_DEFINITION[group - 1];
    if (!definition || !passesCheck(definition.check, sentence, m.index)) continue;
    cues.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      level: definition.level === "years" ? yearsLevel(m[0]) : definition.level,
      direction: definition.direction,
      korean: definition.korean === true,
    });
  }
  return cues;
}

/**
 * Sentences of a text. Bullets and lines are sentences already; inside a line a sentence ends
 * at ". ", "! ", "? " or "。", except after abbreviations such as "e.g." or "Ph.D.".
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const size = text.length;
  const close = (end: number, next: number): void => {
    if (end > start) spans.push({ start, end });
    start = next;
  };
  for (let i = 0; i < size; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
      close(i, i + 1);
    } else if (code === 0x3002 || code === 0xff01 || code === 0xff1f) {
      close(i + 1, i + 1);
    } else if (code === 0x2e || code === 0x21 || code === 0x3f) {
      const next = text.charCodeAt(i + 1);
      const atBoundary = i + 1 >= size || next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
      if (atBoundary && !(code === 0x2e && isAbbreviation(text, i))) close(i + 1, i + 1);
    }
  }
  close(size, size);
  return spans;
}

const ABBREVIATIONS = new Set(["e.g", "i.e", "etc", "vs", "approx", "incl", "esp", "cf", "ph.d", "dr", "mr", "ms", "mrs", "inc", "no", "co", "u.s", "st"]);

function isAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && dot - from < 12) {
    const code = text.charCodeAt(from - 1);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x28) break;
    from--;
  }
  const word = text.slice(from, dot).toLowerCase();
  return word.length === 1 || ABBREVIATIONS.has(word);
}

/**
 * Saying a skill is not needed: "a PhD is not required", "you don't need to be an ML expert",
 * "no prior Kubernetes experience needed", "박사 학위는 필수가 아닙니다". Bounded repetitions keep
 * this linear on any input.
 */
const NEGATION = new RegExp(
  [
    String.raw`\b(?:not|never)\s+(?:\S+\s+){0,3}?(?:required|necessary|needed|expected|a\s+requirement|mandatory|essential|a\s+must)\b`,
    String.raw`\b(?:don['\u2019]t|do\s+not|doesn['\u2019]t|does\s+not|won['\u2019]t|will\s+not)\s+(?:\S+\s+){0,2}?(?:need|require|expect)`,
    String.raw`\bno\s+(?:\S+\s+){0,4}?(?:required|needed|necessary|expected)\b`,
    String.raw`\bno\s+(?:prior\s+|previous\s+|formal\s+)?(?:experience|background|knowledge|phd|degree)\b`,
    String.raw`\bwithout\s+(?:a\s+)?(?:phd|degree)\b`,
    String.raw`\bisn['\u2019]t\s+(?:required|necessary|needed|a\s+requirement)\b`,
    String.raw`필수(?:는|가)?\s*아니|필요하지\s*않|불필요|없어도\s*(?:됩|괜찮|돼)|몰라도|무관`,
  ].join("|"),
  "i",
);

/**
 * Wishes rather than needs, inside a requirements section ("Kafka is a plus", "(PostgreSQL
 * preferred)", "Spark 경험자 우대"). "plus" alone is also a conjunction, so it needs "a"/"is"
 * before it (checked in code).
 */
const PREFERENCE = /\b(?:plus|bonus|nice[- ]to[- ]have|preferred|preferably|ideally|desirable|(?:is|are|would\s+be)\s+(?:useful|helpful|welcome|an\s+advantage|advantageous))\b|우대|가산점|있으면\s*좋/gi;
const PLUS_LEAD = /(?:\ba|\bis|\bare|\bbe|big|huge|strong|definite)\s+$/i;

/** "PhD in X, Y or Z", "degree in …": a list of acceptable fields, not of required skills. */
const DEGREE_EN = new RegExp(
  // Abbreviations are matched case-sensitively so "50 ms in production" is not a degree.
  String.raw`(?:\b(?:[Pp]h\.?\s?[Dd]|[Dd]octorate|[Mm]aster'?s?|[Bb]achelor'?s?|M\.?S(?:c)?|B\.?S(?:c)?|B\.?A)\b\.?(?:\s+degree)?\s+(?:\S+\s+){0,2}?(?:in|of)|\b[Dd]egree\s+in)\b`,
  "g",
);
const DEGREE_END_EN = /\b(?:related|similar|equivalent|quantitative)\b[^,;]*|;/i;
const DEGREE_KO = /(?:관련\s*)?(?:전공|학위|학과)/g;

export interface SentenceContext {
  /** Sorted by start. */
  cues: RatedCue[];
  /** Disjoint and sorted, so membership is a binary search. */
  negated: Span[];
  preferred: Span[];
  degree: Span[];
}

interface RatedCue extends Cue {
  /**
   * Skills mentioned where the cue is: "publications" both names scientific writing and rates
   * other skills, but must not rate scientific writing itself.
   */
  ownSkills: readonly number[];
}

function clauses(sentence: string, offset: number): Span[] {
  const spans: Span[] = [];
  const delimiter = /[,;:()]|\s(?:but|however|although|though)\s|하지만|그러나/gi;
  let start = 0;
  for (let m = delimiter.exec(sentence); m !== null; m = delimiter.exec(sentence)) {
    spans.push({ start: offset + start, end: offset + m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start: offset + start, end: offset + sentence.length });
  return spans;
}

function preferenceScopes(sentence: string, offset: number): Span[] {
  const scopes: Span[] = [];
  PREFERENCE.lastIndex = 0;
  for (let m = PREFERENCE.exec(sentence); m !== null; m = PREFERENCE.exec(sentence)) {
    const at = m.index;
    if (/^plus$/i.test(m[0]) && !PLUS_LEAD.test(sentence.slice(Math.max(0, at - 12), at))) continue;
    const open = sentence.lastIndexOf("(", at);
    const closeBefore = open >= 0 ? sentence.indexOf(")", open) : -1;
    if (open >= 0 && (closeBefore < 0 || closeBefore >= at)) {
      // "(PostgreSQL preferred)" wishes only for what is inside the brackets.
      const close = sentence.indexOf(")", at);
      scopes.push({ start: offset + open, end: offset + (close < 0 ? sentence.length : close) });
    } else {
      // "Strong Python; a second language is useful": the wish stops at the semicolon.
      const before = sentence.lastIndexOf(";", at);
      const after = sentence.indexOf(";", at);
      scopes.push({ start: offset + before + 1, end: offset + (after < 0 ? sentence.length : after) });
    }
  }
  return scopes;
}

function degreeScopes(sentence: string, offset: number): Span[] {
  const scopes: Span[] = [];
  DEGREE_EN.lastIndex = 0;
  for (let m = DEGREE_EN.exec(sentence); m !== null; m = DEGREE_EN.exec(sentence)) {
    const from = m.index + m[0].length;
    const stop = DEGREE_END_EN.exec(sentence.slice(from, from + 300));
    const to = stop ? from + stop.index + stop[0].length : sentence.length;
    scopes.push({ start: offset + from, end: offset + to });
    DEGREE_EN.lastIndex = Math.max(DEGREE_EN.lastIndex, to);
  }
  DEGREE_KO.lastIndex = 0;
  for (let m = DEGREE_KO.exec(sentence); m !== null; m = DEGREE_KO.exec(sentence)) {
    // Korean names the fields first: "컴퓨터공학, 통계학 등 관련 전공".
    scopes.push({ start: offset + Math.max(0, m.index - 40), end: offset + m.index });
  }
  return scopes;
}

/** Sorted, disjoint union of spans. */
function union(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** Last span (of sorted, disjoint spans) starting before offset. */
function lastStartingBefore(spans: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((spans[mid]?.start ?? 0) < offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found < 0 ? undefined : spans[found];
}

export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  const candidate = lastStartingBefore(spans, span.end);
  return candidate !== undefined && candidate.end > span.start;
}

export function insideAny(spans: readonly Span[], span: Span): boolean {
  const candidate = lastStartingBefore(spans, span.start + 1);
  return candidate !== undefined && candidate.start <= span.start && span.end <= candidate.end;
}

/** Everything about one sentence that rates the skill mentions in it (sorted by start). */
export function sentenceContext(text: string, span: Span, mentions: readonly RawMatch[]): SentenceContext {
  const sentence = text.slice(span.start, span.end);
  const negated = clauses(sentence, span.start).filter((clause) =>
    NEGATION.test(text.slice(clause.start, clause.end)),
  );
  const cues: RatedCue[] = [];
  let first = 0;
  for (const cue of findCues(sentence, span.start)) {
    if (overlapsAny(negated, cue)) continue;
    while (first < mentions.length && (mentions[first]?.end ?? 0) <= cue.start) first++;
    const ownSkills: number[] = [];
    for (let i = first; i < mentions.length; i++) {
      const mention = mentions[i];
      if (!mention || mention.start >= cue.end) break;
      ownSkills.push(mention.skill);
    }
    cues.push({ ...cue, ownSkills });
  }
  return {
    cues,
    negated,
    preferred: union(preferenceScopes(sentence, span.start)),
    degree: union(degreeScopes(sentence, span.start)),
  };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

const ATTACHED_GAP = /^[\s(\[:\-\u2013\u2014]{0,3}$/;

/**
 * How far a cue may be from the mention it rates. Long enough for "Strong experience with
 * Python, SQL, Spark, Airflow and dbt", short enough that a run-on paragraph stays cheap.
 */
const REACH = 300;

/**
 * The cue that governs a mention: one written right after it ("Python expertise"), else the
 * nearest Korean cue after it, else the nearest cue before it, else the nearest after it.
 */
export function governingCue(text: string, context: SentenceContext, match: RawMatch): Cue | null {
  const { cues } = context;
  // First cue that could be within reach.
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((cues[mid]?.end ?? 0) < match.start - REACH) low = mid + 1;
    else high = mid;
  }
  let attached: Cue | null = null;
  let koreanAfter: Cue | null = null;
  let before: Cue | null = null;
  let after: Cue | null = null;
  for (let i = low; i < cues.length; i++) {
    const cue = cues[i];
    if (!cue || cue.start > match.end + REACH) break;
    if (overlaps(cue, match) || cue.ownSkills.includes(match.skill)) continue;
    if (cue.start >= match.end) {
      if (cue.direction === "pre") continue;
      if (!attached && ATTACHED_GAP.test(text.slice(match.end, cue.start))) attached = cue;
      if (cue.korean && !koreanAfter) koreanAfter = cue;
      if (!after) after = cue;
    } else if (cue.end <= match.start && cue.direction !== "post") {
      if (!before || cue.end > before.end) before = cue;
    }
  }
  return attached ?? koreanAfter ?? before ?? after;
}
