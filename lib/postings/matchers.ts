/**
 * Alias matching: every alias of every skill goes into one character trie, walked once over a
 * normalised copy of the text, so the cost is linear in the text and independent of how many
 * aliases there are. At each position the longest alias wins (leftmost-longest), which is how
 * "machine learning engineer" (a job title, ignored) beats "machine learning", "A/B testing"
 * beats "testing" and "C/C++" beats "C++".
 *
 * Normalisation maps every run of spaces and dashes to one space, so "fine-tuning", "fine
 * tuning" and "fine – tuning" are the same phrase, and drops that space next to Hangul, because
 * Korean spacing is inconsistent ("자연어 처리" / "자연어처리"). Boundaries are checked on the
 * original text, with a parallel offset map, so evidence and offsets are exact.
 */
import { isHangul, isLatinWordChar, isLineBreak, isSeparator, lowerCode } from "./text";

/** Skill index into the compiled skills array; STOP for phrases that only exist to be ignored. */
export const STOP = -1;

export interface RawMatch {
  skill: number;
  /** Offsets in the original text; end is exclusive and includes a plural suffix. */
  start: number;
  end: number;
}

/** What the alias ends with decides the boundary rule after it. */
const EndKind = { Latin: 0, Hangul: 1, Symbol: 2 } as const;
type EndKind = (typeof EndKind)[keyof typeof EndKind];

const Plural = { None: 0, S: 1, SOrEs: 2 } as const;
type Plural = (typeof Plural)[keyof typeof Plural];

interface Term {
  skill: number;
  /** Definition order; lower wins a tie between two aliases covering the same span. */
  order: number;
  caseSensitive: boolean;
  /** The alias normalised but with its case kept; compared only when caseSensitive. */
  cased: string;
  plural: Plural;
  endKind: EndKind;
}

/**
 * Most trie nodes have a single child, so it is kept inline; a Map is only made for branching
 * nodes. The walk is the hot loop of the analyzer.
 */
interface TrieNode {
  key: number;
  child: TrieNode | null;
  next: Map<number, TrieNode> | null;
  terms: Term[] | null;
}

export interface Matcher {
  root: TrieNode;
}

/**
 * Particles and endings that may follow a Hangul alias inside the same word: Korean attaches
 * them without a space ("파이썬을", "쿠버네티스와", "통계적"). Anything else after the alias means it
 * is part of a longer word, and does not match.
 */
const HANGUL_SUFFIXES: readonly string[] = [
  "을", "를", "이", "가", "은", "는", "와", "과", "의", "에", "로", "으로", "및", "등", "도", "만",
  "까지", "부터", "처럼", "보다", "나", "이나", "랑", "이랑", "들", "께", "고", "어", "하", "한",
  "할", "해", "했", "함", "되", "된", "될", "적", "기반", "관련", "경험", "활용", "사용", "개발",
  "엔지니어링", "능력", "역량", "지식", "분야", "환경", "도구", "툴",
];

function newNode(): TrieNode {
  return { key: -1, child: null, next: null, terms: null };
}

function childOf(node: TrieNode, code: number): TrieNode | undefined {
  if (node.key === code) return node.child ?? undefined;
  return node.next?.get(code);
}

function addChild(node: TrieNode, code: number): TrieNode {
  const existing = childOf(node, code);
  if (existing) return existing;
  const child = newNode();
  if (node.key < 0 && !node.next) {
    node.key = code;
    node.child = child;
  } else {
    node.next ??= new Map();
    node.next.set(code, child);
  }
  return child;
}

interface Normalised {
  lower: string;
  cased: string;
}

/** Same rules as the text normalisation below, for an alias. */
function normaliseAlias(alias: string): Normalised {
  let lower = "";
  let cased = "";
  let pendingSeparator = false;
  for (let i = 0; i < alias.length; i++) {
    const code = alias.charCodeAt(i);
    if (isSeparator(code) || isLineBreak(code)) {
      if (cased.length > 0) pendingSeparator = true;
      continue;
    }
    if (pendingSeparator) {
      const previous = cased.charCodeAt(cased.length - 1);
      if (!isHangul(previous) && !isHangul(code)) {
        lower += " ";
        cased += " ";
      }
      pendingSeparator = false;
    }
    lower += String.fromCharCode(lowerCode(code));
    cased += String.fromCharCode(code);
  }
  return { lower, cased };
}

/**
 * The trie key of an alias (case folded, spaces and dashes unified): aliases with the same key
 * can match the same text.
 */
export function aliasKey(alias: string): string {
  return normaliseAlias(alias.trim()).lower;
}

function hasWordContent(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLatinWordChar(code) || isHangul(code)) return true;
  }
  return false;
}

/**
 * Short tokens written with a capital ("ML", "R", "SQL", "REST", "Ray", "Helm") match only with
 * exactly that case: in lower case they are ordinary words or parts of words ("the rest", "at
 * the helm"). Write an alias in lower case to opt out ("git", "k8s", "dbt").
 */
export function isCaseSensitiveAlias(alias: string): boolean {
  const trimmed = alias.trim();
  if (trimmed.length === 0 || trimmed.length > 4) return false;
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (isSeparator(code) || isHangul(code)) return false;
  }
  return /[A-Z]/.test(trimmed);
}

function endKindOf(code: number): EndKind {
  if (isHangul(code)) return EndKind.Hangul;
  return isLatinWordChar(code) ? EndKind.Latin : EndKind.Symbol;
}

function pluralOf(cased: string, caseSensitive: boolean): Plural {
  const last = cased.charCodeAt(cased.length - 1);
  const isLetter = (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a);
  if (!isLetter) return Plural.None;
  if (!caseSensitive) return Plural.SOrEs;
  // "APIs", "LLMs", "GPUs" but never "Goes" or "Rs".
  return cased.length >= 2 && /^[A-Z0-9]+$/.test(cased) ? Plural.S : Plural.None;
}

/** Spelling variants worth matching that normalisation alone does not produce. */
function variantsOf(alias: string): string[] {
  const variants = [alias];
  // "fine-tuning" is also written "finetuning", "pre-trained" also "pretrained".
  if (/[A-Za-z]-[A-Za-z]/.test(alias)) variants.push(alias.replace(/([A-Za-z])-(?=[A-Za-z])/g, "$1"));
  // "memory hierarchy" -> "memory hierarchies": the plural rule only appends.
  if (/[^aeiouAEIOU\s-]y$/.test(alias) && alias.length > 4) variants.push(`${alias.slice(0, -1)}ies`);
  return variants;
}

function insert(root: TrieNode, term: Term, key: string): void {
  let node = root;
  for (let i = 0; i < key.length; i++) node = addChild(node, key.charCodeAt(i));
  (node.terms ??= []).push(term);
}

/**
 * Builds the matcher for a list of alias lists (one per skill, same order as the skills) and a
 * list of stop phrases that are matched only so they can swallow the aliases inside them.
 */
export function compileMatcher(
  aliasesBySkill: readonly (readonly string[])[],
  stopPhrases: readonly string[],
): Matcher {
  const root = newNode();
  let order = 0;
  const add = (skill: number, alias: unknown): void => {
    if (typeof alias !== "string") return;
    const caseSensitive = isCaseSensitiveAlias(alias);
    for (const variant of variantsOf(alias.trim())) {
      const { lower, cased } = normaliseAlias(variant);
      if (lower.length === 0 || !hasWordContent(lower)) continue;
      insert(root, {
        skill,
        order: order++,
        caseSensitive,
        cased,
        plural: pluralOf(cased, caseSensitive),
        endKind: endKindOf(cased.charCodeAt(cased.length - 1)),
      }, lower);
    }
  };
  aliasesBySkill.forEach((aliases, skill) => {
    if (Array.isArray(aliases)) for (const alias of aliases) add(skill, alias);
  });
  for (const phrase of stopPhrases) add(STOP, phrase);
  return { root };
}

interface Stream {
  lower: Uint16Array;
  cased: Uint16Array;
  /** Offset in the original text of each stream character. */
  offset: Int32Array;
  length: number;
  /**
   * Stream positions where an alias may start: the first letter of a word (Latin after a
   * non-letter, Hangul after a non-Hangul character, judged on the original text) or a symbol.
   * Collected during normalisation so the matcher does not look at every character again.
   */
  starts: Int32Array;
  startCount: number;
}

function normaliseText(text: string): Stream {
  const size = text.length;
  const lower = new Uint16Array(size);
  const cased = new Uint16Array(size);
  const offset = new Int32Array(size);
  const starts = new Int32Array(size);
  let startCount = 0;
  let n = 0;
  let pendingSeparator = -1;
  let previousHangul = false;
  let previousWord = false;
  for (let i = 0; i < size; i++) {
    const code = text.charCodeAt(i);
    if (isSeparator(code)) {
      if (pendingSeparator < 0 && n > 0 && cased[n - 1] !== 0x0a) pendingSeparator = i;
      previousHangul = previousWord = false;
      continue;
    }
    if (isLineBreak(code)) {
      pendingSeparator = -1;
      previousHangul = previousWord = false;
      if (n > 0 && cased[n - 1] === 0x0a) continue;
      lower[n] = 0x0a;
      cased[n] = 0x0a;
      offset[n++] = i;
      continue;
    }
    const hangul = isHangul(code);
    if (pendingSeparator >= 0) {
      if (!isHangul(cased[n - 1] ?? 0) && !hangul) {
        lower[n] = 0x20;
        cased[n] = 0x20;
        offset[n++] = pendingSeparator;
      }
      pendingSeparator = -1;
    }
    const word = !hangul && isLatinWordChar(code);
    if (hangul ? !previousHangul : word ? !previousWord : true) starts[startCount++] = n;
    previousHangul = hangul;
    previousWord = word;
    lower[n] = lowerCode(code);
    cased[n] = code;
    offset[n++] = i;
  }
  return { lower, cased, offset, length: n, starts, startCount };
}

function hangulSuffixAllowed(text: string, at: number): boolean {
  for (const suffix of HANGUL_SUFFIXES) if (text.startsWith(suffix, at)) return true;
  return false;
}

function casedEquals(stream: Stream, from: number, to: number, cased: string): boolean {
  if (to - from !== cased.length) return false;
  for (let i = 0; i < cased.length; i++) if (stream.cased[from + i] !== cased.charCodeAt(i)) return false;
  return true;
}

const S = 0x73;
const E = 0x65;
const AMPERSAND = 0x26;
const PLUS = 0x2b;
const HASH = 0x23;

/** End offset (exclusive, in the text) of a valid match of term over stream [from, to), or -1. */
function matchEnd(text: string, stream: Stream, from: number, to: number, term: Term): number {
  if (term.caseSensitive && !casedEquals(stream, from, to, term.cased)) return -1;
  const start = stream.offset[from] ?? 0;
  const base = (stream.offset[to - 1] ?? 0) + 1;
  // "R&D", "AT&T": a short capitalised token joined by "&" is another word.
  if (term.caseSensitive && start > 0 && text.charCodeAt(start - 1) === AMPERSAND) return -1;
  const next = text.charCodeAt(base);
  switch (term.endKind) {
    case EndKind.Hangul:
      return isHangul(next) && !hangulSuffixAllowed(text, base) ? -1 : base;
    case EndKind.Symbol:
      return isLatinWordChar(next) || next === PLUS || next === HASH ? -1 : base;
    case EndKind.Latin: {
      // Longest first: "pipelines" before "pipeline".
      if (term.plural === Plural.SOrEs) {
        const c1 = lowerCode(text.charCodeAt(base));
        if (c1 === E && lowerCode(text.charCodeAt(base + 1)) === S && latinEndOk(text, base + 2, term)) return base + 2;
        if (c1 === S && latinEndOk(text, base + 1, term)) return base + 1;
      } else if (term.plural === Plural.S && text.charCodeAt(base) === S && latinEndOk(text, base + 1, term)) {
        return base + 1;
      }
      return latinEndOk(text, base, term) ? base : -1;
    }
  }
}

function latinEndOk(text: string, end: number, term: Term): boolean {
  const after = text.charCodeAt(end);
  if (isLatinWordChar(after)) return false;
  return !(term.caseSensitive && after === AMPERSAND);
}

/**
 * All leftmost-longest alias matches in text, stop phrases included (skill STOP), in order.
 * Matches never overlap.
 */
export function findMatches(matcher: Matcher, text: string): RawMatch[] {
  const stream = normaliseText(text);
  const matches: RawMatch[] = [];
  const { root } = matcher;
  // Stream positions before this one are inside an accepted match.
  let consumed = 0;
  for (let k = 0; k < stream.startCount; k++) {
    const p = stream.starts[k] ?? 0;
    if (p < consumed) continue;
    let node = childOf(root, stream.lower[p] ?? 0);
    if (!node) continue;
    let bestEnd = -1;
    let bestTerm: Term | null = null;
    let bestStreamEnd = p + 1;
    let q = p + 1;
    for (;;) {
      if (node.terms) {
        for (const term of node.terms) {
          const end = matchEnd(text, stream, p, q, term);
          if (end < 0) continue;
          const better =
            end > bestEnd ||
            (end === bestEnd && bestTerm !== null && preferTerm(term, bestTerm));
          if (better) {
            bestEnd = end;
            bestTerm = term;
            bestStreamEnd = q + (end - ((stream.offset[q - 1] ?? 0) + 1));
          }
        }
      }
      if (q >= stream.length) break;
      const child = childOf(node, stream.lower[q] ?? 0);
      if (!child) break;
      node = child;
      q++;
    }
    if (bestTerm) {
      if (bestTerm.skill !== STOP) matches.push({ skill: bestTerm.skill, start: stream.offset[p] ?? 0, end: bestEnd });
      consumed = bestStreamEnd;
    }
  }
  return matches;
}

/** Same span: a stop phrase wins (it exists to veto), then the earlier definition. */
function preferTerm(candidate: Term, current: Term): boolean {
  if ((candidate.skill === STOP) !== (current.skill === STOP)) return candidate.skill === STOP;
  return candidate.order < current.order;
}
