import { useServerTranslations as useTranslations } from "@/lib/i18n/server";
import { levelLabel, weightLabel } from "@/components/level";

export interface SkillBarRow {
  skill: string;
  name: string;
  have: number;
  need: number;
  weight: number;
}

const MAX_LEVEL = 4;
const pct = (level: number) => `${(Math.max(0, Math.min(MAX_LEVEL, level)) / MAX_LEVEL) * 100}%`;

type Standing = "met" | "partly" | "missing";

/** The same three groups the gap view lists: at or above the need, on the way, not started. */
export function standing(row: Pick<SkillBarRow, "have" | "need">): Standing {
  if (row.have >= row.need) return "met";
  return row.have > 0 ? "partly" : "missing";
}

/**
 * Have versus need per skill as plain CSS bars (no chart library, nothing to run in the
 * browser), with a legend for what the colours mean, each row's standing also in words, and
 * the same numbers in a table for screen readers, copy and print.
 */
export function SkillBars({ caption, rows }: { caption: string; rows: readonly SkillBarRow[] }) {
  const t = useTranslations("skillBars");
  const tl = useTranslations("chartLegend");
  const tc = useTranslations("common");
  return (
    <figure className="m-0">
      <figcaption className="mb-3 font-semibold">{caption}</figcaption>
      <div aria-hidden="true">
        <ul className="m-0 mb-3 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-xs text-muted" data-testid="bars-legend">
          <li className="inline-flex items-center gap-1">
            <span className="bar-swatch bg-good" /> {tl("met")}
          </li>
          <li className="inline-flex items-center gap-1">
            <span className="bar-swatch bg-brand" /> {tl("partly")}
          </li>
          <li className="inline-flex items-center gap-1">
            <span className="bar-swatch bar-missing-fill" /> {tl("missing")}
          </li>
          <li className="inline-flex items-center gap-1">
            <span className="inline-block h-3 w-0.5 bg-ink" /> {tl("need")}
          </li>
        </ul>
        <ul className="m-0 list-none space-y-3 p-0">
          {rows.map((row) => {
            const state = standing(row);
            return (
              <li key={row.skill} className="grid grid-cols-1 gap-1 sm:grid-cols-[14rem_1fr] sm:items-center sm:gap-3">
                <span className="text-sm">
                  {row.name}
                  <span className="ml-1 text-xs text-muted">
                    {row.have}/{row.need} · {tl(state)}
                  </span>
                </span>
                {/* The track draws a mark per level (globals.css), so a bar's length reads as a level. */}
                <span className="bar-track">
                  {state === "missing" ? (
                    <span className="bar-have bar-missing-fill" style={{ width: pct(row.need) }} />
                  ) : (
                    <span className={`bar-have ${state === "met" ? "bg-good" : "bg-brand"}`} style={{ width: pct(row.have) }} />
                  )}
                  <span className="bar-need" style={{ left: `calc(${pct(row.need)} - 1px)` }} />
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm text-brand">{t("showTable")}</summary>
        <div className="relative mt-2 overflow-x-auto">
          <table className="table">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t("skill")}</th>
                <th scope="col">{t("haveCol")}</th>
                <th scope="col">{t("needCol")}</th>
                <th scope="col">{tl("standing")}</th>
                <th scope="col">{t("weight")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.skill}>
                  <th scope="row" className="font-normal">
                    {row.name}
                  </th>
                  <td>{levelLabel(tc, row.have)}</td>
                  <td>{levelLabel(tc, row.need)}</td>
                  <td>{tl(standing(row))}</td>
                  <td>{weightLabel(tc, row.weight)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
