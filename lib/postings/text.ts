/**
 * Character classes shared by the matcher, the section splitter and the cue finder. They work
 * on UTF-16 code units so that any string, including lone surrogates, is handled without
 * throwing.
 */

export function isHangul(code: number): boolean {
  return (
    (code >= 0xac00 && code <= 0xd7a3) || // syllables
    (code >= 0x1100 && code <= 0x11ff) || // jamo
    (code >= 0x3130 && code <= 0x318f) // compatibility jamo
  );
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** A letter, digit or underscore of any script except Hangul (Hangul has its own boundary rule). */
export function isLatinWordChar(code: number): boolean {
  if (code < 0x80) {
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      code === 0x5f
    );
  }
  if (isHangul(code)) return false;
  // Surrogate halves are not letters on their own; astral letters are rare enough in postings.
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return NON_ASCII_WORD.test(String.fromCharCode(code));
}

/** Whitespace and dashes: "fine-tuning", "fine tuning" and "fine – tuning" are one phrase. */
export function isSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x2d || // hyphen-minus
    (code >= 0x2000 && code <= 0x200a) || // typographic spaces
    (code >= 0x2010 && code <= 0x2015) || // hyphens and dashes
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/**
 * Lower-cases one code unit without ever changing the string length, so offsets stay aligned
 * (String#toLowerCase turns "İ" into two code units).
 */
export function lowerCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  if (isHangul(code) || (code >= 0xd800 && code <= 0xdfff)) return code;
  const lowered = String.fromCharCode(code).toLowerCase();
  return lowered.length === 1 ? lowered.charCodeAt(0) : code;
}
