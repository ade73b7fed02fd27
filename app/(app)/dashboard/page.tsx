import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { FitMeter } from "@/components/fit-meter";
import { LevelBadge, WeightBadge } from "@/components/level";
import { getLocale } from "next-intl/server";
import { getServerTranslations as getTranslations } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/session";
import { roleName, skillName } from "@/lib/catalog/localize";
import { UnreadFeedbackNotice } from "@/components/feedback/unread-feedback-notice";
import { dashboardView, sendsToOnboarding, type DashboardView } from "@/lib/services/dashboard";
import { today } from "@/lib/services/today";
import { DATA_MARKER, dataDigest } from "@/lib/http/data-marker";
import { formatDate } from "@/lib/format";
import { createPlanAction } from "../plans/actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("metaTitle") };
}

type T = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;

/**
 * Kept by the proxy for the data it shows (docs/decisions/0017): everything it shows from the
 * database comes from dashboardView, whose digest it names in its marker, and everything it takes
 * from the request (language, today) is in the proxy's key (lib/dashboard/page-reader.ts). A new
 * input to this page or its layout must be added to one or the other.
 */
export default async function DashboardPage() {
  const user = await requireUser("/dashboard");
  const view = await dashboardView(user, await today());
  const data = view.dashboard;
  if (sendsToOnboarding(data)) redirect("/onboarding");
  const [locale, t, tl, tw] = await Promise.all([
    getLocale(),
    getTranslations("dashboard"),
    getTranslations("livingDashboard"),
    getTranslations("livingPlan"),
  ]);
  const name = (role: { slug: string; name: string }) => roleName(role.slug, locale, role.name);
  const { target, activePlan } = data;
  const [alt1, alt2] = data.alternatives;

  return (
    <div className="page space-y-6">
      <meta name={DATA_MARKER} content={dataDigest(view)} />
      <header>
        <h1 className="text-3xl">{t("hello", { name: user.name ?? t("there") })}</h1>
        {target ? (
          <p className="mt-1 text-lg">
            {t.rich("wayTo", { fit: target.fit, target: name(target), strong: (c) => <strong>{c}</strong>, b: (c) => <strong>{c}</strong> })}
            {alt1 && t("alt1", { fit: alt1.fit, role: name(alt1) })}
            {alt1 && alt2 && t("alt2", { fit: alt2.fit, role: name(alt2) })}
            {alt1 && t("period")}
          </p>
        ) : (
          <p className="mt-1">
            {t.rich("chooseTarget", { link: (c) => <Link href="/settings">{c}</Link> })}
          </p>
        )}
      </header>

      <UnreadFeedbackNotice plans={view.unread} />
      {target && data.unrated.length > 0 && (
        <p className="card border-warn bg-warn-soft">
          {tl("rateUnrated", { count: data.unrated.length, target: name(target) })}{" "}
          <Link href={`/gap/${encodeURIComponent(target.slug)}#rate-unrated`}>{tl("rateLink")}</Link>
        </p>
      )}

      <section aria-labelledby="next-step" className="card border-brand bg-brand-soft">
        <h2 id="next-step" className="mb-2 text-xl">
          {t("nextTitle")}
        </h2>
        <NextStep data={data} t={t} name={name} />
        {activePlan && activePlan.thisWeek.length > 0 && (
          <div className="mt-3 space-y-2">
            <h3 className="text-lg">{tl("thisWeekTitle")}</h3>
            <p>{tl("thisWeekIntro", { plan: activePlan.title, perWeek: activePlan.hoursPerWeek })}</p>
            <ul className="m-0 list-none space-y-3 p-0">
              {activePlan.thisWeek.map((item) => (
                <li key={item.skill} className="rounded-md border border-line bg-paper p-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <strong>{skillName(item.skill, locale, item.name)}</strong>
                    <LevelBadge level={item.from} /> <span aria-hidden="true">→</span>
                    <span className="sr-only">{t("needs")}</span> <LevelBadge level={item.to} />
                  </p>
                  <p className="text-sm">{tw("thisWeekHours", { week: item.hoursThisWeek, hours: item.hours })}</p>
                  {item.resources.length > 0 && (
                    <ul className="mt-1 list-disc pl-6 text-sm">
                      {item.resources.map((resource) => (
                        <li key={resource.url}>
                          <a href={resource.url} rel="noopener noreferrer" target="_blank">
                            {resource.title}
                          </a>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="fits-title" className="card">
          <h2 id="fits-title" className="mb-3 text-xl">
            {t("fitsTitle")}
          </h2>
          <ol className="m-0 list-none space-y-3 p-0">
            {data.ranking.map((role) => (
              <li key={role.slug} className={role.slug === target?.slug ? "rounded-md bg-brand-soft p-2 outline-2 outline-brand" : "p-2"}>
                <FitMeter fit={role.fit} label={`${name(role)}${role.slug === target?.slug ? t("yourTarget") : ""}${role.custom ? t("fromPosting") : ""}`} />
                <Link href={`/gap/${encodeURIComponent(role.slug)}`} className="text-sm">
                  {t.rich("gapView", { role: name(role), sr: (c) => <span className="sr-only">{c}</span> })}
                </Link>
              </li>
            ))}
          </ol>
          <div className="mt-4 space-y-2 border-t border-line pt-4">
            <p>{t("postingPrompt")}</p>
            <Link className="btn" href="/targets/new">
              {t("postingCta")}
            </Link>
          </div>
        </section>

        <div className="space-y-6">
          {target && (
            <section aria-labelledby="gaps-title" className="card">
              <h2 id="gaps-title" className="mb-3 text-xl">
                {t("gapsTitle", { target: name(target) })}
              </h2>
              {data.topGaps.length === 0 ? (
                <p>{t("noGaps")}</p>
              ) : (
                <ul className="m-0 list-none space-y-2 p-0">
                  {data.topGaps.map((gap) => (
                    <li key={gap.skill} className="flex flex-wrap items-center gap-2">
                      <span className="font-medium">{skillName(gap.skill, locale, gap.name)}</span>
                      <LevelBadge level={gap.have} /> <span aria-hidden="true">→</span>
                      <span className="sr-only">{t("needs")}</span> <LevelBadge level={gap.need} />
                      <WeightBadge weight={gap.weight} />
                    </li>
                  ))}
                </ul>
              )}
              <Link href={`/gap/${encodeURIComponent(target.slug)}`} className="mt-3 inline-block">
                {t("fullGap")}
              </Link>
            </section>
          )}
          <section aria-labelledby="plan-title" className="card">
            <h2 id="plan-title" className="mb-3 text-xl">
              {t("planTitle")}
            </h2>
            {activePlan ? (
              <div className="space-y-2">
                <Link href={`/plans/${activePlan.id}`} className="font-medium">
                  {activePlan.title}
                </Link>
                <FitMeter
                  fit={activePlan.progress.percent}
                  label={tl("progress", {
                    doneItems: activePlan.progress.done,
                    totalItems: activePlan.progress.total,
                    doneHours: activePlan.progress.doneHours,
                    totalHours: activePlan.progress.totalHours,
                  })}
                />
                <p className="text-sm">{tl("remaining", { hours: activePlan.remainingHours, date: formatDate(activePlan.targetDate, locale) })}</p>
              </div>
            ) : (
              <p>{t("noPlan")}</p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}

function NextStep({
  data,
  t,
  name,
}: {
  data: DashboardView["dashboard"];
  t: T;
  name: (role: { slug: string; name: string }) => string;
}) {
  if (data.rated === 0) {
    return (
      <p>
        {t("rateFirst")}{" "}
        <Link className="btn btn-primary ml-2" href="/assessment">
          {t("rate")}
        </Link>
      </p>
    );
  }
  if (!data.target) return <p>{t("pickTarget")}</p>;
  if (!data.activePlan) {
    return (
      <form action={createPlanAction} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="target" value={data.target.slug} />
        <p className="m-0">{t("turnGaps", { target: name(data.target), hours: data.profile.hoursPerWeek })}</p>
        <button type="submit" className="btn btn-primary">
          {t("build")}
        </button>
      </form>
    );
  }
  if (data.activePlan.thisWeek.length === 0) return <p>{t("allDone")}</p>;
  return (
    <p>
      <Link href={`/plans/${data.activePlan.id}`}>{t("openPlan")}</Link>
    </p>
  );
}
