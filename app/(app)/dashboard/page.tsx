import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FitMeter } from "@/components/fit-meter";
import { LevelBadge, WeightBadge } from "@/components/level";
import { requireUser } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/services/dashboard";
import { createPlanAction } from "../plans/actions";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const data = await loadDashboard(user.id);
  // Someone who set a target through the API has answered what onboarding asks.
  if (!data.profile.onboarded && !data.profile.targetRole) redirect("/onboarding");
  const { target, activePlan } = data;

  return (
    <div className="page space-y-6">
      <header>
        <h1 className="text-3xl">Hello, {user.name ?? "there"}</h1>
        {target ? (
          <p className="mt-1 text-lg">
            You are <strong>{target.fit}%</strong> of the way to <strong>{target.name}</strong>
            {data.alternatives[0] && (
              <>
                {" "}
                — and {data.alternatives[0].fit}% of the way to {data.alternatives[0].name}
                {data.alternatives[1] && ` and ${data.alternatives[1].fit}% to ${data.alternatives[1].name}`}.
              </>
            )}
          </p>
        ) : (
          <p className="mt-1">
            Choose a target role in <Link href="/settings">settings</Link> to see your gaps and build a roadmap.
          </p>
        )}
      </header>

      <section aria-labelledby="next-step" className="card border-brand bg-brand-soft">
        <h2 id="next-step" className="mb-2 text-xl">
          Your next step
        </h2>
        <NextStep data={data} />
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="fits-title" className="card">
          <h2 id="fits-title" className="mb-3 text-xl">
            Your fit for every role
          </h2>
          <ol className="m-0 list-none space-y-3 p-0">
            {data.ranking.map((role) => (
              <li key={role.slug} className={role.slug === target?.slug ? "rounded-md bg-brand-soft p-2 outline-2 outline-brand" : "p-2"}>
                <FitMeter fit={role.fit} label={`${role.name}${role.slug === target?.slug ? " (your target)" : ""}${role.custom ? " · from a posting" : ""}`} />
                <Link href={`/gap/${encodeURIComponent(role.slug)}`} className="text-sm">
                  Gap view<span className="sr-only"> for {role.name}</span>
                </Link>
              </li>
            ))}
          </ol>
          <div className="mt-4 space-y-2 border-t border-line pt-4">
            <p>Have a specific job in mind? Turn its posting into a target and see your fit for it.</p>
            <Link className="btn" href="/targets/new">
              Paste a job posting
            </Link>
          </div>
        </section>

        <div className="space-y-6">
          {target && (
            <section aria-labelledby="gaps-title" className="card">
              <h2 id="gaps-title" className="mb-3 text-xl">
                Top gaps to {target.name}
              </h2>
              {data.topGaps.length === 0 ? (
                <p>None: you meet every requirement.</p>
              ) : (
                <ul className="m-0 list-none space-y-2 p-0">
                  {data.topGaps.map((gap) => (
                    <li key={gap.skill} className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{gap.name}</span>
                      <LevelBadge level={gap.have} /> <span aria-hidden="true">→</span>
                      <span className="sr-only">needs</span> <LevelBadge level={gap.need} />
                      <WeightBadge weight={gap.weight} />
                    </li>
                  ))}
                </ul>
              )}
              <Link href={`/gap/${encodeURIComponent(target.slug)}`} className="mt-3 inline-block">
                See the full gap view
              </Link>
            </section>
          )}
          <section aria-labelledby="plan-title" className="card">
            <h2 id="plan-title" className="mb-3 text-xl">
              Active plan
            </h2>
            {activePlan ? (
              <div className="space-y-2">
                <Link href={`/plans/${activePlan.id}`} className="font-medium">
                  {activePlan.title}
                </Link>
                <FitMeter fit={activePlan.progress.percent} label={`${activePlan.progress.done} of ${activePlan.progress.total} items done`} />
                {activePlan.outOfDate && <p className="text-warn">Your ratings changed since it was computed: refresh it on its page.</p>}
              </div>
            ) : (
              <p>No plan yet.</p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

function NextStep({ data }: { data: Awaited<ReturnType<typeof loadDashboard>> }) {
  if (data.rated === 0) {
    return (
      <p>
        Rate your skills first: everything here is computed from your ratings.{" "}
        <Link className="btn btn-primary ml-2" href="/assessment">
          Rate my skills
        </Link>
      </p>
    );
  }
  if (!data.target) return <p>Pick a target role to get a roadmap.</p>;
  if (!data.activePlan) {
    return (
      <form action={createPlanAction} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="target" value={data.target.slug} />
        <p className="m-0">Turn your gaps to {data.target.name} into a week-by-week plan at {data.profile.hoursPerWeek} h/week.</p>
        <button type="submit" className="btn btn-primary">
          Build my roadmap
        </button>
      </form>
    );
  }
  const next = data.activePlan.next;
  if (!next) return <p>Every item of your plan is done. Re-rate your skills to see where you stand.</p>;
  return (
    <p>
      {next.status === "doing" ? "Keep going with" : "Start"} <strong>{next.name}</strong>: from level {next.from} to {next.to}, about {next.hours} hours.{" "}
      <Link href={`/plans/${data.activePlan.id}`}>Open the plan</Link>
    </p>
  );
}
