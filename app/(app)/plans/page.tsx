import type { Metadata } from "next";
import Link from "next/link";
import { FitMeter } from "@/components/fit-meter";
import { getProfile } from "@/db/queries/profile";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { listPlans, planSummary } from "@/lib/services/plans";
import { allTargets } from "@/lib/services/targets";
import { createPlanAction } from "./actions";

export const metadata: Metadata = { title: "Your plans" };

export default async function PlansPage({ searchParams }: { searchParams: Promise<{ error?: string; deleted?: string }> }) {
  const user = await requireUser("/plans");
  const [plans, targets, profile, query] = await Promise.all([listPlans(user.id), allTargets(user.id), getProfile(user.id), searchParams]);
  const error = typeof query.error === "string" ? query.error.slice(0, 200) : null;
  return (
    <div className="page space-y-6">
      <h1 className="text-3xl">Your plans</h1>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {query.deleted && (
        <p role="status" className="rounded-md bg-good-soft p-3">
          The plan was deleted.
        </p>
      )}
      {plans.length === 0 ? (
        <p className="card">No plans yet. Build your first roadmap below: it starts from your current ratings.</p>
      ) : (
        <ul className="m-0 grid list-none gap-4 p-0 sm:grid-cols-2">
          {plans.map(planSummary).map((plan) => (
            <li key={plan.id} className="card space-y-3">
              <h2 className="text-xl">
                <Link href={`/plans/${plan.id}`}>{plan.title}</Link>
              </h2>
              <p className="text-muted">
                Towards {plan.targetName} · created {formatDate(plan.createdAt.slice(0, 10))}
              </p>
              <FitMeter fit={plan.progress.percent} label={`${plan.progress.done} of ${plan.progress.total} items done`} />
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-plan" className="card">
        <h2 id="new-plan" className="mb-3 text-xl">
          Build a roadmap
        </h2>
        <form action={createPlanAction} className="grid gap-4 sm:grid-cols-3 sm:items-end">
          <div>
            <label htmlFor="target" className="label">
              Target role
            </label>
            <select id="target" name="target" className="input" defaultValue={profile.targetRole ?? "ml-engineer"} required>
              {targets.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.name}
                  {t.custom ? " (from a job posting)" : ""}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="hours" className="label">
              Hours per week
            </label>
            <input id="hours" name="hoursPerWeek" type="number" min={1} max={80} className="input" defaultValue={profile.hoursPerWeek} required />
          </div>
          <button type="submit" className="btn btn-primary">
            Build my roadmap
          </button>
        </form>
      </section>
    </div>
  );
}
