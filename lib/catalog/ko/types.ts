/**
 * Shapes of the Korean catalog text. Slugs, levels, weights and hours stay in the English
 * catalog; these files carry only words, keyed by slug, so a missing entry is a test failure
 * (lib/catalog/ko.test.ts) rather than a silent English fallback.
 */

export interface LocalizedSkill {
  name: string;
  description: string;
  /** Index = level (0 none … 4 expert), as in the English catalog. */
  levels: readonly [string, string, string, string, string];
}

export interface LocalizedCategory {
  name: string;
  description: string;
}

export interface LocalizedRole {
  name: string;
  summary: string;
  differsFrom: string;
  source: string;
  /** Keyed by skill slug: one line per skill the role lists. */
  rationales: Readonly<Record<string, string>>;
  milestones: { foundations: string; core: string; specialisation: string };
}
