import type { Metadata } from "next";
import Link from "next/link";
import { getProfile } from "@/lib/services/profile";
import { requireUser } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedCategories, localizedSkills, roleName } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";
import { getAssessment } from "@/lib/services/assessment";
import { resolveTarget } from "@/lib/services/targets";
import { AssessmentEditor } from "./assessment-editor";
import type { CategoryView, TargetView } from "./types";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessment"))("metaTitle") };
}

function categoryViews(locale: Locale): CategoryView[] {
  return localizedCategories(locale).map((category) => ({
    slug: category.slug,
    name: category.name,
    skills: localizedSkills(locale)
      .filter((s) => s.category === category.slug)
      .map(({ slug, name, description, levels }) => ({ slug, name, description, levels })),
  }));
}

export default async function AssessmentPage({ searchParams }: { searchParams: Promise<{ only?: string | string[] }> }) {
  const user = await requireUser("/assessment");
  const [saved, profile] = await Promise.all([getAssessment(user.id), getProfile(user.id)]);
  const resolved = await resolveTarget(user.id, profile.targetRole);
  const [locale, t, query] = await Promise.all([getLocale(), getTranslations("assessment"), searchParams]);
  const target: TargetView | null =
    resolved.kind === "found"
      ? { slug: profile.targetRole ?? resolved.role.slug, name: roleName(resolved.role.slug, locale, resolved.role.name), needs: Object.fromEntries(resolved.role.skills.map((s) => [s.skill, s.level])) }
      : null;
  return (
    <div className="page">
      <p className="eyebrow">{profile.onboarded ? t("eyebrowDone") : t("eyebrowStep")}</p>
      <h1 className="mb-2 text-3xl">{t("title")}</h1>
      <p className="mb-2 max-w-3xl text-muted">
        {t("lead")}
      </p>
      <p className="mb-6">
        {resolved.kind === "missing" && t("targetMissing")}
        <Link href="/profile">{t("progressLink")}</Link>
        {!profile.onboarded && (
          <>
            {" · "}
            <Link href="/onboarding">{t("onboardingLink")}</Link>
          </>
        )}
      </p>
      <AssessmentEditor categories={categoryViews(locale)} initial={{ assessment: saved.assessment, notes: saved.notes }} target={target} initialOnlyNeeded={query.only === "needed"} />
    </div>
  );
}
