import type { Metadata } from "next";
import Link from "next/link";
import { getAssessmentHistory } from "@/lib/services/assessment";
import { getProfile } from "@/lib/services/profile";
import { requireUser } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { roleName } from "@/lib/catalog/localize";
import { formatDate } from "@/lib/format";
import { computeFit } from "@/lib/engine";
import { resolveTarget } from "@/lib/services/targets";
import { FitChart } from "./fit-chart";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("metaTitle") };
}

export default async function ProfilePage() {
  const user = await requireUser("/profile");
  const [profile, history] = await Promise.all([getProfile(user.id), getAssessmentHistory(user.id)]);
  const target = await resolveTarget(user.id, profile.targetRole);
  const points = target.kind === "found" ? history.map((h) => ({ date: h.date, fit: computeFit(target.role, h.assessment) })) : [];
  const [locale, t] = await Promise.all([getLocale(), getTranslations("profile")]);
  const link = (chunks: React.ReactNode) => <Link href="/settings">{chunks}</Link>;
  const current = profile.currentRole;
  const currentName = !current ? t("notSet") : current === "other" ? t("other") : roleName(current, locale);
  const targetName =
    target.kind === "found" ? roleName(target.role.slug, locale, target.role.name) : target.kind === "missing" ? t("deletedRole") : t("notSet");

  return (
    <div className="page space-y-6">
      <div>
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 className="text-3xl">{user.name ?? t("fallbackTitle")}</h1>
      </div>
      <dl className="card grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("path")}</dt>
        <dd>
          {currentName} → {targetName}
        </dd>
        <dt className="font-semibold">{t("learningTime")}</dt>
        <dd>{t("hoursPerWeek", { hours: profile.hoursPerWeek })}</dd>
      </dl>
      <p className="flex flex-wrap gap-x-6">
        <Link href="/settings">{t("changeSettings")}</Link>
        <Link href="/assessment">{t("updateSkills")}</Link>
      </p>

      <section aria-labelledby="fit-heading" className="card space-y-4">
        <h2 id="fit-heading" className="text-xl">
          {t("fitTitle")}
        </h2>
        {target.kind === "none" && (
          <p>{t.rich("chooseTarget", { link })}</p>
        )}
        {target.kind === "missing" && (
          <p>{t.rich("targetDeleted", { link })}</p>
        )}
        {target.kind === "found" && points.length === 0 && (
          <p>{t.rich("noHistory", { link: (chunks) => <Link href="/assessment">{chunks}</Link> })}</p>
        )}
        {target.kind === "found" && points.length > 0 && (
          <>
            <p className="hint">
              {t("fitHint", { target: targetName })}
            </p>
            <FitChart
              points={points}
              label={
                points.length > 1
                  ? t("chartLabelRange", {
                      target: targetName,
                      firstFit: points[0]!.fit,
                      firstDate: formatDate(points[0]!.date, locale),
                      lastFit: points[points.length - 1]!.fit,
                      lastDate: formatDate(points[points.length - 1]!.date, locale),
                    })
                  : t("chartLabel", { target: targetName, firstFit: points[0]!.fit, firstDate: formatDate(points[0]!.date, locale) })
              }
            />
            <table className="table max-w-md">
              <caption className="sr-only">{t("caption", { target: targetName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("date")}</th>
                  <th scope="col">{t("fit")}</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.date}>
                    <td>
                      <time dateTime={p.date}>{formatDate(p.date, locale)}</time>
                    </td>
                    <td>{p.fit.toFixed(1)} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
