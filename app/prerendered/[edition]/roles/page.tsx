import type { Metadata } from "next";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { use } from "react";
import { getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/level";
import { skillName } from "@/lib/catalog/localize";
import { languageAlternates } from "@/lib/i18n/alternates";
import { familyRoles, ROLE_FAMILIES, topSkills } from "@/lib/public/families";
import { enterEdition, type EditionParams } from "@/lib/static-pages/enter";

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  enterEdition((await params).edition);
  const t = await getTranslations("rolesIndex");
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: languageAlternates("/roles") };
}

export default function RolesPage({ params }: { params: EditionParams }) {
  enterEdition(use(params).edition);
  const t = useTranslations("rolesIndex");
  const tf = useTranslations("families");
  const locale = useLocale();
  return (
    <div className="page">
      <p className="eyebrow">{t("eyebrow")}</p>
      <h1 className="mt-1 text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-3 max-w-2xl text-muted">
        {t("lead")}
      </p>
      <p className="mt-4 flex flex-wrap gap-3">
        <Link href="/compare" className="btn">
          {t("compare")}
        </Link>
        <Link href="/check" className="btn">
          {t("check")}
        </Link>
      </p>

      <div className="mt-10 space-y-10">
        {ROLE_FAMILIES.map((family) => (
          <section key={family.slug} aria-labelledby={`family-${family.slug}`}>
            <h2 id={`family-${family.slug}`} className="text-2xl">
              {tf(`${family.slug}.name`)}
            </h2>
            <p className="hint mt-1">{tf(`${family.slug}.blurb`)}</p>
            <ul className="mt-4 grid list-none gap-4 p-0 md:grid-cols-2">
              {familyRoles(family, locale).map((role) => (
                <li key={role.slug} className="card flex flex-col gap-3">
                  <h3 className="text-xl">
                    <Link href={`/roles/${role.slug}`}>{role.name}</Link>
                  </h3>
                  <p className="text-sm">{role.summary}</p>
                  <div>
                    <h4 className="text-sm font-semibold text-muted">{t("topSkills")}</h4>
                    <ul className="mt-2 list-none space-y-1.5 p-0">
                      {topSkills(role, 4).map((rs) => (
                        <li key={rs.skill} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                          <span>{skillName(rs.skill, locale)}</span>
                          <LevelBadge level={rs.level} />
                        </li>
                      ))}
                    </ul>
                  </div>
                  <p className="mt-auto pt-1">
                    <Link href={`/roles/${role.slug}`} className="underline">
                      {t.rich("fullProfile", { role: role.name, sr: (chunks) => <span className="sr-only">{chunks}</span> })}{" "}
                      <span aria-hidden="true">→</span>
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
