import { skills } from "@/lib/catalog";
import { measureAccuracy, measureByLanguage } from "@/lib/postings/accuracy";
import { POSTING_FIXTURES } from "@/tests/fixtures/postings";

export const ANALYZER_GOALS = { recall: 0.9, spurious: 0.1 } as const;

export interface AnalyzerFigure {
  postings: number;
  korean: number;
  recall: number;
  spuriousRate: number;
  levelAgreement: number;
  weightAgreement: number;
  /** Per language and per posting section (requirements, responsibilities, nice to have). */
  breakdown: string;
  ok: boolean;
}

/** The hand-labelled postings of tests/fixtures/postings.ts, scored as the unit test scores them. */
export function benchAnalyzer(): AnalyzerFigure {
  const report = measureAccuracy(POSTING_FIXTURES, skills);
  const byLanguage = measureByLanguage(POSTING_FIXTURES, skills);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const breakdown = [
    ...Object.entries(byLanguage).map(([lang, r]) => `${lang}: recall ${pct(r.recall)}, spurious ${pct(r.spuriousRate)}`),
    ...Object.entries(report.bySection).map(([section, r]) => `${section}: recall ${pct(r.recall)}, spurious ${pct(r.spuriousRate)}`),
  ].join("; ");
  return {
    postings: POSTING_FIXTURES.length,
    korean: POSTING_FIXTURES.filter((f) => f.language === "ko").length,
    recall: report.recall,
    spuriousRate: report.spuriousRate,
    levelAgreement: report.levelAgreement,
    weightAgreement: report.weightAgreement,
    breakdown,
    ok:
      report.recall >= ANALYZER_GOALS.recall &&
      report.spuriousRate <= ANALYZER_GOALS.spurious &&
      Object.values(byLanguage).every((r) => r.recall >= ANALYZER_GOALS.recall && r.spuriousRate <= ANALYZER_GOALS.spurious),
  };
}

export function formatAnalyzer(f: AnalyzerFigure): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return (
    `recall ${pct(f.recall)} (goal ≥ ${pct(ANALYZER_GOALS.recall)}), spurious ${pct(f.spuriousRate)} (goal ≤ ${pct(ANALYZER_GOALS.spurious)}), ` +
    `level agreement ${pct(f.levelAgreement)}, weight agreement ${pct(f.weightAgreement)} over ${f.postings} postings (${f.korean} Korean); ${f.breakdown}`
  );
}
