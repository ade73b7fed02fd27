import type { Metadata } from "next";
import Link from "next/link";
import { LevelBadge, WEIGHT_NAMES } from "@/components/level";
import { roles } from "@/lib/catalog";

export const metadata: Metadata = {
  title: "How the roles were built",
  description:
    "Where Waypoint's eight data and ML roles come from, what the skill levels and weights mean, and exactly how fit and roadmaps are computed.",
};

const LEVEL_MEANINGS = [
  "None: no experience with the skill yet.",
  "Awareness: knows what it is and can follow along or make small edits.",
  "Working: does real tasks with it, with guidance or by looking things up.",
  "Practitioner: works independently, making sound choices without help.",
  "Expert: leads work in it, sets standards and teaches others.",
];

const WEIGHT_MEANINGS: Record<1 | 2 | 3, string> = {
  3: "The heart of the job: what the article treats as what the role is for.",
  2: "Needed regularly to do the job well.",
  1: "Helps, but the job can be done without much of it.",
};

export default function AboutPage() {
  return (
    <div className="page max-w-3xl space-y-10">
      <header>
        <p className="eyebrow">About</p>
        <h1 className="mt-1 text-3xl sm:text-4xl">How the roles were built</h1>
      </header>

      <section aria-labelledby="source-title" className="space-y-3">
        <h2 id="source-title" className="text-2xl">
          The source article
        </h2>
        <p>
          The eight roles come from one article: a Korean translation of{" "}
          <cite>“ML Engineering is Not What You Think — ML Jobs Explained”</cite>, published on Towards AI in 2024. It
          walks through the data and ML job families: data engineer, data scientist, applied scientist, ML engineer
          (with its ML infrastructure and ML accelerator or hardware variants), research engineer and research
          scientist.
        </p>
        <p>
          For each role we wrote a summary in our own words, how it differs from its neighbours, and the skills it
          needs with a level, a weight and a one-line reason. Every role page ends its “where this comes from” note
          with the article section it rests on, so each profile can be checked against the text.
        </p>
        <p>
          The article&apos;s closing point shaped the product too: job titles are largely bureaucracy, two people with
          the same title can do very different work, and the best guide to what a job needs is its actual posting.
          The profiles are a typical starting point, not a definition.
        </p>
        <ul className="list-disc space-y-1 pl-5">
          {roles.map((role) => (
            <li key={role.slug}>
              <Link href={`/roles/${role.slug}`}>{role.name}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="levels-title" className="space-y-3">
        <h2 id="levels-title" className="text-2xl">
          The level scale, 0 to 4
        </h2>
        <p>
          Every skill has its own description for each level, written as things a person has actually done, so you can
          rate yourself against memory rather than confidence. In general the levels mean:
        </p>
        <div className="relative overflow-x-auto rounded-lg border border-line bg-paper">
          <table className="table">
            <caption className="sr-only">Skill levels and what they mean</caption>
            <thead>
              <tr>
                <th scope="col">Level</th>
                <th scope="col">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {LEVEL_MEANINGS.map((meaning, level) => (
                <tr key={level}>
                  <td>
                    <LevelBadge level={level} />
                  </td>
                  <td>{meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="weights-title" className="space-y-3">
        <h2 id="weights-title" className="text-2xl">
          The weight scale, 1 to 3
        </h2>
        <p>Each skill a role needs also has a weight: how much it matters for that role.</p>
        <dl className="space-y-2">
          {([3, 2, 1] as const).map((weight) => (
            <div key={weight} className="card py-3">
              <dt className="font-semibold">
                {weight} · {WEIGHT_NAMES[weight]}
              </dt>
              <dd className="ml-0 text-sm">{WEIGHT_MEANINGS[weight]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="fit" className="space-y-3">
        <h2 id="fit" className="text-2xl">
          How fit and gaps are computed
        </h2>
        <p>
          For a target role with skills <var>s</var> (required level <var>need_s</var>, weight <var>w_s</var>) and your
          levels <var>have_s</var>, one formula is used everywhere in Waypoint and its API:
        </p>
        {/* Focusable and named: on a narrow screen the formula scrolls, and keyboard users must reach it. */}
        <pre tabIndex={0} className="relative overflow-x-auto rounded-md border border-line bg-paper p-4 text-sm">
          <code>fit = round(100 × Σ w_s·min(have_s, need_s) / Σ w_s·need_s, 1)</code>
        </pre>
        <p>
          Being above the required level in one skill cannot make up for a gap in another. A skill you have not rated
          counts as level 0.
        </p>
        <p>
          A <strong>gap</strong> is a skill where <var>have</var> &lt; <var>need</var>. Its priority is{" "}
          <code>w × (need − have)</code>; gaps are listed by priority, highest first, ties in catalog order.
        </p>
        <p>
          The <Link href="/check" className="underline">quick check</Link> applies the same formula to the twelve skills it asks about, so its
          fits describe those skills only.
        </p>
      </section>

      <section aria-labelledby="roadmap-title" className="space-y-3">
        <h2 id="roadmap-title" className="text-2xl">
          Roadmaps and their hours
        </h2>
        <p>
          A roadmap lists every gap exactly once, plus any prerequisite you need first, and never puts a skill before
          one of its prerequisites. Items fall into three phases (foundations, core, specialisation), each ending with
          a concrete project for the target role.
        </p>
        <p>
          Each skill has an estimate of the focused practice hours needed to climb into each level. A roadmap adds them
          up and divides by the hours per week you choose: weeks = ceil(total hours ÷ hours per week).{" "}
          <strong>These hours are estimates</strong> for someone already working in tech, meant to order and size a
          plan, not to promise a date.
        </p>
      </section>
    </div>
  );
}
