import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SkillBars } from "@/components/charts/skill-bars";
import { FitMeter } from "@/components/fit-meter";
import { LevelBadge, WeightBadge } from "@/components/level";
import { getAssessment } from "@/db/queries/assessment";
import { getProfile } from "@/db/queries/profile";
import { requireUser } from "@/lib/auth/session";
import { catalogBook } from "@/lib/catalog/engine";
import { computeGap } from "@/lib/engine";
import { CUSTOM_PREFIX, findTarget, skillName } from "@/lib/services/targets";
import { createPlanAction, makeTargetAction } from "../../plans/actions";

export const metadata: Metadata = { title: "Gap view" };

export default async function GapPage({
  params,
  searchParams,
}: {
  params: Promise<{ role: string }>;
  searchParams: Promise<{ targeted?: string; saved?: string }>;
}) {
  const slug = decodeURIComponent((await params).role).slice(0, 100);
  const user = await requireUser(`/gap/${encodeURIComponent(slug)}`);
  const target = await findTarget(user.id, slug);
  if (!target) notFound();
  const [{ assessment }, profile, query] = await Promise.all([getAssessment(user.id), getProfile(user.id), searchParams]);
  const report = computeGap(target.role, assessment, catalogBook);
  const rows = target.role.skills.map((r) => ({
    skill: r.skill,
    name: skillName(r.skill),
    have: assessment[r.skill] ?? 0,
    need: r.level,
    weight: r.weight,
    why: target.rationale(r.skill),
  }));
  const met = rows.filter((r) => r.have >= r.need);
  const partly = rows.filter((r) => r.have > 0 && r.have < r.need);
  const missing = rows.filter((r) => r.have === 0);
  const isTarget = profile.targetRole === target.slug;

  return (
    <div className="page space-y-6">
      <header className="space-y-3">
        <p className="eyebrow">Gap view{target.custom ? " · from a job posting" : ""}</p>
        <h1 className="text-3xl">You and {target.name}</h1>
        <FitMeter fit={report.fit} label={`Your fit for ${target.name}`} />
        {query.saved && target.custom && (
          <p role="status" className="rounded-md bg-good-soft p-3">
            {target.name} is saved. It now appears with your fit on the dashboard.
          </p>
        )}
        {query.targeted && isTarget && (
          <p role="status" className="rounded-md bg-good-soft p-3">
            {target.name} is now your target.
          </p>
        )}
        <div className="no-print flex flex-wrap gap-3">
          {!isTarget && (
            <form action={makeTargetAction}>
              <input type="hidden" name="target" value={target.slug} />
              <button type="submit" className="btn btn-primary">
                Make this my target
              </button>
            </form>
          )}
          <form action={createPlanAction}>
            <input type="hidden" name="target" value={target.slug} />
            <button type="submit" className={isTarget ? "btn btn-primary" : "btn"}>
              Build a roadmap to {target.name}
            </button>
          </form>
          {target.custom ? (
            <Link className="btn" href={`/targets/${target.slug.slice(CUSTOM_PREFIX.length)}/edit`}>
              Edit this role
            </Link>
          ) : (
            <Link className="btn" href={`/roles/${target.slug}`}>
              About this role
            </Link>
          )}
        </div>
      </header>

      <section className="card">
        <SkillBars caption={`Your levels against what ${target.name} needs`} rows={rows} />
      </section>

      <div className="grid gap-6 md:grid-cols-3">
        <GapGroup title="Missing" empty="Nothing missing." rows={missing} />
        <GapGroup title="Partly met" empty="Nothing partly met." rows={partly} />
        <GapGroup title="Met" empty="Nothing met yet." rows={met} />
      </div>
    </div>
  );
}

function GapGroup({
  title,
  empty,
  rows,
}: {
  title: string;
  empty: string;
  rows: { skill: string; name: string; have: number; need: number; weight: number; why?: string }[];
}) {
  const id = `group-${title.toLowerCase().replace(/\s+/g, "-")}`;
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id} className="mb-3 text-xl">
        {title} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="m-0 list-none space-y-3 p-0">
          {rows.map((row) => (
            <li key={row.skill}>
              <p className="font-medium">{row.name}</p>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span>have</span> <LevelBadge level={row.have} /> <span>need</span> <LevelBadge level={row.need} />
                <WeightBadge weight={row.weight} />
              </p>
              {row.why && <p className="text-sm text-muted">{row.why}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
