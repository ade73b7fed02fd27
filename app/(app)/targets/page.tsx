import type { Metadata } from "next";
import Link from "next/link";
import { FitMeter } from "@/components/fit-meter";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { describeOwnRoles } from "@/lib/services/custom-roles";
import { deleteRoleAction } from "./actions";

export const metadata: Metadata = { title: "Roles from job postings" };

export default async function TargetsPage({ searchParams }: { searchParams: Promise<{ error?: string; deleted?: string }> }) {
  const user = await requireUser("/targets");
  const [roles, query] = await Promise.all([describeOwnRoles(user.id), searchParams]);
  const error = typeof query.error === "string" ? query.error.slice(0, 200) : null;
  return (
    <div className="page space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-3xl">Roles from job postings</h1>
          <p className="max-w-prose">Your own target roles, each built from a real posting. Only you can see them.</p>
        </div>
        <Link className="btn btn-primary" href="/targets/new">
          Paste a job posting
        </Link>
      </header>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {query.deleted && (
        <p role="status" className="rounded-md bg-good-soft p-3">
          The role was deleted.
        </p>
      )}
      {roles.length === 0 ? (
        <section className="card space-y-3">
          <h2 className="text-xl">No roles from postings yet</h2>
          <p>Found a job you want? Paste its posting and Waypoint lists the skills it asks for, so you can see your fit and plan for it.</p>
          <Link className="btn btn-primary" href="/targets/new">
            Create a role from a posting
          </Link>
        </section>
      ) : (
        <ul className="m-0 grid list-none gap-4 p-0 sm:grid-cols-2">
          {roles.map((role) => (
            <li key={role.id} className="card space-y-3">
              <h2 className="text-xl">
                <Link href={`/gap/${encodeURIComponent(role.slug)}`}>{role.name}</Link>
              </h2>
              <FitMeter fit={role.fit ?? 0} label={`Your fit for ${role.name}`} />
              <p className="text-sm text-muted">
                {role.skills.length} skill{role.skills.length === 1 ? "" : "s"} · updated {formatDate(role.updatedAt.slice(0, 10))}
              </p>
              <div className="flex flex-wrap items-center gap-3">
                <Link className="btn" href={`/gap/${encodeURIComponent(role.slug)}`}>
                  Gap view<span className="sr-only"> for {role.name}</span>
                </Link>
                <Link className="btn" href={`/targets/${role.id}/edit`}>
                  Edit<span className="sr-only"> {role.name}</span>
                </Link>
              </div>
              <details>
                <summary className="cursor-pointer font-medium text-bad">
                  Delete<span className="sr-only"> {role.name}</span>…
                </summary>
                <form action={deleteRoleAction} className="mt-2 space-y-2">
                  <input type="hidden" name="id" value={role.id} />
                  <p className="text-sm">Plans built towards it keep their progress but can no longer be refreshed.</p>
                  <button type="submit" className="btn btn-danger">
                    Delete {role.name} for good
                  </button>
                </form>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
