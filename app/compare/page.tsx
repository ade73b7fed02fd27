import type { Metadata } from "next";
import Link from "next/link";
import { LevelBadge, levelLabel, WeightBadge } from "@/components/level";
import { getRole, getSkill, roles, type Role } from "@/lib/catalog";
import { catalogBook, roleAsTarget } from "@/lib/catalog/engine";
import { buildRoadmap, type Roadmap } from "@/lib/engine";
import { compareRoles, roleAsAssessment, type SkillChange } from "@/lib/public/compare";
import { parseCompareQuery, type SearchParams } from "@/lib/public/query";

interface Props {
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseCompareQuery(await searchParams);
  const from = query.ok && query.value.from ? getRole(query.value.from) : undefined;
  const to = query.ok && query.value.to ? getRole(query.value.to) : undefined;
  if (from && to) {
    return {
      title: `${from.name} → ${to.name}`,
      description: `What changes between ${from.name} and ${to.name}: skills to grow, skills that matter less, and a typical transition roadmap.`,
    };
  }
  return {
    title: "Compare two roles",
    description: "Pick two data or ML roles and see which skills to grow, which matter less, and a typical roadmap between them.",
  };
}

export default async function ComparePage({ searchParams }: Props) {
  const query = parseCompareQuery(await searchParams);
  const value = query.ok ? query.value : undefined;
  const from = value?.from ? getRole(value.from) : undefined;
  const to = value?.to ? getRole(value.to) : undefined;
  const hours = value?.hours ?? 10;
  const partial = query.ok && Boolean(value?.from) !== Boolean(value?.to);

  return (
    <div className="page">
      <p className="eyebrow">Compare</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">
        {from && to ? (
          <>
            {from.name} <span aria-hidden="true">→</span>
            <span className="sr-only"> to </span> {to.name}
          </>
        ) : (
          "Compare two roles"
        )}
      </h1>
      <p className="mt-3 max-w-2xl text-muted">
        See what typically changes when you move from one role to another, and a roadmap for someone who fully fits
        the first role. Your own gaps depend on your own levels: the <Link href="/check" className="underline">quick check</Link> shows them.
      </p>

      <CompareForm from={from?.slug} to={to?.slug} hours={hours} />

      {!query.ok && (
        <div role="alert" className="form-error mt-6">
          <p className="font-semibold">That comparison could not be shown.</p>
          <ul className="mt-1 list-disc pl-5">
            {query.errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <p className="mt-1">Pick two different roles from the lists above.</p>
        </div>
      )}
      {partial && (
        <p role="status" className="form-error mt-6">
          Choose both a role to move from and a role to move to.
        </p>
      )}

      {from && to && <Comparison from={from} to={to} hours={hours} />}
    </div>
  );
}

function CompareForm({ from, to, hours }: { from?: string; to?: string; hours: number }) {
  return (
    <form method="get" action="/compare" className="card mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_10rem_auto] lg:items-end">
      <div>
        <label htmlFor="from" className="label">
          From role
        </label>
        <select id="from" name="from" className="input" defaultValue={from ?? ""} required>
          <option value="">Choose a role…</option>
          {roles.map((role) => (
            <option key={role.slug} value={role.slug}>
              {role.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="to" className="label">
          To role
        </label>
        <select id="to" name="to" className="input" defaultValue={to ?? ""} required>
          <option value="">Choose a role…</option>
          {roles.map((role) => (
            <option key={role.slug} value={role.slug}>
              {role.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="hours" className="label">
          Hours per week
        </label>
        <input id="hours" name="hours" type="number" min={1} max={80} step={1} defaultValue={hours} className="input" aria-describedby="hours-hint" />
        <p id="hours-hint" className="sr-only">
          From 1 to 80; used to turn the roadmap&apos;s hours into weeks.
        </p>
      </div>
      <button type="submit" className="btn btn-primary">
        Compare
      </button>
    </form>
  );
}

function Comparison({ from, to, hours }: { from: Role; to: Role; hours: number }) {
  const diff = compareRoles(from, to);
  const roadmap = buildRoadmap(roleAsTarget(to), roleAsAssessment(from), catalogBook, {
    hoursPerWeek: hours,
    milestones: to.milestones,
  });
  return (
    <div className="mt-10 space-y-10">
      <section aria-labelledby="summary" className="card">
        <h2 id="summary" className="text-xl">
          In short
        </h2>
        <p className="mt-2">
          Someone who fully fits the {from.name} profile already has a{" "}
          <strong className="tabular-nums">{roadmap.fit}%</strong> fit for {to.name}. The move means growing{" "}
          {diff.grow.length} skills, about <strong className="tabular-nums">{roadmap.totalHours}</strong> hours of
          focused practice: roughly <strong className="tabular-nums">{roadmap.weeks}</strong> weeks at {hours} hours a
          week.
        </p>
        <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <Link href={`/compare?from=${to.slug}&to=${from.slug}&hours=${hours}`} className="underline">Swap: {to.name} → {from.name}</Link>
          <Link href={`/roles/${from.slug}`} className="underline">{from.name} profile</Link>
          <Link href={`/roles/${to.slug}`} className="underline">{to.name} profile</Link>
        </p>
      </section>

      <ChangeTable
        id="grow"
        title="Skills to grow"
        intro={`${to.name} needs these at a higher level than ${from.name}, most important first.`}
        changes={diff.grow}
        fromName={from.name}
        toName={to.name}
      />
      <ChangeTable
        id="less"
        title="Skills that matter less"
        intro={`${to.name} needs these at a lower level than ${from.name}, or not at all.`}
        changes={diff.less}
        fromName={from.name}
        toName={to.name}
      />
      <ChangeTable
        id="same"
        title="Skills in common"
        intro="Both roles need these at the same level."
        changes={diff.same}
        fromName={from.name}
        toName={to.name}
      />

      <RoadmapView roadmap={roadmap} from={from} to={to} />
    </div>
  );
}

function ChangeTable(props: { id: string; title: string; intro: string; changes: SkillChange[]; fromName: string; toName: string }) {
  const { id, title, intro, changes, fromName, toName } = props;
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="text-2xl">
        {title} <span className="text-base font-normal text-muted">({changes.length})</span>
      </h2>
      <p className="hint mt-1">{intro}</p>
      {changes.length === 0 ? (
        <p className="mt-3">None.</p>
      ) : (
        // Narrow screens scroll the table sideways; the wrapper takes focus so keyboards can scroll it too.
        <div className="relative mt-3 overflow-x-auto rounded-lg border border-line bg-paper" tabIndex={0} role="region" aria-label={`${title}, table`}>
          <table className="table min-w-[34rem]">
            <caption className="sr-only">
              {title}: required level in {fromName} and in {toName}
            </caption>
            <thead>
              <tr>
                <th scope="col">Skill</th>
                <th scope="col">{fromName}</th>
                <th scope="col">{toName}</th>
                {id !== "same" && <th scope="col">Change</th>}
                <th scope="col">Weight in {toName}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.skill}>
                  <th scope="row" className="min-w-[10rem] font-medium">
                    {change.name}
                  </th>
                  <td>{change.from === 0 ? <span className="text-muted">not listed</span> : <LevelBadge level={change.from} />}</td>
                  <td>{change.to === 0 ? <span className="text-muted">not listed</span> : <LevelBadge level={change.to} />}</td>
                  {id !== "same" && (
                    <td className={`tabular-nums font-semibold ${change.delta > 0 ? "text-brand-dark" : "text-muted"}`}>
                      {change.delta > 0 ? `+${change.delta}` : `−${-change.delta}`}
                      <span className="sr-only"> {Math.abs(change.delta) === 1 ? "level" : "levels"}</span>
                    </td>
                  )}
                  <td>{change.weight === 0 ? <span className="text-muted">—</span> : <WeightBadge weight={change.weight} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RoadmapView({ roadmap, from, to }: { roadmap: Roadmap; from: Role; to: Role }) {
  return (
    <section aria-labelledby="roadmap">
      <h2 id="roadmap" className="text-2xl">
        Typical transition roadmap
      </h2>
      <p className="hint mt-1">
        For someone at exactly the {from.name} levels, aiming for {to.name}: {roadmap.totalHours} hours in{" "}
        {roadmap.weeks} weeks at {roadmap.hoursPerWeek} hours a week. Hours are rough estimates for focused practice;
        prerequisites come before the skills that build on them.
      </p>
      {roadmap.phases.length === 0 ? (
        <p className="mt-3">Nothing to learn: the {from.name} profile already meets every {to.name} level.</p>
      ) : (
        <ol className="mt-4 list-none space-y-5 p-0">
          {roadmap.phases.map((phase) => (
            <li key={phase.key} className="card">
              <h3 className="text-lg">
                {phase.title}{" "}
                <span className="text-base font-normal text-muted">
                  · {phase.weeks} {phase.weeks === 1 ? "week" : "weeks"} (weeks {phase.startWeek + 1}–{phase.endWeek}) ·{" "}
                  {phase.hours} h
                </span>
              </h3>
              <ul className="mt-3 list-none divide-y divide-line p-0">
                {phase.items.map((item) => (
                  <li key={item.skill} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
                    <span className="mr-auto font-medium">
                      {getSkill(item.skill)?.name ?? item.skill}
                      {item.reason === "prerequisite" && <span className="ml-2 text-xs font-normal text-muted">(prerequisite)</span>}
                    </span>
                    <span className="text-sm">
                      <span className="sr-only">from </span>
                      {levelLabel(item.from)} <span aria-hidden="true">→</span>
                      <span className="sr-only"> to </span> {levelLabel(item.to)}
                    </span>
                    <span className="w-16 text-right text-sm tabular-nums">{item.hours} h</span>
                  </li>
                ))}
              </ul>
              <p className="mt-3 rounded-md bg-wash p-3 text-sm">
                <span className="font-semibold">Milestone: </span>
                {phase.milestone}
              </p>
            </li>
          ))}
        </ol>
      )}
      <p className="mt-6">
        <Link href="/signup" className="btn btn-primary">
          Sign up for a roadmap from your own levels
        </Link>
      </p>
    </section>
  );
}
