import type { Metadata } from "next";
import Link from "next/link";
import { SkillBars } from "@/components/charts/skill-bars";
import { FitMeter } from "@/components/fit-meter";
import { getLocale, getTranslations } from "next-intl/server";
import { levelLabel, WeightBadge } from "@/components/level";
import { LEVELS } from "@/lib/catalog";
import { localizedRoles, localizedSkill, roleName, skillName } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";
import { catalogBook } from "@/lib/catalog/book";
import { computeGap, rankRoles } from "@/lib/engine";
import { parseCheckQuery, type CheckQuery, type SearchParams } from "@/lib/public/query";
import { signupSearch } from "@/lib/public/quick-check-carry";
import { queryIssueMessages } from "@/lib/public/query-messages";
import {
  QUICK_CHECK_PACE,
  QUICK_CHECK_SKILLS,
  quickAssessment,
  quickTargetFor,
  quickTargetGap,
  quickTargets,
  type QuickCheckSkill,
} from "@/lib/public/quick-check";
import { QueryErrorAlert } from "@/components/query-error-alert";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("check");
  return { title: t("metaTitle"), description: t("metaDescription") };
}

interface Props {
  searchParams: Promise<SearchParams>;
}

export default async function CheckPage({ searchParams }: Props) {
  const query = parseCheckQuery(await searchParams);
  const ratings: Partial<Record<QuickCheckSkill, number>> = query.ok ? query.value.ratings : {};
  const [locale, t] = await Promise.all([getLocale(), getTranslations("check")]);
  const errors = query.ok ? [] : await queryIssueMessages(query.errors, locale);

  return (
    <div className="page">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-muted">
        {t("lead", { count: QUICK_CHECK_SKILLS.length })}
      </p>

      {!query.ok && <QueryErrorAlert title={t("errorTitle")} messages={errors} help={t("errorHelp")} />}

      {query.ok && query.value.submitted && <Results query={query.value} locale={locale} />}

      <form method="get" action="/check" className="mt-8" aria-labelledby="rate-title">
        <h2 id="rate-title" className="text-2xl">
          {query.ok && query.value.submitted ? t("changeRatings") : t("rateSkills")}
        </h2>
        <p className="hint mt-1">{t("keyboardHint")}</p>
        <TargetFields target={query.ok ? query.value.target : undefined} hours={query.ok ? query.value.hours : QUICK_CHECK_PACE} locale={locale} />
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          {QUICK_CHECK_SKILLS.map((slug) => (
            <SkillFieldset key={slug} slug={slug} value={ratings[slug] ?? 0} locale={locale} />
          ))}
        </div>
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <button type="submit" className="btn btn-primary">
            {t("submit")}
          </button>
          <Link href="/check" className="btn">
            {t("startOver")}
          </Link>
        </div>
      </form>
    </div>
  );
}

async function SkillFieldset({ slug, value, locale }: { slug: QuickCheckSkill; value: number; locale: Locale }) {
  const skill = localizedSkill(slug, locale);
  const tc = await getTranslations("common");
  if (!skill) return null;
  return (
    <fieldset className="card min-w-0">
      <legend className="float-left w-full text-lg font-semibold">{skill.name}</legend>
      <p className="hint clear-both pt-1">{skill.description}</p>
      <div className="mt-3 space-y-1.5">
        {LEVELS.map((level) => {
          const id = `${slug}-${level}`;
          return (
            <div key={level} className="flex items-start gap-2.5 rounded-md px-2 py-1.5 has-[:checked]:bg-brand-soft">
              <input
                id={id}
                type="radio"
                name={slug}
                value={level}
                defaultChecked={value === level}
                className="mt-1 size-4 shrink-0 accent-brand"
              />
              <label htmlFor={id} className="text-sm">
                <span className="font-semibold">
                  {levelLabel(tc, level)}
                </span>
                <span className="block text-muted">{skill.levels[level]}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * The role the visitor wants and the pace they can keep. Not a fieldset: the page's groups are
 * the twelve skills, one each, and a screen reader lists them as such.
 */
async function TargetFields({ target, hours, locale }: { target?: string; hours: number; locale: Locale }) {
  const t = await getTranslations("checkTarget");
  return (
    <div className="card mt-4 grid gap-4 sm:grid-cols-[2fr_1fr] sm:items-end">
      <p className="hint sm:col-span-2">{t("targetHint")}</p>
      <div className="min-w-0">
        <label htmlFor="check-target" className="label">
          {t("targetLabel")}
        </label>
        <select id="check-target" name="target" className="input" defaultValue={target ?? ""}>
          <option value="">{t("targetNone")}</option>
          {localizedRoles(locale).map((role) => (
            <option key={role.slug} value={role.slug}>
              {role.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="check-hours" className="label">
          {t("hoursLabel")}
        </label>
        <input id="check-hours" name="hours" type="number" inputMode="numeric" min={1} max={80} className="input" defaultValue={hours} required />
      </div>
    </div>
  );
}

/** The gap to the role the visitor picked: every missing level, its hours, and the weeks at their pace. */
async function TargetGap({ query, locale }: { query: CheckQuery; locale: Locale }) {
  const [t, tc] = await Promise.all([getTranslations("checkTarget"), getTranslations("common")]);
  const gap = quickTargetGap(query.target!, query.ratings, query.hours)!;
  const name = roleName(gap.target, locale);
  return (
    <section aria-labelledby="target-gap-title" className="card space-y-3" data-testid="target-gap">
      <h3 id="target-gap-title" className="text-xl">
        {t("gapTitle", { role: name })}
      </h3>
      <p>{t("fitFor", { role: name, fit: gap.fit })}</p>
      {gap.gaps.length === 0 ? (
        <p>{t("noGap", { role: name })}</p>
      ) : (
        <>
          <p className="text-lg">
            {t.rich("total", { hours: gap.totalHours, weeks: gap.weeks, pace: gap.hoursPerWeek, strong: (c) => <strong>{c}</strong> })}
          </p>
          <ol className="list-decimal space-y-2 pl-5">
            {gap.gaps.map((row) => (
              <li key={row.skill}>
                <span className="font-medium">{skillName(row.skill, locale)}</span> <WeightBadge weight={row.weight} />
                <br />
                <span className="text-sm">
                  {levelLabel(tc, row.have)} <span aria-hidden="true">→</span>
                  <span className="sr-only"> {tc("to")} </span> {levelLabel(tc, row.need)} · {t("rowHours", { hours: row.hours, levels: row.need - row.have })}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <p className="hint">{t("scope", { asked: QUICK_CHECK_SKILLS.length, role: name, notAsked: gap.notAsked })}</p>
    </section>
  );
}

async function Results({ query, locale }: { query: CheckQuery; locale: Locale }) {
  const [t, tc, tt] = await Promise.all([getTranslations("check"), getTranslations("common"), getTranslations("checkTarget")]);
  const ratings = query.ratings;
  const assessment = quickAssessment(ratings);
  const ranking = rankRoles(quickTargets, assessment);
  const best = ranking[0]!;
  const bestTarget = quickTargetFor(best.slug)!;
  const gaps = computeGap(bestTarget, assessment, catalogBook).gaps.slice(0, 3);
  const bestName = roleName(best.slug, locale, best.name);
  // The role the answer is about: the one the visitor wants, else their best fit.
  const focus = (query.target && quickTargetFor(query.target)) || bestTarget;
  const focusName = roleName(focus.slug, locale, focus.name);
  // The sign-up form carries these ratings (and the role and pace) into the new account.
  const signupHref = `/signup${signupSearch(query)}`;

  return (
    <section aria-labelledby="results-title" className="mt-8 space-y-6">
      <h2 id="results-title" className="text-2xl">
        {t("resultsTitle")}
      </h2>
      <p className="hint -mt-4">
        {t.rich("fitHint", {
          count: QUICK_CHECK_SKILLS.length,
          link: (chunks) => (
            <Link href="/about#fit" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      <ol className="card list-none space-y-4 p-5" aria-label={t("rankedLabel")}>
        {ranking.map((role, index) => (
          <li key={role.slug} className="grid grid-cols-[2rem_1fr] items-start gap-2" data-testid="fit-row">
            <span className="pt-0.5 text-sm font-semibold text-muted tabular-nums">{index + 1}.</span>
            <div>
              <Link href={`/roles/${role.slug}`} className="font-medium">
                {roleName(role.slug, locale, role.name)}
              </Link>
              <FitMeter fit={role.fit} label={roleName(role.slug, locale, role.name)} showLabel={false} className="mt-1" />
            </div>
          </li>
        ))}
      </ol>

      {!query.target && <p className="card">{tt("pickTarget")}</p>}

      <div className="grid gap-4 lg:grid-cols-2">
        {query.target ? (
          <TargetGap query={query} locale={locale} />
        ) : (
          <section aria-labelledby="gaps-title" className="card">
            <h3 id="gaps-title" className="text-xl">
              {t("gapsTitle", { role: bestName })}
            </h3>
            {gaps.length === 0 ? (
              <p className="mt-2">{t("noGaps", { role: bestName })}</p>
            ) : (
              <ol className="mt-3 list-decimal space-y-3 pl-5">
                {gaps.map((gap) => (
                  <li key={gap.skill}>
                    <span className="font-medium">{skillName(gap.skill, locale)}</span>{" "}
                    <WeightBadge weight={gap.weight} />
                    <br />
                    <span className="text-sm">
                      {levelLabel(tc, gap.have)} <span aria-hidden="true">→</span>
                      <span className="sr-only"> {tc("to")} </span> {levelLabel(tc, gap.need)}
                    </span>
                    <span className="block text-sm text-muted">{t("next", { text: localizedSkill(gap.skill, locale)?.levels[gap.have + 1] ?? "" })}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
        <section aria-labelledby="bars-title" className="card">
          <h3 id="bars-title" className="sr-only">
            {t("barsTitle", { role: focusName })}
          </h3>
          <SkillBars
            caption={t("barsTitle", { role: focusName })}
            rows={focus.skills.map((rs) => ({
              skill: rs.skill,
              name: skillName(rs.skill, locale),
              have: assessment[rs.skill as QuickCheckSkill] ?? 0,
              need: rs.level,
              weight: rs.weight,
            }))}
          />
        </section>
      </div>

      <div className="rounded-lg border-l-4 border-brand bg-brand-soft px-5 py-4">
        <p className="font-semibold">{t("planTitle")}</p>
        <p className="mt-1 text-sm">
          {t("planBody")}
        </p>
        <p className="mt-3 flex flex-wrap gap-3">
          <Link href={signupHref} className="btn btn-primary">
            {t("signUp")}
          </Link>
          <Link href={`/roles/${focus.slug}`} className="btn">
            {t("readProfile", { role: focusName })}
          </Link>
        </p>
      </div>
    </section>
  );
}
