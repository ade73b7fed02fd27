import type { Metadata } from "next";
import Link from "next/link";
import { LevelBadge } from "@/components/level";
import { getSkill } from "@/lib/catalog";
import { familyRoles, ROLE_FAMILIES, topSkills } from "@/lib/public/families";

export const metadata: Metadata = {
  title: "Data and ML roles",
  description:
    "Eight data and machine-learning roles, from data engineer to research scientist, with the skills and levels each one typically needs.",
};

export default function RolesPage() {
  return (
    <div className="page">
      <p className="eyebrow">Roles</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">Eight data and ML roles</h1>
      <p className="mt-3 max-w-2xl text-muted">
        Each profile lists the skills a role typically needs, the level for each, and why. Titles vary between
        companies, so treat a profile as a starting point and check it against a real job posting.
      </p>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link href="/compare" className="btn">
          Compare two roles
        </Link>
        <Link href="/check" className="btn">
          Check your fit
        </Link>
      </p>

      <div className="mt-10 space-y-10">
        {ROLE_FAMILIES.map((family) => (
          <section key={family.slug} aria-labelledby={`family-${family.slug}`}>
            <h2 id={`family-${family.slug}`} className="text-2xl">
              {family.name}
            </h2>
            <p className="hint mt-1">{family.blurb}</p>
            <ul className="mt-4 grid list-none gap-4 p-0 md:grid-cols-2">
              {familyRoles(family).map((role) => (
                <li key={role.slug} className="card flex flex-col gap-3">
                  <h3 className="text-xl">
                    <Link href={`/roles/${role.slug}`}>{role.name}</Link>
                  </h3>
                  <p className="text-sm">{role.summary}</p>
                  <div>
                    <h4 className="text-sm font-semibold text-muted">Top skills</h4>
                    <ul className="mt-2 list-none space-y-1.5 p-0">
                      {topSkills(role, 4).map((rs) => (
                        <li key={rs.skill} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                          <span>{getSkill(rs.skill)?.name ?? rs.skill}</span>
                          <LevelBadge level={rs.level} />
                        </li>
                      ))}
                    </ul>
                  </div>
                  <p className="mt-auto pt-1">
                    <Link href={`/roles/${role.slug}`} className="underline">
                      Full profile<span className="sr-only"> of the {role.name}</span> <span aria-hidden="true">→</span>
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
