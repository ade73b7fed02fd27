import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LevelBadge, levelLabel, WeightBadge } from "@/components/level";
import type { Role } from "@/lib/catalog";
import { localizedRole, localizedRoles, skillName } from "@/lib/catalog/localize";
import { catalogBook, roleAsTarget } from "@/lib/catalog/book";
import { buildRoadmap, type Roadmap } from "@/lib/engine";
import { compareRoles, roleAsAssessment, type SkillChange } from "@/lib/public/compare";
import { parseCompareQuery, type SearchParams } from "@/lib/public/query";
import { queryIssueMessages } from "@/lib/public/query-messages";
import type { Locale } from "@/lib/i18n/locales";
import { QueryErrorAlert } from "@/components/query-error-alert";

type T = Awaited<ReturnType<typeof getTranslations<"compare">>>;
type TC = Awaited<ReturnType<typeof getTranslations<"common">>>;

interface Props {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseCompareQuery(await searchParams);
  const [locale, t] = await Promise.all([getLocale(), getTranslations("compare")]);
  const from = query.ok && query.value.from ? localizedRole(query.value.from, locale) : undefined;
  const to = query.ok && query.value.to ? localizedRole(query.value.to, locale) : undefined;
  if (from && to) {
    return {
      title: t("metaPairTitle", { from: from.name, to: to.name }),
      description: t("metaPairDescription", { from: from.name, to: to.name }),
    };
  }
  return { title: t("metaTitle"), description: t("metaDescription") };
}

export default async function ComparePage({ searchParams }: Props) {
  const query = parseCompareQuery(await searchParams);
  const value = query.ok ? query.value : undefined;
  const [locale, t, tc] = await Promise.all([getLocale(), getTranslations("compare"), getTranslations("common")]);
  const errors = query.ok ? [] : await queryIssueMessages(query.errors, locale);
  const from = value?.from ? localizedRole(value.from, locale) : undefined;
  const to = value?.to ? localizedRole(value.to, locale) : undefined;
  const hours = value?.hours ?? 10;
  const partial = query.ok && Boolean(value?.from) !== Boolean(value?.to);

  return (
    <div className="page">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">
        {from && to ? (
          <>
            {from.name} <span aria-hidden="true">→</span>
            <span className="sr-only"> {tc("to")} </span> {to.name}
          </>
        ) : (
          t("title")
        )}
      </h1>
      <p className="mt-3 max-w-2xl text-muted">
        {t.rich("lead", {
          link: (chunks) => (
            <Link href="/check" className="underline">
              {chunks}
            </Link>
          ),
        })}
      </p>

      <CompareForm from={from?.slug} to={to?.slug} hours={hours} t={t} locale={locale} />

      {!query.ok && <QueryErrorAlert title={t("errorTitle")} messages={errors} help={t("errorHelp")} />}
      {partial && (
        <p role="status" className="form-error mt-6">
          {t("partial")}
        </p>
      )}

      {from && to && <Comparison from={from} to={to} hours={hours} t={t} tc={tc} locale={locale} />}
    </div>
  );
}

function CompareForm({ from, to, hours, t, locale }: { from?: string; to?: string; hours: number; t: T; locale: Locale }) {
  const roles = localizedRoles(locale);
  return (
    <form method="get" action="/compare" className="card mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_10rem_auto] lg:items-end">
      <RoleSelect name="from" label={t("fromLabel")} choose={t("choose")} roles={roles} value={from} />
      <RoleSelect name="to" label={t("toLabel")} choose={t("choose")} roles={roles} value={to} />
      <div>
        <label htmlFor="hours" className="label">
          {t("hoursLabel")}
        </label>
        <input id="hours" name="hours" type="number" min={1} max={80} step={1} defaultValue={hours} className="input" aria-describedby="hours-hint" />
        <p id="hours-hint" className="sr-only">
          {t("hoursHint")}
        </p>
      </div>
      <button type="submit" className="btn btn-primary">
        {t("submit")}
      </button>
    </form>
  );
}

function RoleSelect({ name, label, choose, roles, value }: { name: string; label: string; choose: string; roles: readonly { slug: string; name: string }[]; value?: string }) {
  return (
    <div>
      <label htmlFor={name} className="label">
        {label}
      </label>
      <select id={name} name={name} className="input" defaultValue={value ?? ""} required>
        <option value="">{choose}</option>
        {roles.map((role) => (
          <option key={role.slug} value={role.slug}>
            {role.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function Comparison({ from, to, hours, t, tc, locale }: { from: Role; to: Role; hours: number; t: T; tc: TC; locale: Locale }) {
  const diff = compareRoles(from, to, locale);
  const roadmap = buildRoadmap(roleAsTarget(to), roleAsAssessment(from), catalogBook, {
    hoursPerWeek: hours,
    milestones: to.milestones,
  });
  return (
    <div className="mt-10 space-y-10">
      <section aria-labelledby="summary" className="card">
        <h2 id="summary" className="text-xl">
          {t("inShort")}
        </h2>
        <p className="mt-2">
          {t.rich("summary", {
            from: from.name,
            to: to.name,
            fit: roadmap.fit,
            count: diff.grow.length,
            hours: roadmap.totalHours,
            weeks: roadmap.weeks,
            perWeek: hours,
            strong: (chunks) => <strong className="tabular-nums">{chunks}</strong>,
          })}
        </p>
        <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <Link href={`/compare?from=${to.slug}&to=${from.slug}&hours=${hours}`} className="underline">{t("swap", { to: to.name, from: from.name })}</Link>
          <Link href={`/roles/${from.slug}`} className="underline">{t("profile", { role: from.name })}</Link>
          <Link href={`/roles/${to.slug}`} className="underline">{t("profile", { role: to.name })}</Link>
        </p>
      </section>

      <ChangeTable
        id="grow"
        title={t("growTitle")}
        intro={t("growIntro", { to: to.name, from: from.name })}
        changes={diff.grow}
        fromName={from.name}
        toName={to.name}
        t={t}
      />
      <ChangeTable
        id="less"
        title={t("lessTitle")}
        intro={t("lessIntro", { to: to.name, from: from.name })}
        changes={diff.less}
        fromName={from.name}
        toName={to.name}
        t={t}
      />
      <ChangeTable
        id="same"
        title={t("sameTitle")}
        intro={t("sameIntro")}
        changes={diff.same}
        fromName={from.name}
        toName={to.name}
        t={t}
      />

      <RoadmapView roadmap={roadmap} from={from} to={to} t={t} tc={tc} locale={locale} />
    </div>
  );
}

async function ChangeTable(props: { id: string; title: string; intro: string; changes: SkillChange[]; fromName: string; toName: string; t: T }) {
  const { id, title, intro, changes, fromName, toName, t } = props;
  const tv = await getTranslations("views");
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-2xl">
        {title} <span className="text-base font-normal text-muted">({changes.length})</span>
      </h2>
      <p className="hint mt-1">{intro}</p>
      {changes.length === 0 ? (
        <p className="mt-3">{t("none")}</p>
      ) : (
        // Narrow screens scroll the table sideways; the wrapper takes focus so keyboards can scroll it too.
        <>
        <p className="scroll-hint">{tv("scrollHint")}</p>
        <div className="scroll-x mt-1 rounded-lg border border-line" tabIndex={0} role="region" aria-label={t("tableLabel", { title })}>
          <table className="table min-w-[34rem]">
            <caption className="sr-only">
              {t("tableCaption", { title, from: fromName, to: toName })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("skill")}</th>
                <th scope="col">{fromName}</th>
                <th scope="col">{toName}</th>
                {id !== "same" && <th scope="col">{t("change")}</th>}
                <th scope="col">{t("weightIn", { role: toName })}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.skill}>
                  <th scope="row" className="min-w-[10rem] font-medium">
                    {change.name}
                  </th>
                  <td>{change.from === 0 ? <span className="text-muted">{t("notListed")}</span> : <LevelBadge level={change.from} />}</td>
                  <td>{change.to === 0 ? <span className="text-muted">{t("notListed")}</span> : <LevelBadge level={change.to} />}</td>
                  {id !== "same" && (
                    <td className={`tabular-nums font-semibold ${change.delta > 0 ? "text-brand-dark" : "text-muted"}`}>
                      {change.delta > 0 ? `+${change.delta}` : `−${-change.delta}`}
                      <span className="sr-only"> {t("levels", { count: Math.abs(change.delta) })}</span>
                    </td>
                  )}
                  <td>{change.weight === 0 ? <span className="text-muted">—</span> : <WeightBadge weight={change.weight} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}
    </section>
  );
}

async function RoadmapView({ roadmap, from, to, t, tc, locale }: { roadmap: Roadmap; from: Role; to: Role; t: T; tc: TC; locale: Locale }) {
  const tp = await getTranslations("phases");
  return (
    <section aria-labelledby="roadmap">
      <h2 id="roadmap" className="text-2xl">
        {t("roadmapTitle")}
      </h2>
      <p className="hint mt-1">
        {t("roadmapHint", { from: from.name, to: to.name, hours: roadmap.totalHours, weeks: roadmap.weeks, perWeek: roadmap.hoursPerWeek })}
      </p>
      {roadmap.phases.length === 0 ? (
        <p className="mt-3">{t("nothing", { from: from.name, to: to.name })}</p>
      ) : (
        <ol className="mt-4 list-none space-y-5 p-0">
          {roadmap.phases.map((phase) => (
            <li key={phase.key} className="card">
              <h3 className="text-lg">
                {tp(phase.key)}{" "}
                <span className="text-base font-normal text-muted">
                  {t("phaseMeta", { weeks: phase.weeks, start: phase.startWeek + 1, end: phase.endWeek, hours: phase.hours })}
                </span>
              </h3>
              <ul className="mt-3 list-none divide-y divide-line p-0">
                {phase.items.map((item) => (
                  <li key={item.skill} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                    <span className="mr-auto font-medium">
                      {skillName(item.skill, locale)}
                      {item.reason === "prerequisite" && <span className="ml-2 text-xs font-normal text-muted">{t("prerequisite")}</span>}
                    </span>
                    <span className="text-sm">
                      <span className="sr-only">{t("from")}</span>
                      {levelLabel(tc, item.from)} <span aria-hidden="true">→</span>
                      <span className="sr-only"> {tc("to")} </span> {levelLabel(tc, item.to)}
                    </span>
                    <span className="w-16 text-right text-sm tabular-nums">{tc("hours", { hours: item.hours })}</span>
                  </li>
                ))}
              </ul>
              <p className="mt-3 rounded-md bg-wash p-3 text-sm">
                <span className="font-semibold">{t("milestone")}</span>
                {phase.milestone}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-6">
        <Link href="/signup" className="btn btn-primary">
          {t("signUp")}
        </Link>
      </p>
    </section>
  );
}
