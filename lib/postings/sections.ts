/**
 * Splits a posting into lines and tells, for each line, which section it belongs to. Postings
 * mark sections with a line of their own ("## Requirements", "**Nice to have**", "What you'll
 * do:", "[자격요건]", "📌 우대사항", "■ 주요업무"), so a heading is recognised from its words once
 * the decoration around it is stripped.
 *
 * To keep ordinary bullets ("- Python (required)", "• Python 필수", "- Experience with Kafka")
 * from being read as headings, the stripped line must be a heading phrase as a whole. Only a
 * line that is visibly marked up as a heading (markdown "#", bold, brackets, or a short line
 * ending in ":") may contain a heading word among others.
 */

export type SectionKind =
  /** Before the first heading: usually the company and role blurb. */
  | "intro"
  | "responsibilities"
  | "requirements"
  | "preferred"
  /** A heading we do not recognise ("Tech stack", "How we work"). */
  | "other"
  /** Company, benefits, hiring process, legal: never a requirement. */
  | "ignored";

export interface PostingLine {
  start: number;
  /** Exclusive, before the line break. */
  end: number;
  kind: SectionKind;
  /** Heading lines (and the title) label a section; they are not scanned for skills. */
  heading: boolean;
}

type HeadingKind = Exclude<SectionKind, "intro">;

const OPTIONAL_PARENTHETICAL = String.raw`(?:\s*\([^)]{0,40}\))?`;

function whole(body: string): RegExp {
  return new RegExp(String.raw`^(?:${body})${OPTIONAL_PARENTHETICAL}$`, "i");
}

const MODIFIERS = String.raw`(?:(?:the|our|your|key|main|core|primary|minimum|basic|required|essential|technical|professional|general|job|role|additional|preferred|desired|bonus|ideal)\s+)*`;

/** Whole-line heading phrases, most specific kind first. */
const WHOLE_HEADINGS: ReadonlyArray<readonly [HeadingKind, RegExp]> = [
  [
    "preferred",
    whole(
      String.raw`${MODIFIERS}(?:preferred|desired|desirable|bonus|nice|good|great|additional|extra)\s*(?:qualifications?|requirements?|skills?(?:\s*(?:&|and)\s*experience)?|experience|points?|credit|to[ -]haves?)?(?:\s+if\s+you(?:\s+have)?)?` +
        String.raw`|nice[ -]to[ -]haves?|good[ -]to[ -]haves?|great[ -]to[ -]haves?|pluses|plus|bonus(?:\s+points)?|extra\s+credit|it'?s\s+a\s+(?:plus|bonus)(?:\s+if\s+you(?:\s+have)?)?|(?:we'?d|we\s+would|would)\s+love(?:\s+it)?(?:\s+if\s+you(?:\s+also)?(?:\s+have)?)?|even\s+better(?:\s+if\s+you(?:\s+have)?)?|you\s+might\s+also\s+have|ideally(?:,)?\s+you(?:\s+also)?\s+have` +
        String.raw`|우대\s*(?:사항|조건|요건|역량|기술|경험)?|가산점|이런\s*분이면\s*더\s*좋(?:아요|습니다)?|(?:이런\s*경험이\s*)?있으면\s*좋(?:아요|습니다|은\s*(?:점|역량|경험))?|(?:이런\s*분이라면|이런\s*경험이\s*있다면)\s*더\s*좋(?:아요|습니다)?|플러스\s*(?:요소|포인트)?`,
    ),
  ],
  [
    "ignored",
    whole(
      String.raw`about(?!\s+(?:you|the\s+role|this\s+role|the\s+job|the\s+position|this\s+position)\b)(?:\s+\S+){1,4}|who\s+we\s+are|our\s+(?:company|story|mission|values|culture|team|process|benefits)|benefits(?:\s*(?:&|and)\s*perks)?|perks(?:\s*(?:&|and)\s*benefits)?|what\s+we\s+offer|we\s+offer|why\s+(?:join\s+us|us|join|work\s+with\s+us)|why\s+you'?ll\s+love\s+(?:it\s+here|working\s+here|this\s+job)|compensation(?:\s*(?:&|and)\s*benefits)?|salary|pay(?:\s+range)?|location|equal\s+(?:opportunity|employment)(?:\s+employer)?|eeo|diversity(?:\s*(?:&|and)\s*inclusion)?|how\s+to\s+apply|(?:the\s+|our\s+)?(?:hiring|interview|recruitment|recruiting|application)\s+process|next\s+steps|life\s+at\s+\S+|working\s+at\s+\S+|how\s+we\s+work|culture` +
        String.raw`|(?:회사|기업|팀|조직)\s*소개|복지|복리\s*후생|혜택(?:\s*(?:및|&)\s*복지)?|복지\s*(?:및|&)\s*혜택|채용\s*(?:절차|프로세스|과정|전형)|전형\s*(?:절차|과정|방법)|근무\s*(?:조건|환경|지|장소|형태|시간)|급여|연봉|처우|지원\s*(?:방법|서류)|제출\s*서류|기타\s*(?:사항|안내)?|참고\s*(?:사항)?|유의\s*사항|이런\s*팀이에요|함께\s*일할\s*팀(?:을\s*소개합니다)?`,
    ),
  ],
  [
    "requirements",
    whole(
      String.raw`${MODIFIERS}(?:requirements?|qualifications?|skills?(?:\s*(?:&|and)\s*(?:experience|qualifications?))?|experience(?:\s*(?:&|and)\s*skills?)?|must[ -]haves?|what\s+you(?:'ll|\s+will)?\s+(?:need|bring)(?:\s+to\s+succeed)?|what\s+(?:we'?re|we\s+are)\s+looking\s+for(?:\s+in\s+you)?|what\s+we\s+(?:need|expect|require)(?:\s+from\s+you)?|what\s+you\s+(?:need|should\s+have|must\s+have)|(?:who\s+)?we(?:'re|\s+are)\s+looking\s+for|who\s+you\s+are|about\s+you|you\s+have|you\s+bring|you\s+should\s+have|you(?:'ll|\s+will)\s+need|you\s+might\s+be\s+a\s+(?:good\s+)?fit\s+if(?:\s+you)?|you(?:'re|\s+are)\s+a\s+(?:good|great)\s+fit\s+if(?:\s+you)?|ideal\s+candidate|the\s+ideal\s+candidate|candidate\s+profile|your\s+profile)` +
        String.raw`|(?:지원\s*)?자격\s*(?:요건|조건|사항)?|필수\s*(?:요건|조건|사항|역량|기술|경험|자격)?|필요\s*(?:역량|기술|경험|자격)|요구\s*(?:사항|역량|기술|경험)|지원\s*(?:조건|요건)|이런\s*분(?:을|과)\s*(?:찾(?:고\s*있어요|고\s*있습니다|습니다|아요)|함께하고\s*싶(?:어요|습니다))|이런\s*분이\s*필요해요|(?:저희가\s*)?찾는\s*분|함께하고\s*싶은\s*분`,
    ),
  ],
  [
    "responsibilities",
    whole(
      String.raw`${MODIFIERS}(?:responsibilities|duties|what\s+you(?:'ll|\s+will)\s+(?:do|be\s+doing|work\s+on|own|build)|what\s+you\s+do|about\s+(?:the|this)\s+(?:role|job|position)|the\s+(?:role|job|position|opportunity|work)|role\s+(?:overview|description|summary)|your\s+(?:role|impact|mission)|job\s+(?:description|summary)|in\s+this\s+role(?:,?\s+you(?:'ll|\s+will))?|day[ -]to[ -]day|a\s+day\s+in\s+the\s+life|you(?:'ll|\s+will)|you(?:'ll|\s+will)\s+(?:get\s+to|be)|as\s+(?:a|an|our)\s+[\w\s-]{0,40}?you(?:'ll|\s+will)|the\s+impact\s+you'?ll\s+have|what\s+you'?ll\s+achieve|mission)` +
        String.raw`|(?:주요|담당)\s*(?:업무|역할)|업무\s*(?:내용|소개)|직무\s*(?:내용|소개)|포지션\s*소개|(?:하는|하게\s*될|할)\s*일|이런\s*일을\s*(?:해요|합니다|하게\s*돼요|하게\s*됩니다)|합류하(?:면|시면)\s*(?:함께\s*)?(?:할|하게\s*될)\s*(?:업무|일)`,
    ),
  ],
];

/** Keyword-anywhere fallback, only for lines visibly marked up as headings. */
const LOOSE_HEADINGS: ReadonlyArray<readonly [HeadingKind, RegExp]> = [
  ["preferred", /prefer|nice[ -]to[ -]have|bonus|\bplus\b|would love|우대|가산점|있으면\s*좋|더\s*좋/iu],
  ["ignored", /benefit|perks|what we offer|about us|about the company|hiring process|interview process|equal opportunity|복지|혜택|채용\s*절차|전형|회사\s*소개|근무\s*조건/iu],
  ["requirements", /requirement|qualification|must[ -]have|looking for|who you are|what you(?:'ll| will)? need|자격|필수|요건|찾고/iu],
  ["responsibilities", /responsib|what you(?:'ll| will) do|the role|your role|in this role|duties|업무|하는\s*일|역할/iu],
];

const DECORATION_START = /^[^\p{L}\p{N}]+/u;
const DECORATION_END = /[^\p{L}\p{N})]+$/u;
const NUMBERING = /^\d{1,2}[.)]\s*/u;
const BULLET = /^(?:[-*+•·▪◦‣●○■□◆◇▶►▸➤→✓✔]|\d{1,2}[.)])\s/u;

function isMarkedUp(trimmed: string): boolean {
  if (/^#{1,6}\s*\S/u.test(trimmed)) return true;
  if (/^(?:\*\*|__).+(?:\*\*|__):?$/u.test(trimmed)) return true;
  if (/^[[【〔〈<「].+[\]】〕〉>」]:?$/u.test(trimmed)) return true;
  return /[:：]$/u.test(trimmed) && !BULLET.test(trimmed);
}

/** The section a line opens, or null when it is not a heading. */
export function classifyHeading(line: string): HeadingKind | null {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 90) return null;
  // A line ending like a sentence is never a heading, nor is a long line without heading markup.
  if (/[.!?。]$/.test(trimmed)) return null;
  if (trimmed.length > 50 && !isMarkedUp(trimmed)) return null;
  const core = trimmed
    .replace(/[\u2018\u2019`\u00b4]/gu, "'")
    .replace(DECORATION_START, "")
    .replace(NUMBERING, "")
    .replace(DECORATION_END, "")
    .trim();
  if (core.length === 0) return null;
  if (core.split(/\s+/u).length > 9) return null;
  for (const [kind, pattern] of WHOLE_HEADINGS) if (pattern.test(core)) return kind;
  if (!isMarkedUp(trimmed)) return null;
  for (const [kind, pattern] of LOOSE_HEADINGS) if (pattern.test(core)) return kind;
  return "other";
}

/**
 * Looks like a posting's title: the first line with text, short and not a sentence. Titles are
 * where job names live, which the article tells us not to trust.
 */
function isTitle(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 120) return false;
  if (/[.!?。]$/u.test(trimmed) || /다\.?$/u.test(trimmed) || BULLET.test(trimmed)) return false;
  return trimmed.split(/\s+/u).length <= 14;
}

/** A title is only worth skipping in a real posting, not in a pasted line or two. */
const MIN_LINES_FOR_TITLE = 4;

export function splitLines(text: string): PostingLine[] {
  const lines: PostingLine[] = [];
  let kind: SectionKind = "intro";
  let contentLines = 0;
  let title = -1;
  let start = 0;
  const size = text.length;
  while (start <= size) {
    let end = start;
    while (end < size) {
      const code = text.charCodeAt(end);
      if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) break;
      end++;
    }
    const raw = text.slice(start, end);
    const heading = classifyHeading(raw);
    if (heading) kind = heading;
    else if (contentLines === 0 && isTitle(raw)) title = lines.length;
    lines.push({ start, end, kind, heading: heading !== null });
    if (raw.trim().length > 0) contentLines++;
    if (end >= size) break;
    // "\r\n" is one break.
    start = text.charCodeAt(end) === 0x0d && text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  const titleLine = lines[title];
  if (titleLine && contentLines >= MIN_LINES_FOR_TITLE) titleLine.heading = true;
  return lines;
}
