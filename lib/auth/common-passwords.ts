import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * The 49,233 most common passwords of @zxcvbn-ts/language-common (MIT; zxcvbn's frequency list,
 * built from leaked-password corpora), plus a few this site invites. Compared after the same NFKC
 * normalisation the hash applies (lib/auth/password.ts), lower-cased, so full-width or
 * differently-cased copies of a listed password are refused too.
 */
const COMMON = new Set<string>([
  ...(dictionary["passwords-common"] as string[]),
  ..."waypoint waypoint1 waypoint123 saranghae sarang12 naver123 korea123 samsung123".split(" "),
]);

export const COMMON_PASSWORD_COUNT = COMMON.size;

/** What the hash sees: NFKC (lib/auth/password.ts), here also lower-cased for comparison. */
export function normalizeForComparison(password: string): string {
  return password.normalize("NFKC").toLowerCase();
}

/** A run such as 1234, 4321, 2024 or 1111 appended to a listed word adds almost nothing. */
function trivialSuffix(suffix: string): boolean {
  if (suffix.length <= 4) return true;
  if (/^(\d)\1*$/.test(suffix)) return true;
  const digits = [...suffix].map(Number);
  if (digits.some(Number.isNaN)) return /^[^a-z0-9]+$/.test(suffix);
  const steps = digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10);
  return steps.every((s) => s === 1) || steps.every((s) => s === 9);
}

export function isCommonPassword(password: string): boolean {
  const value = normalizeForComparison(password).trim();
  if (COMMON.has(value)) return true;
  // A listed word (or keyboard walk) with digits or symbols tacked on, the first thing crackers try.
  const stem = /^(.*?[a-z].*?)([^a-z]+)$/.exec(value);
  return Boolean(stem && COMMON.has(stem[1]!) && stem[1]!.length >= 4 && trivialSuffix(stem[2]!));
}

/** Too little variety to be worth anything however long: "aaaaaaaaaaaa", twelve spaces, "abababab". */
export function tooRepetitive(password: string): boolean {
  return new Set(normalizeForComparison(password).trim()).size < 4;
}
