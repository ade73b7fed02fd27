import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { FitMeter } from "@/components/fit-meter";
import { LevelBadge, WeightBadge } from "@/components/level";
import { ActionButton } from "@/components/plan/action-button";
import { ItemStatusControl } from "@/components/plan/item-status";
import { MoveButtons } from "@/components/plan/move-buttons";
import { PrintButton } from "@/components/plan/print-button";
import { FeedbackSection } from "@/components/plan/feedback-section";
import { SharingSection } from "@/components/plan/sharing-section";
import { itemWhen, TimelineSection } from "@/components/plan/timeline-section";
import { UnratedForm } from "@/components/plan/unrated-form";
import { requireUser } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { messageFromQuery } from "@/lib/i18n/form-errors";
import { localizedSkill, skillName } from "@/lib/catalog/localize";
import { moveItem } from "@/lib/plans";
import { localizePlan } from "@/lib/plans/localize";
import { describePlan, findOwnPlan } from "@/lib/services/plans";
import { today } from "@/lib/services/today";
import { deletePlanAction, knowLevelAction, moveItemAction, raiseLevelAction, rateUnratedAction, renamePlanAction, setItemStatusAction, setPaceAction } from "../actions";
import { replyAction } from "../reply-actions";
import { createShareLinkAction, deleteCommentAction, resolveSuggestionAction, revokeShareLinkAction } from "../share-actions";

/** The newest changes show at once; older ones (up to what the plan keeps) fold away. */
const SHOWN_CHANGES = 8;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plan"))("metaTitle") };
}

const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

export default async function PlanPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ pace?: string; paceError?: string; rated?: string }>;
}) {
  const { id } = await params;
  const user = await requireUser(`/plans/${encodeURIComponent(id)}`);
  const record = await findOwnPlan(user.id, id);
  if (!record) notFound();
  const [locale, t, tp, tc, tcal, query] = await Promise.all([
    getLocale(),
    getTranslations("plan"),
    getTranslations("livingPlan"),
    getTranslations("common"),
    getTranslations("calendar"),
    searchParams,
  ]);
  // describePlan follows the plan to the current assessment and catalog before showing it.
  const plan = localizePlan(await describePlan(user.id, record), locale);
  // The schedule's week 0 (describePlan lays the remaining work from today).
  const scheduleStart = await today();
  const when = await itemWhen(locale, scheduleStart);
  const date = (iso: string) => formatDate(iso, locale);
  const changeItem = (change: (typeof plan.changes)[number], index: number) => (
    <li key={`${change.at}-${change.kind}-${change.skill}-${index}`}>
      <span className="text-muted">{tp("changeDate", { date: date(change.at.slice(0, 10)) })}</span>{" "}
      {tp(`change.${change.kind}`, {
        skill: skillName(change.skill, locale, change.name),
        old: change.name,
        level: change.level ?? change.after?.level ?? 0,
        from: change.from ?? 0,
        to: change.to ?? 0,
        hours: change.hours ?? 0,
        fromLevel: change.before?.level ?? 0,
        toLevel: change.after?.level ?? 0,
        fromWeight: change.before?.weight ?? 0,
        toWeight: change.after?.weight ?? 0,
      })}
    </li>
  );
  const allItems = plan.phases.flatMap((phase) => phase.items);
  const position = new Map(allItems.map((item, index) => [item.skill, index]));
  const skipped = allItems.filter((item) => item.status === "skipped");
  // "This week" items come unlocalized from the service; the phases' items carry the reader's words.
  const nameOf = new Map(allItems.map((item) => [item.skill, item.name]));
  const fitChanged = plan.currentFit !== null && plan.currentFit !== plan.startFit;
  const paceError = messageFromQuery(query, "paceError", locale);
  const day = await today();
  // Moves go past visible neighbours (skipped items are listed apart), within the phase.
  const moves = (phaseItems: typeof allItems, index: number) => {
    const visible = phaseItems.filter((item) => item.status !== "skipped");
    const at = visible.indexOf(phaseItems[index]!);
    const target = (neighbour: (typeof allItems)[number] | undefined) => {
      if (!neighbour) return null;
      const to = position.get(neighbour.skill)!;
      return moveItem(plan, phaseItems[index]!.skill, to).ok ? to : null;
    };
    return { up: target(visible[at - 1]), down: target(visible[at + 1]) };
  };

  return (
    <div className="page space-y-6">
      <header className="space-y-3">
        <p className="eyebrow">
          <Link href="/plans">{t("plans")}</Link> · {t("towards", { target: plan.targetName })}
        </p>
        <h1 className="text-3xl">{plan.title}</h1>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Fact label={tp("hoursLeft")} value={tp("hoursLeftValue", { remaining: plan.remainingHours, total: plan.progress.totalHours })} />
          <Fact label={tp("pace")} value={tp("paceValue", { perWeek: plan.hoursPerWeek, weeks: plan.weeks })} />
          <Fact label={tp("targetDate")} value={date(plan.targetDate)} />
          <Fact
            label={tp("fitNow")}
            value={plan.currentFit === null ? "—" : fitChanged ? tp("fitWas", { now: plan.currentFit, then: plan.startFit }) : tp("fitValue", { now: plan.currentFit })}
          />
        </dl>
        <FitMeter
          fit={plan.progress.percent}
          label={tp("progress", {
            doneItems: plan.progress.done,
            totalItems: plan.progress.total,
            doneHours: plan.progress.doneHours,
            totalHours: plan.progress.totalHours,
          })}
        />
        <p className="text-sm text-muted">{tp("progressNote")}</p>
        {!plan.targetExists && <p className="text-muted">{tp("targetDeleted")}</p>}
      </header>

      {query.rated && (
        <p role="status" className="rounded-md bg-good-soft p-3">
          {tp("unratedSaved")}
        </p>
      )}
      {plan.unrated.length > 0 && (
        <UnratedForm
          action={rateUnratedAction}
          returnTo={`/plans/${plan.id}`}
          target={plan.targetName}
          skills={plan.unrated.map((slug) => ({ slug, name: skillName(slug, locale), levels: localizedSkill(slug, locale)?.levels }))}
        />
      )}

      {plan.changes.length > 0 && (
        <section aria-labelledby="changes-title" className="card space-y-2">
          <h2 id="changes-title" className="text-xl">
            {tp("changesTitle")}
          </h2>
          <p className="text-muted">{tp("changesIntro")}</p>
          <ul className="list-disc space-y-1 pl-6">{plan.changes.slice(0, SHOWN_CHANGES).map(changeItem)}</ul>
          {plan.changes.length > SHOWN_CHANGES && (
            <details>
              <summary className="cursor-pointer text-sm text-brand">{tp("changesMore", { count: plan.changes.length - SHOWN_CHANGES })}</summary>
              <ul className="mt-1 list-disc space-y-1 pl-6">{plan.changes.slice(SHOWN_CHANGES).map(changeItem)}</ul>
            </details>
          )}
        </section>
      )}

      {plan.phases.length === 0 && <p className="card">{t("allMet", { target: plan.targetName })}</p>}

      {plan.phases.length > 0 && (
        <section aria-labelledby="this-week-title" className="card space-y-3 border-brand bg-brand-soft">
          <h2 id="this-week-title" className="text-xl">
            {tp("thisWeekTitle")}
          </h2>
          {plan.thisWeek.length === 0 ? (
            <p>{tp("thisWeekEmpty")}</p>
          ) : (
            <>
              <p>{tp("thisWeekIntro", { perWeek: plan.hoursPerWeek })}</p>
              <ul className="m-0 list-none space-y-2 p-0">
                {plan.thisWeek.map((item) => (
                  <li key={item.skill}>
                    <a href={`#item-${item.skill}`} className="font-medium">
                      {nameOf.get(item.skill) ?? item.name}
                    </a>{" "}
                    <span className="text-sm">{tp("thisWeekHours", { week: item.hoursThisWeek, hours: item.hours })}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}

      {plan.phases.length > 0 && (
        <TimelineSection
          plan={plan}
          startDate={scheduleStart}
          locale={locale}
          actions={
            <div className="no-print flex flex-wrap items-center gap-3">
              <a className="btn" href={`/api/v1/me/plans/${plan.id}/calendar.ics?lang=${locale}`} download aria-describedby="calendar-hint">
                {tcal("button")}
              </a>
              <p id="calendar-hint" className="hint min-w-0 flex-1 basis-64">
                {tcal("hint")}
              </p>
            </div>
          }
        />
      )}

      {plan.phases.map((phase) => (
        <section key={phase.key} aria-labelledby={`phase-${phase.key}`} className="card space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`phase-${phase.key}`} className="text-2xl">
              {phase.title}
            </h2>
            <p className="text-muted">
              {tp("phaseMeta", { hours: phase.hours, weeks: phase.weeks })}
              {phase.hours > 0 && tp("phaseBy", { date: date(phase.targetDate) })}
            </p>
          </div>
          <p className="font-medium">{tp(`outcome.${phase.key}`, { target: plan.targetName })}</p>
          <FitMeter fit={phase.progress.percent} label={t("phaseProgress", { phase: phase.title, done: phase.progress.done, total: phase.progress.total })} />
          <ol className="m-0 list-none space-y-4 p-0">
            {phase.items.map((item, index) =>
              item.status === "skipped" ? null : (
                <li key={item.skill} id={`item-${item.skill}`} className="rounded-md border border-line p-4">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div className="min-w-0 grow basis-64">
                      <h3 className="text-lg">{item.name}</h3>
                      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                        <LevelBadge level={item.from} /> <span aria-hidden="true">→</span>
                        <span className="sr-only">{tc("to")}</span> <LevelBadge level={item.to} />
                        <span>{tc("hours", { hours: item.hours })}</span>
                        {item.weight > 0 ? <WeightBadge weight={item.weight} /> : <span className="text-muted">{t("prerequisite")}</span>}
                      </p>
                      {when(item) && <p className="mt-1 text-sm text-muted">{when(item)}</p>}
                    </div>
                    <div className="flex flex-wrap items-start gap-2">
                      <ItemStatusControl planId={plan.id} skill={item.skill} name={item.name} status={item.status} action={setItemStatusAction} />
                      <MoveButtons
                        action={moveItemAction}
                        planId={plan.id}
                        skill={item.skill}
                        {...moves(phase.items, index)}
                        upLabel={tp("up", { skill: item.name })}
                        downLabel={tp("down", { skill: item.name })}
                        upText={tp("upText")}
                        downText={tp("downText")}
                      />
                    </div>
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
                        {tp("raise", { skill: item.name, level: item.to })}
                      </ActionButton>
                    </div>
                  )}
                  <div className="no-print mt-2 flex flex-wrap items-start gap-3">
                    <details className="min-w-0">
                      <summary className="cursor-pointer text-sm text-brand">{tp.rich("know", { skill: item.name, sr })}</summary>
                      <form
                        action={async (form: FormData) => {
                          "use server";
                          await knowLevelAction(form);
                        }}
                        className="mt-2 flex flex-wrap items-end gap-2"
                      >
                        <input type="hidden" name="planId" value={plan.id} />
                        <input type="hidden" name="skill" value={item.skill} />
                        <div>
                          <label htmlFor={`know-${item.skill}`} className="label">
                            {tp("knowLevel", { skill: item.name })}
                          </label>
                          <select id={`know-${item.skill}`} name="level" className="input" defaultValue={String(Math.min(4, item.to))}>
                            {[0, 1, 2, 3, 4].map((level) => (
                              <option key={level} value={level}>
                                {tp("levelOption", { level, name: tc(`levels.${level as 0 | 1 | 2 | 3 | 4}`) })}
                              </option>
                            ))}
                          </select>
                        </div>
                        <button type="submit" className="btn min-h-9 py-1">
                          {tp.rich("knowSave", { skill: item.name, sr })}
                        </button>
                        <p className="w-full text-sm text-muted">{tp("knowHint")}</p>
                      </form>
                    </details>
                    <ActionButton
                      action={setItemStatusAction}
                      input={{ planId: plan.id, skill: item.skill, status: "skipped" as const }}
                      pendingLabel={t("saving")}
                      className="btn min-h-9 py-1 text-sm"
                    >
                      {tp.rich("skip", { skill: item.name, sr })}
                    </ActionButton>
                  </div>
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
              ),
            )}
          </ol>
          <p className="rounded-md bg-brand-soft p-3">
            <strong>{t("milestone")}</strong> {phase.milestone}
          </p>
        </section>
      ))}

      {skipped.length > 0 && (
        <section aria-labelledby="skipped-title" className="card space-y-2">
          <h2 id="skipped-title" className="text-lg">
            {tp("skippedTitle")}
          </h2>
          <p className="text-muted">{tp("skippedIntro")}</p>
          <ul className="m-0 list-none space-y-2 p-0">
            {skipped.map((item) => (
              <li key={item.skill} className="flex flex-wrap items-center gap-3">
                <span>{tp("skippedItem", { skill: item.name, from: item.from, to: item.to, hours: item.hours })}</span>
                <ActionButton
                  action={setItemStatusAction}
                  input={{ planId: plan.id, skill: item.skill, status: "todo" as const }}
                  pendingLabel={t("saving")}
                  className="btn min-h-9 py-1 text-sm"
                >
                  {tp.rich("unskip", { skill: item.name, sr })}
                </ActionButton>
              </li>
            ))}
          </ul>
        </section>
      )}

      {plan.met.length > 0 && (
        <section aria-labelledby="met-title" className="card">
          <h2 id="met-title" className="text-lg">
            {t("metTitle")}
          </h2>
          <ul className="list-disc pl-6">
            {plan.met.map((m) => (
              <li key={m.skill}>{t("metItem", { skill: m.name, level: m.level })}</li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="pace-title" className="no-print card space-y-3">
        <h2 id="pace-title" className="text-lg">
          {tp("paceTitle")}
        </h2>
        <p className="text-muted">{tp("paceIntro")}</p>
        {query.pace && !paceError && (
          <p role="status" className="rounded-md bg-good-soft p-3">
            {tp("paceSaved", { perWeek: plan.hoursPerWeek })}
          </p>
        )}
        {paceError && (
          <p role="alert" className="form-error">
            {paceError}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2">
          <form action={setPaceAction} className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="planId" value={plan.id} />
            <input type="hidden" name="by" value="hours" />
            <div className="min-w-0 flex-1">
              <label htmlFor="plan-hours" className="label">
                {tp("hoursLabel")}
              </label>
              <input id="plan-hours" name="hoursPerWeek" type="number" min={1} max={80} className="input" defaultValue={plan.hoursPerWeek} required />
            </div>
            <button type="submit" className="btn">
              {tp("saveHours")}
            </button>
          </form>
          <form action={setPaceAction} className="flex flex-wrap items-end gap-3">
            <input type="hidden" name="planId" value={plan.id} />
            <input type="hidden" name="by" value="date" />
            <div className="min-w-0 flex-1">
              <label htmlFor="plan-date" className="label">
                {tp("dateLabel")}
              </label>
              <input id="plan-date" name="targetDate" type="date" min={day} className="input" defaultValue={plan.targetDate} required />
            </div>
            <button type="submit" className="btn">
              {tp("saveDate")}
            </button>
          </form>
        </div>
      </section>

      <FeedbackSection
        userId={user.id}
        planId={plan.id}
        levels={Object.fromEntries(allItems.map((i) => [i.skill, i.currentLevel]))}
        names={new Map(allItems.map((i) => [i.skill, i.name] as const))}
        actions={{ resolve: resolveSuggestionAction, remove: deleteCommentAction, reply: replyAction }}
      />
      <SharingSection userId={user.id} planId={plan.id} actions={{ create: createShareLinkAction, revoke: revokeShareLinkAction }} />

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
