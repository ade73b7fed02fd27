/**
 * How well the analyzer agrees with a human reading of a set of postings. Pure, so the unit
 * tests and the benchmark script report the same figures.
 */
import { analyzePosting, type PostingLevel, type PostingWeight, type SkillAliases } from "./analyze";

export interface AccuracyFixture {
  id: string;
  language?: "en" | "ko";
  text: string;
  expected: readonly { slug: string; level: PostingLevel; weight: PostingWeight }[];
}

export interface Disagreement {
  slug: string;
  expected: number;
  actual: number;
}

export interface FixtureAccuracy {
  id: string;
  expected: number;
  found: number;
  matched: number;
  /** Expected skills the analyzer did not find. */
  missing: string[];
  /** Skills the analyzer found that the human reader did not list. */
  spurious: string[];
  levelMismatches: Disagreement[];
  weightMismatches: Disagreement[];
}

export interface AccuracyReport {
  /** Expected skills found / expected skills, over all fixtures. */
  recall: number;
  /** Found skills not expected / found skills, over all fixtures. */
  spuriousRate: number;
  /** Among skills both listed: same required level. */
  levelAgreement: number;
  /** Among skills both listed: level within one step. */
  levelWithinOne: number;
  /** Among skills both listed: same weight. */
  weightAgreement: number;
  /**
   * Per posting section, told apart by weight (3 requirements, 2 responsibilities, 1 nice to
   * have): recall over the skills a human placed there, spurious over the skills the analyzer
   * placed there. Shows whether nice-to-haves are read as wishes and duties as duties.
   */
  bySection: Record<"requirements" | "responsibilities" | "niceToHave", SectionAccuracy>;
  perFixture: FixtureAccuracy[];
}

export interface SectionAccuracy {
  expected: number;
  recall: number;
  found: number;
  spuriousRate: number;
}

const SECTION_OF_WEIGHT = { 3: "requirements", 2: "responsibilities", 1: "niceToHave" } as const;

function ratio(numerator: number, denominator: number, empty: number): number {
  return denominator === 0 ? empty : numerator / denominator;
}

export function measureAccuracy(
  fixtures: readonly AccuracyFixture[],
  skills: readonly SkillAliases[],
): AccuracyReport {
  let expectedTotal = 0;
  let foundTotal = 0;
  let matchedTotal = 0;
  let levelEqual = 0;
  let levelNear = 0;
  let weightEqual = 0;
  const perFixture: FixtureAccuracy[] = [];
  const sections = {
    requirements: { expected: 0, matched: 0, found: 0, spurious: 0 },
    responsibilities: { expected: 0, matched: 0, found: 0, spurious: 0 },
    niceToHave: { expected: 0, matched: 0, found: 0, spurious: 0 },
  };

  for (const fixture of fixtures) {
    const found = analyzePosting(fixture.text, skills);
    const foundBySlug = new Map(found.map((skill) => [skill.skill, skill]));
    const expectedSlugs = new Set(fixture.expected.map((skill) => skill.slug));
    const report: FixtureAccuracy = {
      id: fixture.id,
      expected: expectedSlugs.size,
      found: found.length,
      matched: 0,
      missing: [],
      spurious: found.filter((skill) => !expectedSlugs.has(skill.skill)).map((skill) => skill.skill),
      levelMismatches: [],
      weightMismatches: [],
    };
    for (const skill of found) {
      const section = sections[SECTION_OF_WEIGHT[skill.weight]];
      section.found++;
      if (!expectedSlugs.has(skill.skill)) section.spurious++;
    }
    for (const expected of fixture.expected) {
      const actual = foundBySlug.get(expected.slug);
      const section = sections[SECTION_OF_WEIGHT[expected.weight]];
      section.expected++;
      if (actual) section.matched++;
      if (!actual) {
        report.missing.push(expected.slug);
        continue;
      }
      report.matched++;
      if (actual.level === expected.level) levelEqual++;
      else report.levelMismatches.push({ slug: expected.slug, expected: expected.level, actual: actual.level });
      if (Math.abs(actual.level - expected.level) <= 1) levelNear++;
      if (actual.weight === expected.weight) weightEqual++;
      else report.weightMismatches.push({ slug: expected.slug, expected: expected.weight, actual: actual.weight });
    }
    expectedTotal += report.expected;
    foundTotal += report.found;
    matchedTotal += report.matched;
    perFixture.push(report);
  }

  return {
    recall: ratio(matchedTotal, expectedTotal, 1),
    spuriousRate: ratio(foundTotal - matchedTotal, foundTotal, 0),
    levelAgreement: ratio(levelEqual, matchedTotal, 1),
    levelWithinOne: ratio(levelNear, matchedTotal, 1),
    weightAgreement: ratio(weightEqual, matchedTotal, 1),
    bySection: Object.fromEntries(
      Object.entries(sections).map(([name, c]) => [
        name,
        { expected: c.expected, recall: ratio(c.matched, c.expected, 1), found: c.found, spuriousRate: ratio(c.spurious, c.found, 0) },
      ]),
    ) as AccuracyReport["bySection"],
    perFixture,
  };
}

/** The same measure for each language's postings on their own. */
export function measureByLanguage(
  fixtures: readonly AccuracyFixture[],
  skills: readonly SkillAliases[],
): Record<"en" | "ko", AccuracyReport> {
  return {
    en: measureAccuracy(fixtures.filter((f) => (f.language ?? "en") === "en"), skills),
    ko: measureAccuracy(fixtures.filter((f) => f.language === "ko"), skills),
  };
}
