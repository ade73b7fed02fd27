import type { Metadata } from "next";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { use, type ReactNode } from "react";
import { LevelBadge, weightLabel } from "@/components/level";
import { localizedRoles } from "@/lib/catalog/localize";
import { languageAlternates } from "@/lib/i18n/alternates";
import { enterEdition, type EditionParams } from "@/lib/static-pages/enter";

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  enterEdition((await params).edition);
  const t = await getTranslations("about");
  return { title: t("metaTitle"), description: t("metaDescription"), alternates: languageAlternates("/about") };
}

const LEVELS = ["0", "1", "2", "3", "4"] as const;
const WEIGHTS = ["3", "2", "1"] as const;

const rich = {
  cite: (chunks: ReactNode) => <cite>{chunks}</cite>,
  var: (chunks: ReactNode) => <var>{chunks}</var>,
  strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
  code: (chunks: ReactNode) => <code>{chunks}</code>,
  link: (chunks: ReactNode) => (
    <Link href="/check" className="underline">
      {chunks}
    </Link>
  ),
};

export default function AboutPage({ params }: { params: EditionParams }) {
  enterEdition(use(params).edition);
  const t = useTranslations("about");
  const tc = useTranslations("common");
  const locale = useLocale();
  return (
    <div className="page max-w-3xl space-y-10">
      <header>
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 className="mt-1 text-3xl sm:text-4xl">{t("title")}</h1>
      </header>

      <section aria-labelledby="source-title" className="space-y-3">
        <h2 id="source-title" className="text-2xl">
          {t("sourceTitle")}
        </h2>
        <p>{t.rich("source1", rich)}</p>
        <p>{t("source2")}</p>
        <p>{t("source3")}</p>
        <ul className="list-disc space-y-1 pl-5">
          {localizedRoles(locale).map((role) => (
            <li key={role.slug}>
              <Link href={`/roles/${role.slug}`}>{role.name}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="levels-title" className="space-y-3">
        <h2 id="levels-title" className="text-2xl">
          {t("levelsTitle")}
        </h2>
        <p>{t("levelsIntro")}</p>
        <div className="relative overflow-x-auto rounded-lg border border-line bg-paper">
          <table className="table">
            <caption className="sr-only">{t("levelsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("level")}</th>
                <th scope="col">{t("meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {LEVELS.map((level) => (
                <tr key={level}>
                  <td>
                    <LevelBadge level={Number(level)} />
                  </td>
                  <td>{t(`levelMeanings.${level}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="weights-title" className="space-y-3">
        <h2 id="weights-title" className="text-2xl">
          {t("weightsTitle")}
        </h2>
        <p>{t("weightsIntro")}</p>
        <dl className="space-y-2">
          {WEIGHTS.map((weight) => (
            <div key={weight} className="card py-3">
              <dt className="font-semibold">
                {weight} · {weightLabel(tc, Number(weight))}
              </dt>
              <dd className="ml-0 text-sm">{t(`weightMeanings.${weight}`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="fit" className="space-y-3">
        <h2 id="fit" className="text-2xl">
          {t("fitTitle")}
        </h2>
        <p>{t.rich("fit1", rich)}</p>
        {/* Focusable and named: on a narrow screen the formula scrolls, and keyboard users must reach it. */}
        <pre tabIndex={0} className="relative overflow-x-auto rounded-md border border-line bg-paper p-4 text-sm">
          <code>fit = round(100 × Σ w_s·min(have_s, need_s) / Σ w_s·need_s, 1)</code>
        </pre>
        <p>{t("fit2")}</p>
        <p>{t.rich("fit3", rich)}</p>
        <p>{t.rich("fit4", rich)}</p>
      </section>

      <section aria-labelledby="roadmap-title" className="space-y-3">
        <h2 id="roadmap-title" className="text-2xl">
          {t("roadmapTitle")}
        </h2>
        <p>{t("roadmap1")}</p>
        <p>{t.rich("roadmap2", rich)}</p>
      </section>
    </div>
  );
}
