import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SkillBars } from "@/components/charts/skill-bars";
import { FitMeter } from "@/components/fit-meter";
import { LevelBadge } from "@/components/level";
import { skillName } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";
import { EXAMPLE_FROM as FROM, EXAMPLE_HOURS_PER_WEEK as HOURS_PER_WEEK, EXAMPLE_TO as TO, exampleTransition } from "@/lib/public/example";

/** Enough of each phase to show what a roadmap holds; the full list is one click away (/compare). */
const ITEMS_PER_PHASE = 4;

/**
 * The landing page's picture of the product: the real gap chart and roadmap for one common
 * move, drawn by the same components the signed-in pages use. Server-rendered, no script.
 */
export async function ExampleTransition() {
  const locale = (await getLocale()) as Locale;
  const example = exampleTransition(locale);
  if (!example) return null;
  const [t, tp, tc] = await Promise.all([getTranslations("homeExample"), getTranslations("phases"), getTranslations("common")]);
  const { fromName, toName, fit, rows, roadmap } = example;
  return (
    <section aria-labelledby="example-title" className="space-y-4">
      <h2 id="example-title" className="text-2xl">
        {t("title", { from: fromName, to: toName })}
      </h2>
      <p className="max-w-3xl text-muted">{t("intro", { from: fromName, to: toName })}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="card space-y-4">
          <FitMeter fit={fit} label={t("fit", { to: toName })} />
          <SkillBars caption={t("barsCaption", { from: fromName, to: toName })} rows={rows} />
        </div>
        <div className="card space-y-3">
          <h3 className="text-lg">{t("roadmapTitle")}</h3>
          <p className="text-sm text-muted">{t("roadmapSummary", { hours: roadmap.totalHours, weeks: roadmap.weeks, perWeek: roadmap.hoursPerWeek })}</p>
          <ol className="m-0 list-none space-y-4 p-0">
            {roadmap.phases.map((phase) => (
              <li key={phase.key}>
                <h4 className="font-semibold">
                  {tp(phase.key)}{" "}
                  <span className="text-sm font-normal text-muted">
                    {t("phaseMeta", { start: phase.startWeek + 1, end: phase.endWeek, hours: phase.hours })}
                  </span>
                </h4>
                <ul className="m-0 mt-1 list-none divide-y divide-line p-0 text-sm">
                  {phase.items.slice(0, ITEMS_PER_PHASE).map((item) => (
                    <li key={item.skill} className="flex flex-wrap items-center gap-x-2 gap-y-1 py-1.5">
                      <span className="w-full font-medium sm:mr-auto sm:w-auto">{skillName(item.skill, locale)}</span>
                      <LevelBadge level={item.from} /> <span aria-hidden="true">→</span>
                      <span className="sr-only">{tc("to")}</span> <LevelBadge level={item.to} />
                      <span className="ml-auto tabular-nums sm:ml-0 sm:w-14 sm:text-right">{tc("hours", { hours: item.hours })}</span>
                    </li>
                  ))}
                </ul>
                {phase.items.length > ITEMS_PER_PHASE && (
                  <p className="mt-1 text-sm text-muted">{t("more", { count: phase.items.length - ITEMS_PER_PHASE })}</p>
                )}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <p className="flex flex-wrap gap-3">
        <Link href={`/compare?from=${FROM}&to=${TO}&hours=${HOURS_PER_WEEK}`} className="btn">
          {t("compare", { from: fromName, to: toName })}
        </Link>
        <Link href="/check" className="btn btn-primary">
          {t("yours")}
        </Link>
      </p>
    </section>
  );
}
