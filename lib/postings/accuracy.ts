/**
 * How well the analyzer agrees with a human reading of a set of postings. Pure, so the unit
 * tests and the benchmark script report the same figures.
 */
import { analyzePosting, type PostingLevel, type PostingWeight, type SkillAliases } from "./analyze";

export interface AccuracyFixture {
  id: string;
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
  perFixture: FixtureAccuracy[];
}

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
    for (const expected of fixture.expected) {
      const actual = foundBySlug.get(expected.slug);
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
    perFixture,
  };
}
