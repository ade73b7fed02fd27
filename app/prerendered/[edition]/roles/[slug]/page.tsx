import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { LevelBadge, levelName, WeightBadge } from "@/components/level";
import type { Role } from "@/lib/catalog";
import { localizedCategories, localizedRole, localizedSkill } from "@/lib/catalog/localize";
import { languageAlternates } from "@/lib/i18n/alternates";
import type { Locale } from "@/lib/i18n/locales";
import { familyOf, neighboursOf } from "@/lib/public/families";
import { roles } from "@/lib/catalog";
import { enterEdition } from "@/lib/static-pages/enter";

interface Props {
  params: Promise<{ edition: string; slug: string }>;
}

// Every catalog role is built; any other slug is a 404 (proxy.ts does not send it here).
export const dynamicParams = false;

export function generateStaticParams() {
  return roles.map((role) => ({ slug: role.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  enterEdition((await params).edition);
  const [locale, t] = await Promise.all([getLocale(), getTranslations("role")]);
  const role = localizedRole((await params).slug, locale);
  if (!role) return { title: t("notFound") };
  const summary = role.summary.length > 155 ? `${role.summary.slice(0, 152).trimEnd()}…` : role.summary;
  return { title: t("metaTitle", { role: role.name }), description: summary, alternates: languageAlternates(`/roles/${role.slug}`) };
}

/** The role's requirements in the catalog's category order, heaviest first within a category. */
function groupedSkills(role: Role, locale: Locale) {
  return localizedCategories(locale)
    .map((category) => ({
      category,
      items: role.skills
        .map((rs) => ({ rs, skill: localizedSkill(rs.skill, locale) }))
        .filter((entry) => entry.skill?.category === category.slug)
        .sort((a, b) => b.rs.weight - a.rs.weight || b.rs.level - a.rs.level),
    }))
    .filter((group) => group.items.length > 0);
}

export default async function RolePage({ params }: Props) {
  enterEdition((await params).edition);
  const [locale, t, tf, tc] = await Promise.all([getLocale(), getTranslations("role"), getTranslations("families"), getTranslations("common")]);
  const role = localizedRole((await params).slug, locale);
  if (!role) notFound();
  const family = familyOf(role.slug);
  const neighbours = neighboursOf(role.slug, locale);
  const groups = groupedSkills(role, locale);

  return (
    <div className="page">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <ol className="flex list-none flex-wrap gap-1 p-0">
          <li>
            <Link href="/roles">{t("roles")}</Link>
            <span aria-hidden="true" className="mx-1 text-muted">
              /
            </span>
          </li>
          <li aria-current="page" className="text-muted">
            {role.name}
          </li>
        </ol>
      </nav>

      <header className="mt-4">
        {family && <p className="eyebrow">{tf(`${family.slug}.name`)}</p>}
        <h1 className="mt-1 text-3xl sm:text-4xl">{role.name}</h1>
        <p className="mt-3 max-w-3xl text-lg">{role.summary}</p>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href="/check" className="btn btn-primary">
            {t("check")}
          </Link>
          {neighbours[0] && (
            <Link href={`/compare?from=${neighbours[0].slug}&to=${role.slug}`} className="btn">
              {t("fromTo", { from: neighbours[0].name, to: role.name })}
            </Link>
          )}
        </p>
      </header>

      <div className="mt-8 grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="differs" className="card">
          <h2 id="differs" className="text-xl">
            {t("differsTitle")}
          </h2>
          <p className="mt-2">{role.differsFrom}</p>
          {neighbours.length > 0 && (
            <>
              <h3 className="mt-4 text-base">{t("compareTitle")}</h3>
              <ul className="mt-2 list-none space-y-1 p-0">
                {neighbours.map((n) => (
                  <li key={n.slug}>
                    <Link href={`/compare?from=${role.slug}&to=${n.slug}`} className="underline">
                      {role.name} → {n.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section aria-labelledby="source" className="card">
          <h2 id="source" className="text-xl">
            {t("sourceTitle")}
          </h2>
          <p className="mt-2 text-sm">{role.source}</p>
          <p className="hint mt-3">
            {t.rich("sourceNote", {
              link: (chunks) => (
                <Link href="/about" className="underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        </section>
      </div>

      <section aria-labelledby="skills" className="mt-10">
        <h2 id="skills" className="text-2xl">
          {t("skillsTitle")}
        </h2>
        <p className="hint mt-1">
          {t("skillsHint", { count: role.skills.length })}
        </p>
        <div className="mt-6 space-y-8">
          {groups.map(({ category, items }) => (
            <section key={category.slug} aria-labelledby={`cat-${category.slug}`}>
              <h3 id={`cat-${category.slug}`} className="text-lg">
                {category.name}
              </h3>
              <ul className="card mt-3 list-none divide-y divide-line p-0">
                {items.map(({ rs, skill }) => (
                  <li key={rs.skill} className="px-5 py-4">
                    <div className="flex flex-wrap items-center gap-2">
                      <h4 className="mr-auto text-base font-semibold">{skill?.name ?? rs.skill}</h4>
                      <LevelBadge level={rs.level} />
                      <WeightBadge weight={rs.weight} />
                    </div>
                    {skill && (
                      <p className="mt-2 border-l-2 border-brand-soft pl-3 text-sm">
                        <span className="font-medium">{t("atLevel", { level: rs.level, name: levelName(tc, rs.level) })}</span>
                        {skill.levels[rs.level]}
                      </p>
                    )}
                    <p className="mt-2 text-sm text-muted">
                      <span className="font-medium text-ink">{t("why")}</span>
                      {rs.rationale}
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>

      <section aria-labelledby="next" className="card mt-10">
        <h2 id="next" className="text-xl">
          {t("projectsTitle")}
        </h2>
        <dl className="mt-3 space-y-3">
          <div>
            <dt className="font-semibold">{t("foundations")}</dt>
            <dd className="ml-0 text-sm">{role.milestones.foundations}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("core")}</dt>
            <dd className="ml-0 text-sm">{role.milestones.core}</dd>
          </div>
          <div>
            <dt className="font-semibold">{t("specialisation")}</dt>
            <dd className="ml-0 text-sm">{role.milestones.specialisation}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
