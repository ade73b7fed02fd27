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
import { formatDate, formatWeeks } from "@/lib/format";
import { describePlan, planIdSchema } from "@/lib/services/plans";
import { getPlan } from "@/db/queries/plans";
import { deletePlanAction, raiseLevelAction, refreshPlanAction, renamePlanAction } from "../actions";

export const metadata: Metadata = { title: "Plan" };

export default async function PlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/plans/${encodeURIComponent(id)}`);
  const record = planIdSchema.safeParse(id).success ? await getPlan(user.id, id) : undefined;
  if (!record) notFound();
  const plan = await describePlan(user.id, record);
  const staleReasons = [plan.outOfDate && "your assessment changed", plan.catalogChanged && "the role catalog changed"].filter(Boolean);

  return (
    <div className="page space-y-6">
      <header className="space-y-3">
        <p className="eyebrow">
          <Link href="/plans">Plans</Link> · towards {plan.targetName}
        </p>
        <h1 className="text-3xl">{plan.title}</h1>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Fact label="Hours left to plan" value={`${plan.totalHours} h`} />
          <Fact label="At your pace" value={`${plan.hoursPerWeek} h/week · ${formatWeeks(plan.weeks)}`} />
          <Fact label="Target date" value={plan.targetDate ? formatDate(plan.targetDate) : "—"} />
          <Fact label="Fit now" value={plan.currentFit === null ? "—" : `${plan.currentFit}% (was ${plan.fit}%)`} />
        </dl>
        <FitMeter fit={plan.progress.percent} label={`Progress: ${plan.progress.done} of ${plan.progress.total} items done`} />
        {!plan.targetExists && staleReasons.length === 0 && (
          <p className="text-muted">The role this plan was built towards was deleted; the plan and your progress stay as they were.</p>
        )}
      </header>

      {staleReasons.length > 0 && (
        <section aria-labelledby="stale-title" className="card border-warn bg-warn-soft">
          <h2 id="stale-title" className="text-lg">
            This plan is out of date
          </h2>
          <p>Since it was computed, {staleReasons.join(" and ")}. Refreshing keeps the status of every item that remains; items you now meet count as done.</p>
          {plan.catalogChanges && plan.catalogChanges.length > 0 && (
            <ul className="my-2 list-disc pl-6">
              {plan.catalogChanges.map((change) => (
                <li key={`${change.kind}-${change.skill}`}>{change.message}</li>
              ))}
            </ul>
          )}
          {plan.catalogChanged && plan.catalogChanges === null && <p>It was built from an older version of the catalog.</p>}
          {plan.targetExists ? (
            <ActionButton action={refreshPlanAction} input={{ planId: plan.id }} pendingLabel="Refreshing…" className="btn btn-primary mt-2">
              Refresh plan
            </ActionButton>
          ) : (
            <p className="font-medium">Its target role was deleted, so it can no longer be recomputed; your progress stays here.</p>
          )}
        </section>
      )}

      {plan.phases.length === 0 && (
        <p className="card">You already meet every requirement of {plan.targetName}. Nothing left to plan — well done.</p>
      )}

      {plan.phases.map((phase) => (
        <section key={phase.key} aria-labelledby={`phase-${phase.key}`} className="card space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id={`phase-${phase.key}`} className="text-2xl">
              {phase.title}
            </h2>
            <p className="text-muted">
              {phase.hours} h · {formatWeeks(phase.weeks)}
              {phase.targetDate && <> · by {formatDate(phase.targetDate)}</>}
            </p>
          </div>
          <FitMeter fit={phase.progress.percent} label={`${phase.title}: ${phase.progress.done} of ${phase.progress.total} done`} />
          <ol className="m-0 list-none space-y-4 p-0">
            {phase.items.map((item) => (
              <li key={item.skill} className="rounded-md border border-line p-4">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0 flex-1">
                    <h3 className="text-lg">{item.name}</h3>
                    <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                      <LevelBadge level={item.from} /> <span aria-hidden="true">→</span>
                      <span className="sr-only">to</span> <LevelBadge level={item.to} />
                      <span>{item.hours} h</span>
                      {item.weight > 0 ? <WeightBadge weight={item.weight} /> : <span className="text-muted">prerequisite</span>}
                    </p>
                  </div>
                  <ItemStatusControl planId={plan.id} skill={item.skill} name={item.name} status={item.status} />
                </div>
                <p className="mt-2">{item.why}</p>
                {item.status === "done" && item.currentLevel < item.to && (
                  <div className="no-print mt-2 flex flex-wrap items-center gap-3 rounded-md bg-good-soft p-3">
                    <span>Done? Then your {item.name} level may be {item.to} now.</span>
                    <ActionButton
                      action={raiseLevelAction}
                      input={{ planId: plan.id, skill: item.skill, level: item.to }}
                      pendingLabel="Saving…"
                      className="btn min-h-9 py-1"
                    >
                      Raise my level to {item.to}
                    </ActionButton>
                  </div>
                )}
                {item.resources.length > 0 && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-brand">Resources ({item.resources.length})</summary>
                    <ul className="mt-1 list-disc pl-6 text-sm">
                      {item.resources.map((resource) => (
                        <li key={resource.url}>
                          <a href={resource.url} rel="noopener noreferrer" target="_blank">
                            {resource.title}
                            <span className="sr-only"> (opens in a new tab)</span>
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
            <strong>Milestone project:</strong> {phase.milestone}
          </p>
        </section>
      ))}

      {plan.met.length > 0 && (
        <section aria-labelledby="met-title" className="card">
          <h2 id="met-title" className="text-lg">
            Met since this plan was made
          </h2>
          <ul className="list-disc pl-6">
            {plan.met.map((m) => (
              <li key={m.skill}>
                {m.name} (level {m.level})
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
          Manage this plan
        </h2>
        <div className="flex flex-wrap gap-3">
          <a className="btn" href={`/api/v1/me/plans/${plan.id}/markdown`} download>
            Download as Markdown
          </a>
          <PrintButton />
          {plan.targetExists && (
            <Link className="btn" href={`/gap/${encodeURIComponent(plan.target)}`}>
              Gap view for {plan.targetName}
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
              Plan name
            </label>
            <input id="plan-title" name="title" className="input" defaultValue={plan.title} maxLength={120} required />
          </div>
          <button type="submit" className="btn">
            Rename
          </button>
        </form>
        <details>
          <summary className="cursor-pointer font-medium text-bad">Delete this plan…</summary>
          <form action={deletePlanAction} className="mt-2 space-y-2">
            <input type="hidden" name="planId" value={plan.id} />
            <p>This removes the plan, its statuses, share links and comments. It cannot be undone.</p>
            <button type="submit" className="btn btn-danger">
              Delete plan for good
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
