import type { Metadata } from "next";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { use } from "react";
import { ExampleTransition } from "@/components/home/example-transition";
import { languageAlternates } from "@/lib/i18n/alternates";
import { familyRoles, ROLE_FAMILIES } from "@/lib/public/families";
import { enterEdition, type EditionParams } from "@/lib/static-pages/enter";

export const metadata: Metadata = { alternates: languageAlternates("/") };

const POINTS = ["levels", "gaps", "hours", "share"] as const;

export default function Home({ params }: { params: EditionParams }) {
  enterEdition(use(params).edition);
  const t = useTranslations("home");
  const tf = useTranslations("families");
  const locale = useLocale();
  return (
    <div className="page space-y-14">
      <section aria-labelledby="hero-title" className="pt-4 sm:pt-8">
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 id="hero-title" className="mt-2 max-w-3xl text-4xl sm:text-5xl">
          {t("title")}
        </h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">
          {t("lead")}
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/check" className="btn btn-primary">
            {t("tryCheck")}
          </Link>
          <Link href="/signup" className="btn">
            {t("signUp")}
          </Link>
          <Link href="/roles" className="btn">
            {t("browse")}
          </Link>
        </div>
      </section>

      <ExampleTransition />

      <section aria-labelledby="how-title">
        <h2 id="how-title" className="text-2xl">
          {t("howTitle")}
        </h2>
        <ul className="mt-4 grid list-none gap-4 p-0 sm:grid-cols-2">
          {POINTS.map((point) => (
            <li key={point} className="card">
              <h3 className="text-lg">{t(`points.${point}.title`)}</h3>
              <p className="mt-1 text-muted">{t(`points.${point}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="roles-title">
        <h2 id="roles-title" className="text-2xl">
          {t("rolesTitle")}
        </h2>
        <p className="mt-2 max-w-2xl text-muted">
          {t.rich("rolesIntro", {
            link: (chunks) => (
              <Link href="/about" className="underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        <div className="mt-6 space-y-8">
          {ROLE_FAMILIES.map((family) => (
            <div key={family.slug}>
              <h3 className="text-xl">{tf(`${family.slug}.name`)}</h3>
              <p className="hint mt-1">{tf(`${family.slug}.blurb`)}</p>
              <ul className="mt-3 grid list-none gap-4 p-0 md:grid-cols-2 lg:grid-cols-3">
                {familyRoles(family, locale).map((role) => (
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
          {t("titlesTitle")}
        </h2>
        <p className="mt-3 max-w-3xl">
          {t("titlesBody")}
        </p>
      </section>

      <section aria-labelledby="start-title" className="card text-center">
        <h2 id="start-title" className="text-2xl">
          {t("startTitle")}
        </h2>
        <p className="mx-auto mt-2 max-w-xl text-muted">
          {t("startBody")}
        </p>
        <div className="mt-4 flex flex-wrap justify-center gap-3">
          <Link href="/check" className="btn btn-primary">
            {t("startCheck")}
          </Link>
          <Link href="/compare" className="btn">
            {t("compare")}
          </Link>
        </div>
      </section>
    </div>
  );
}
