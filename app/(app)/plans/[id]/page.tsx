import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FitMeter } from "@/components/fit-meter";
import { LevelBadge, WeightBadge } from "@/components/level";
import { ActionButton } from "@/components/plan/action-button";
import { ItemStatusControl } from "@/components/plan/item-status";
import { PrintButton } from "@/components/plan/print-button";
import { SharingSection } from "@/components/plan/sharing-section";
import { requireUser } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { skillName } from "@/lib/catalog/localize";
import { localizePlan } from "@/lib/plans/localize";
import { describePlan, planIdSchema } from "@/lib/services/plans";
import { getPlan } from "@/db/queries/plans";
import { deletePlanAction, raiseLevelAction, refreshPlanAction, renamePlanAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plan"))("metaTitle") };
}

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/plans/${encodeURIComponent(id)}`);
  const record = planIdSchema.safeParse(id).success ? await getPlan(user.id, id) : undefined;
  if (!record) notFound();
  const [locale, t, tc] = await Promise.all([getLocale(), getTranslations("plan"), getTranslations("common")]);
  const plan = localizePlan(await describePlan(user.id, record), locale);
  const stale = plan.outOfDate && plan.catalogChanged ? "staleBoth" : plan.outOfDate ? "staleAssessment" : plan.catalogChanged ? "staleCatalog" : null;

  return (
    <div className="page space-y-6">
      <header className="space-y-3">
        <p className="eyebrow">
          <Link href="/plans">{t("plans")}</Link> · {t("towards", { target: plan.targetName })}
        </p>
        <h1 className="text-3xl">{plan.title}</h1>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Fact label={t("hoursLeft")} value={tc("hours", { hours: plan.totalHours })} />
          <Fact label={t("pace")} value={t("paceValue", { perWeek: plan.hoursPerWeek, weeks: plan.weeks })} />
          <Fact label={t("targetDate")} value={plan.targetDate ? formatDate(plan.targetDate, locale) : "—"} />
          <Fact label={t("fitNow")} value={plan.currentFit === null ? "—" : t("fitValue", { now: plan.currentFit, then: plan.fit })} />
        </dl>
        <FitMeter fit={plan.progress.percent} label={t("progress", { done: plan.progress.done, total: plan.progress.total })} />
        {!plan.targetExists && !stale && <p className="text-muted">{t("targetDeleted")}</p>}
      </header>

      {stale && (
        <section aria-labelledby="stale-title" className="card border-warn bg-warn-soft">
          <h2 id="stale-title" className="text-lg">
            {t("staleTitle")}
          </h2>
          <p>{t(stale)}</p>
          {plan.catalogChanges && plan.catalogChanges.length > 0 && (
            <ul className="my-2 list-disc pl-6">
              {plan.catalogChanges.map((change) => (
                <li key={`${change.kind}-${change.skill}`}>
                  {t(`catalogChange.${change.kind}`, {
                    old: change.oldName ?? change.skill,
                    skill: skillName(change.skill, locale, change.oldName),
                    level: change.after?.level ?? 0,
                    fromLevel: change.before?.level ?? 0,
                    toLevel: change.after?.level ?? 0,
                    fromWeight: change.before?.weight ?? 0,
                    toWeight: change.after?.weight ?? 0,
                  })}
                </li>
              ))}
            </ul>
          )}
          {plan.catalogChanged && plan.catalogChanges === null && <p>{t("olderCatalog")}</p>}
          {plan.targetExists ? (
            <ActionButton action={refreshPlanAction} input={{ planId: plan.id }} pendingLabel={t("refreshing")} className="btn btn-primary mt-2">
              {t("refresh")}
            </ActionButton>
          ) : (
            <p className="font-medium">{t("targetDeleted")}</p>
          )}
        </section>
      )}

      {plan.phases.length === 0 && (
        <p className="card">{t("allMet", { target: plan.targetName })}</p>
      )}

      {plan.phases.map((phase) => (
        <section key={phase.key} aria-labelledby={`phase-${phase.key}`} className="card space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`phase-${phase.key}`} className="text-2xl">
              {phase.title}
            </h2>
            <p className="text-muted">
              {t("phaseMeta", { hours: phase.hours, weeks: phase.weeks })}
              {phase.targetDate && t("phaseBy", { date: formatDate(phase.targetDate, locale) })}
            </p>
          </div>
          <FitMeter fit={phase.progress.percent} label={t("phaseProgress", { phase: phase.title, done: phase.progress.done, total: phase.progress.total })} />
          <ol className="m-0 list-none space-y-4 p-0">
            {phase.items.map((item) => (
              <li key={item.skill} className="rounded-md border border-line p-4">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0 grow basis-64">
                    <h3 className="text-lg">{item.name}</h3>
                    <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                      <LevelBadge level={item.from} /> <span aria-hidden="true">→</span>
                      <span className="sr-only">{tc("to")}</span> <LevelBadge level={item.to} />
                      <span>{tc("hours", { hours: item.hours })}</span>
                      {item.weight > 0 ? <WeightBadge weight={item.weight} /> : <span className="text-muted">{t("prerequisite")}</span>}
                    </p>
                  </div>
                  <ItemStatusControl planId={plan.id} skill={item.skill} name={item.name} status={item.status} />
                </div>
                <p className="mt-2">{item.why}</p>
                {item.status === "done" && item.currentLevel < item.to && (
                  <div className="no-print mt-2 flex flex-wrap items-center gap-3 rounded-md bg-good-soft p-3">
                    <span>{t("raisePrompt", { skill: item.name, level: item.to })}</span>
                    <ActionButton
                      action={raiseLevelAction}
                      input={{ planId: plan.id, skill: item.skill, level: item.to }}
                      pendingLabel={t("saving")}
                      className="btn min-h-9 py-1"
                    >
                      {t("raise", { level: item.to })}
                    </ActionButton>
                  </div>
                )}
                {item.resources.length > 0 && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-brand">{t("resources", { count: item.resources.length })}</summary>
                    <ul className="mt-1 list-disc pl-6 text-sm">
                      {item.resources.map((resource) => (
                        <li key={resource.url}>
                          <a href={resource.url} rel="noopener noreferrer" target="_blank">
                            {resource.title}
                            <span className="sr-only">{t("newTab")}</span>
                          </a>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            ))}
          </ol>
          <p className="rounded-md bg-brand-soft p-3">
            <strong>{t("milestone")}</strong> {phase.milestone}
          </p>
        </section>
      ))}

      {plan.met.length > 0 && (
        <section aria-labelledby="met-title" className="card">
          <h2 id="met-title" className="text-lg">
            {t("metTitle")}
          </h2>
          <ul className="list-disc pl-6">
            {plan.met.map((m) => (
              <li key={m.skill}>
                {t("metItem", { skill: m.name, level: m.level })}
              </li>
            ))}
          </ul>
        </section>
      )}

      <SharingSection
        userId={user.id}
        planId={plan.id}
        levels={Object.fromEntries(plan.phases.flatMap((p) => p.items.map((i) => [i.skill, i.currentLevel])))}
        names={new Map(plan.phases.flatMap((p) => p.items.map((i) => [i.skill, i.name] as const)))}
      />

      <section aria-labelledby="manage-title" className="no-print card space-y-4">
        <h2 id="manage-title" className="text-lg">
          {t("manageTitle")}
        </h2>
        <div className="flex flex-wrap gap-3">
          <a className="btn" href={`/api/v1/me/plans/${plan.id}/markdown?lang=${locale}`} download>
            {t("markdown")}
          </a>
          <PrintButton />
          {plan.targetExists && (
            <Link className="btn" href={`/gap/${encodeURIComponent(plan.target)}`}>
              {t("gapView", { target: plan.targetName })}
            </Link>
          )}
        </div>
        <form
          action={async (form: FormData) => {
            "use server";
            await renamePlanAction(form);
          }}
          className="flex flex-wrap items-end gap-3"
        >
          <input type="hidden" name="planId" value={plan.id} />
          <div className="min-w-0 flex-1">
            <label htmlFor="plan-title" className="label">
              {t("planName")}
            </label>
            <input id="plan-title" name="title" className="input" defaultValue={plan.title} maxLength={120} required />
          </div>
          <button type="submit" className="btn">
            {t("rename")}
          </button>
        </form>
        <details>
          <summary className="cursor-pointer font-medium text-bad">{t("deleteSummary")}</summary>
          <form action={deletePlanAction} className="mt-2 space-y-2">
            <input type="hidden" name="planId" value={plan.id} />
            <p>{t("deleteWarning")}</p>
            <button type="submit" className="btn btn-danger">
              {t("deleteConfirm")}
            </button>
          </form>
        </details>
      </section>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md border border-line bg-paper p-3">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="font-semibold">{value}</dd>
    </div>
  );
}
