import type { Metadata } from "next";
import Link from "next/link";
import { getAssessmentHistory } from "@/db/queries/assessment";
import { getProfile } from "@/db/queries/profile";
import { requireUser } from "@/lib/auth/session";
import { getRole } from "@/lib/catalog";
import { computeFit } from "@/lib/engine";
import { resolveTarget } from "@/lib/services/targets";
import { FitChart } from "./fit-chart";

export const metadata: Metadata = { title: "My profile" };

function currentRoleName(slug: string | null): string {
  if (!slug) return "Not set";
  if (slug === "other") return "Something else";
  return getRole(slug)?.name ?? slug;
}

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const [profile, history] = await Promise.all([getProfile(user.id), getAssessmentHistory(user.id)]);
  const target = await resolveTarget(user.id, profile.targetRole);
  const points = target.kind === "found" ? history.map((h) => ({ date: h.date, fit: computeFit(target.role, h.assessment) })) : [];
  const targetName =
    target.kind === "found" ? target.role.name : target.kind === "missing" ? "A role that no longer exists" : "Not set";

  return (
    <div className="page space-y-6">
      <div>
        <p className="eyebrow">Profile</p>
        <h1 className="text-3xl">{user.name ?? "Your profile"}</h1>
      </div>
      <dl className="card grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Path</dt>
        <dd>
          {currentRoleName(profile.currentRole)} → {targetName}
        </dd>
        <dt className="font-semibold">Learning time</dt>
        <dd>{profile.hoursPerWeek} hours per week</dd>
      </dl>
      <p className="flex flex-wrap gap-x-6">
        <Link href="/settings">Change these in settings</Link>
        <Link href="/assessment">Update my skills</Link>
      </p>

      <section aria-labelledby="fit-heading" className="card space-y-4">
        <h2 id="fit-heading" className="text-xl">
          Fit to your target over time
        </h2>
        {target.kind === "none" && (
          <p>
            Choose a target role in <Link href="/settings">settings</Link> to follow your fit over time.
          </p>
        )}
        {target.kind === "missing" && (
          <p>
            Your target role was deleted, so there is nothing to measure against. Pick another in{" "}
            <Link href="/settings">settings</Link>.
          </p>
        )}
        {target.kind === "found" && points.length === 0 && (
          <p>
            No history yet. Each day you <Link href="/assessment">rate your skills</Link> adds a point here.
          </p>
        )}
        {target.kind === "found" && points.length > 0 && (
          <>
            <p className="hint">
              Fit is the weighted share of {target.role.name}&rsquo;s required levels you meet, from each day&rsquo;s ratings.
            </p>
            <FitChart points={points} targetName={target.role.name} />
            <table className="table max-w-md">
              <caption className="sr-only">Fit to {target.role.name} by date</caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Fit</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.date}>
                    <td>
                      <time dateTime={p.date}>{p.date}</time>
                    </td>
                    <td>{p.fit.toFixed(1)} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
