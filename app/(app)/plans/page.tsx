import type { Metadata } from "next";
import Link from "next/link";
import { FitMeter } from "@/components/fit-meter";
import { getProfile } from "@/lib/services/profile";
import { requireUser } from "@/lib/auth/session";
import { getLocale, getTranslations } from "next-intl/server";
import { messageFromQuery } from "@/lib/i18n/form-errors";
import { roleName } from "@/lib/catalog/localize";
import { formatDate } from "@/lib/format";
import { UnreadBadge } from "@/components/feedback/unread-badge";
import { unreadFeedback } from "@/lib/services/feedback";
import { listPlans, planSummary } from "@/lib/services/plans";
import { today } from "@/lib/services/today";
import { allTargets } from "@/lib/services/targets";
import { createPlanAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("metaTitle") };
}

export default async function PlansPage({ searchParams }: { searchParams: Promise<{ error?: string; deleted?: string }> }) {
  const user = await requireUser("/plans");
  const [plans, targets, profile, query] = await Promise.all([listPlans(user.id), allTargets(user.id), getProfile(user.id), searchParams]);
  const [locale, t, tl, day] = await Promise.all([getLocale(), getTranslations("plans"), getTranslations("livingPlans"), today()]);
  const unread = await unreadFeedback(user.id);
  return (
    <div className="page space-y-6">
      <h1 className="text-3xl">{t("title")}</h1>
      {messageFromQuery(query, "error", locale) && (
        <p role="alert" className="form-error">
          {messageFromQuery(query, "error", locale)}
        </p>
      )}
      {query.deleted && (
        <p role="status" className="rounded-md bg-good-soft p-3">
          {t("deleted")}
        </p>
      )}
      {plans.length === 0 ? (
        <p className="card">{t("empty")}</p>
      ) : (
        <ul className="m-0 grid list-none gap-4 p-0 sm:grid-cols-2">
          {plans.map((record) => planSummary(record, day)).map((plan) => (
            <li key={plan.id} className="card space-y-3">
              <h2 className="text-xl">
                <Link href={`/plans/${plan.id}`}>{plan.title}</Link>
              </h2>
              <UnreadBadge count={unread.get(plan.id) ?? 0} />
              <p className="text-muted">
                {t("meta", { target: roleName(plan.target, locale, plan.targetName), date: formatDate(plan.createdAt.slice(0, 10), locale) })}
              </p>
              <FitMeter
                fit={plan.progress.percent}
                label={tl("progress", {
                  doneItems: plan.progress.done,
                  totalItems: plan.progress.total,
                  doneHours: plan.progress.doneHours,
                  totalHours: plan.progress.totalHours,
                })}
              />
              <p className="text-sm">
                {tl("remaining", { hours: plan.remainingHours, perWeek: plan.hoursPerWeek, date: formatDate(plan.targetDate, locale) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="new-plan" className="card">
        <h2 id="new-plan" className="mb-3 text-xl">
          {t("buildTitle")}
        </h2>
        <form action={createPlanAction} className="grid gap-4 sm:grid-cols-3 sm:items-end">
          <div>
            <label htmlFor="target" className="label">
              {t("target")}
            </label>
            <select id="target" name="target" className="input" defaultValue={profile.targetRole ?? "ml-engineer"} required>
              {targets.map((target) => (
                <option key={target.slug} value={target.slug}>
                  {roleName(target.slug, locale, target.name)}
                  {target.custom ? t("fromPosting") : ""}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="hours" className="label">
              {t("hours")}
            </label>
            <input id="hours" name="hoursPerWeek" type="number" min={1} max={80} className="input" defaultValue={profile.hoursPerWeek} required />
          </div>
          <button type="submit" className="btn btn-primary">
            {t("build")}
          </button>
        </form>
      </section>
    </div>
  );
}
