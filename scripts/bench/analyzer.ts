import { skills } from "@/lib/catalog";
import { measureAccuracy } from "@/lib/postings/accuracy";
import { POSTING_FIXTURES } from "@/lib/postings/fixtures";

export const ANALYZER_GOALS = { recall: 0.9, spurious: 0.1 } as const;

export interface AnalyzerFigure {
  postings: number;
  korean: number;
  recall: number;
  spuriousRate: number;
  levelAgreement: number;
  weightAgreement: number;
  ok: boolean;
}

/** The hand-labelled postings of lib/postings/fixtures.ts, scored as the unit test scores them. */
export function benchAnalyzer(): AnalyzerFigure {
  const report = measureAccuracy(POSTING_FIXTURES, skills);
  return {
    postings: POSTING_FIXTURES.length,
    korean: POSTING_FIXTURES.filter((f) => f.language === "ko").length,
    recall: report.recall,
    spuriousRate: report.spuriousRate,
    levelAgreement: report.levelAgreement,
    weightAgreement: report.weightAgreement,
    ok: report.recall >= ANALYZER_GOALS.recall && report.spuriousRate <= ANALYZER_GOALS.spurious,
  };
}

export function formatAnalyzer(f: AnalyzerFigure): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return (
    `recall ${pct(f.recall)} (goal ≥ ${pct(ANALYZER_GOALS.recall)}), spurious ${pct(f.spuriousRate)} (goal ≤ ${pct(ANALYZER_GOALS.spurious)}), ` +
    `level agreement ${pct(f.levelAgreement)}, weight agreement ${pct(f.weightAgreement)} over ${f.postings} postings (${f.korean} Korean)`
  );
}
