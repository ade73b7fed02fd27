import Link from "next/link";
import { familyRoles, ROLE_FAMILIES } from "@/lib/public/families";

const POINTS = [
  {
    title: "Graded levels, not checkboxes",
    body: "Every skill has five levels, from none to expert, each described as things you have actually done. You rate yourself against the words, not a gut feeling.",
  },
  {
    title: "Your own gaps",
    body: "Waypoint compares your levels with what a role needs and ranks the gaps by how much they matter for that role, so you know what to work on first.",
  },
  {
    title: "Honest hours",
    body: "A roadmap adds up estimated practice hours per skill and turns them into weeks at the pace you choose. They are estimates, and we say so.",
  },
  {
    title: "Plans you can share",
    body: "Save a plan, tick items off, and send a private link to a mentor who can read it and leave comments. No account needed on their side.",
  },
];

export default function Home() {
  return (
    <div className="page space-y-14">
      <section aria-labelledby="hero-title" className="pt-4 sm:pt-8">
        <p className="eyebrow">Career paths between data and ML jobs</p>
        <h1 id="hero-title" className="mt-2 max-w-3xl text-4xl sm:text-5xl">
          Find out what your next data or ML job really asks of you
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">
          Waypoint describes eight data and machine-learning roles skill by skill, shows how close you are to each
          one, and turns the difference into a plan with hours you can believe.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/check" className="btn btn-primary">
            Try the quick check
          </Link>
          <Link href="/signup" className="btn">
            Sign up to save a plan
          </Link>
          <Link href="/roles" className="btn">
            Browse the roles
          </Link>
        </div>
      </section>

      <section aria-labelledby="how-title">
        <h2 id="how-title" className="text-2xl">
          How it works
        </h2>
        <ul className="mt-4 grid list-none gap-4 p-0 sm:grid-cols-2">
          {POINTS.map((point) => (
            <li key={point.title} className="card">
              <h3 className="text-lg">{point.title}</h3>
              <p className="mt-1 text-muted">{point.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-2xl">
          Eight roles in four families
        </h2>
        <p className="mt-2 max-w-2xl text-muted">
          The roles follow the article “ML Engineering is Not What You Think — ML Jobs Explained”.{" "}
          <Link href="/about" className="underline">How the roles were built</Link>.
        </p>
        <div className="mt-6 space-y-8">
          {ROLE_FAMILIES.map((family) => (
            <div key={family.slug}>
              <h3 className="text-xl">{family.name}</h3>
              <p className="hint mt-1">{family.blurb}</p>
              <ul className="mt-3 grid list-none gap-4 p-0 md:grid-cols-2 lg:grid-cols-3">
                {familyRoles(family).map((role) => (
                  <li key={role.slug} className="card flex flex-col">
                    <h4 className="text-lg">
                      <Link href={`/roles/${role.slug}`}>{role.name}</Link>
                    </h4>
                    <p className="mt-1 text-sm text-muted">{role.summary}</p>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section aria-labelledby="titles-title" className="rounded-lg border-l-4 border-brand bg-brand-soft px-5 py-6 sm:px-8">
        <h2 id="titles-title" className="text-2xl">
          A job title says little. The posting says what the job needs.
        </h2>
        <p className="mt-3 max-w-3xl">
          The article our roles come from makes the point plainly: titles are largely bureaucracy, and two people
          with the same title can do very different work. Use these eight profiles as a typical starting point, then
          read the actual posting for the job you want.
        </p>
      </section>

      <section aria-labelledby="start-title" className="card text-center">
        <h2 id="start-title" className="text-2xl">
          See where you stand in two minutes
        </h2>
        <p className="mx-auto mt-2 max-w-xl text-muted">
          Rate twelve skills, see your fit for all eight roles and your three biggest gaps. Nothing is stored.
        </p>
        <div className="mt-4 flex flex-wrap justify-center gap-3">
          <Link href="/check" className="btn btn-primary">
            Start the quick check
          </Link>
          <Link href="/compare" className="btn">
            Compare two roles
          </Link>
        </div>
      </section>
    </div>
  );
}
