import type { Metadata } from "next";
import Link from "next/link";
import { SkillBars } from "@/components/charts/skill-bars";
import { FitMeter } from "@/components/fit-meter";
import { LEVEL_NAMES, levelLabel, WeightBadge } from "@/components/level";
import { getSkill, LEVELS } from "@/lib/catalog";
import { catalogBook } from "@/lib/catalog/engine";
import { computeGap, rankRoles } from "@/lib/engine";
import { parseCheckQuery, type SearchParams } from "@/lib/public/query";
import { QUICK_CHECK_SKILLS, quickAssessment, quickTargetFor, quickTargets, type QuickCheckSkill } from "@/lib/public/quick-check";

export const metadata: Metadata = {
  title: "Quick check: your fit for eight data and ML roles",
  description:
    "Rate twelve representative skills and see how well you fit each data and ML role, with your biggest gaps. Nothing is stored.",
};

interface Props {
  searchParams: Promise<SearchParams>;
}

export default async function CheckPage({ searchParams }: Props) {
  const query = parseCheckQuery(await searchParams);
  const ratings: Partial<Record<QuickCheckSkill, number>> = query.ok ? query.value.ratings : {};

  return (
    <div className="page">
      <p className="eyebrow">Quick check</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">How close are you to each role?</h1>
      <p className="mt-3 max-w-2xl text-muted">
        Rate yourself on {QUICK_CHECK_SKILLS.length} skills that carry the core of the eight roles. Pick the level whose
        description matches what you have actually done. Nothing you enter is stored; the ratings live only in this
        page&apos;s address.
      </p>

      {!query.ok && (
        <div role="alert" className="form-error mt-6">
          <p className="font-semibold">Some ratings could not be read, so no results are shown.</p>
          <ul className="mt-1 list-disc pl-5">
            {query.errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <p className="mt-1">Choose a level from 0 to 4 for each skill below and check again.</p>
        </div>
      )}

      {query.ok && query.value.submitted && <Results ratings={ratings} />}

      <form method="get" action="/check" className="mt-8" aria-labelledby="rate-title">
        <h2 id="rate-title" className="text-2xl">
          {query.ok && query.value.submitted ? "Change your ratings" : "Rate your skills"}
        </h2>
        <p className="hint mt-1">Use Tab to move between skills and the arrow keys to choose a level.</p>
        <div className="mt-4 grid gap-4 lg:grid-cols-2">
          {QUICK_CHECK_SKILLS.map((slug) => (
            <SkillFieldset key={slug} slug={slug} value={ratings[slug] ?? 0} />
          ))}
        </div>
        <div className="mt-6 flex flex-wrap items-center gap-3">
          <button type="submit" className="btn btn-primary">
            See my fit
          </button>
          <Link href="/check" className="btn">
            Start over
          </Link>
        </div>
      </form>
    </div>
  );
}

function SkillFieldset({ slug, value }: { slug: QuickCheckSkill; value: number }) {
  const skill = getSkill(slug);
  if (!skill) return null;
  return (
    <fieldset className="card min-w-0">
      <legend className="float-left w-full text-lg font-semibold">{skill.name}</legend>
      <p className="hint clear-both pt-1">{skill.description}</p>
      <div className="mt-3 space-y-1.5">
        {LEVELS.map((level) => {
          const id = `${slug}-${level}`;
          return (
            <div key={level} className="flex items-start gap-2.5 rounded-md px-2 py-1.5 has-[:checked]:bg-brand-soft">
              <input
                id={id}
                type="radio"
                name={slug}
                value={level}
                defaultChecked={value === level}
                className="mt-1 size-4 shrink-0 accent-brand"
              />
              <label htmlFor={id} className="text-sm">
                <span className="font-semibold">
                  {level} · {LEVEL_NAMES[level]}
                </span>
                <span className="block text-muted">{skill.levels[level]}</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function Results({ ratings }: { ratings: Partial<Record<QuickCheckSkill, number>> }) {
  const assessment = quickAssessment(ratings);
  const ranking = rankRoles(quickTargets, assessment);
  const best = ranking[0]!;
  const bestTarget = quickTargetFor(best.slug)!;
  const gaps = computeGap(bestTarget, assessment, catalogBook).gaps.slice(0, 3);
  const signupHref = "/signup";

  return (
    <section aria-labelledby="results-title" className="mt-8 space-y-6">
      <h2 id="results-title" className="text-2xl">
        Your fit for each role
      </h2>
      <p className="hint -mt-4">
        Fit = weighted share of each role&apos;s required levels you meet, counting only the {QUICK_CHECK_SKILLS.length}{" "}
        skills above. <Link href="/about#fit" className="underline">How fit is computed</Link>.
      </p>
      <ol className="card list-none space-y-4 p-5" aria-label="Roles ranked by fit, best first">
        {ranking.map((role, index) => (
          <li key={role.slug} className="grid grid-cols-[2rem_1fr] items-start gap-2" data-testid="fit-row">
            <span className="pt-0.5 text-sm font-semibold text-muted tabular-nums">{index + 1}.</span>
            <div>
              <Link href={`/roles/${role.slug}`} className="font-medium">
                {role.name}
              </Link>
              <FitMeter fit={role.fit} label={role.name} showLabel={false} className="mt-1" />
            </div>
          </li>
        ))}
      </ol>

      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="gaps-title" className="card">
          <h3 id="gaps-title" className="text-xl">
            Top gaps for {best.name}
          </h3>
          {gaps.length === 0 ? (
            <p className="mt-2">No gaps on these skills: you meet every level {best.name} needs here.</p>
          ) : (
            <ol className="mt-3 list-decimal space-y-3 pl-5">
              {gaps.map((gap) => (
                <li key={gap.skill}>
                  <span className="font-medium">{getSkill(gap.skill)?.name ?? gap.skill}</span>{" "}
                  <WeightBadge weight={gap.weight} />
                  <br />
                  <span className="text-sm">
                    {levelLabel(gap.have)} <span aria-hidden="true">→</span>
                    <span className="sr-only"> to </span> {levelLabel(gap.need)}
                  </span>
                  <span className="block text-sm text-muted">Next: {getSkill(gap.skill)?.levels[gap.have + 1]}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="bars-title" className="card">
          <h3 id="bars-title" className="sr-only">
            Your levels against {best.name}
          </h3>
          <SkillBars
            caption={`Your levels against ${best.name}`}
            rows={bestTarget.skills.map((rs) => ({
              skill: rs.skill,
              name: getSkill(rs.skill)?.name ?? rs.skill,
              have: assessment[rs.skill as QuickCheckSkill] ?? 0,
              need: rs.level,
              weight: rs.weight,
            }))}
          />
        </section>
      </div>

      <div className="rounded-lg border-l-4 border-brand bg-brand-soft px-5 py-4">
        <p className="font-semibold">Want a plan from these ratings?</p>
        <p className="mt-1 text-sm">
          Sign up to save your ratings, rate all the skills of the role you want, and get a roadmap with hours and
          milestones you can share with a mentor.
        </p>
        <p className="mt-3 flex flex-wrap gap-3">
          <Link href={signupHref} className="btn btn-primary">
            Sign up to save your ratings
          </Link>
          <Link href={`/roles/${best.slug}`} className="btn">
            Read the {best.name} profile
          </Link>
        </p>
      </div>
    </section>
  );
}
