import { ownPlanRoute } from "@/lib/http/plan-route";
import { publicOrigin } from "@/lib/http/public-url";
import { apiLocale, languageHeaders } from "@/lib/i18n/api";
import { translator } from "@/lib/i18n/translator";
import { planCalendar } from "@/lib/plans/calendar";
import { localizePlan } from "@/lib/plans/localize";
import { describePlan } from "@/lib/services/plans";
import { today } from "@/lib/services/today";

/**
 * The plan's schedule as an iCalendar file (docs/api.md): the remaining work from today at the
 * plan's pace, each phase and each week as all-day events. Another user's plan is a 404 like any
 * plan route (ownPlanRoute loads the plan through its owner).
 */
export const GET = ownPlanRoute(async ({ request, user, plan: record }) => {
  const locale = apiLocale(request);
  const plan = localizePlan(await describePlan(user.id, record), locale);
  const t = translator(locale, "calendar");
  const outcome = translator(locale, "livingPlan");
  const ics = planCalendar(
    {
      id: plan.id,
      title: plan.title,
      hoursPerWeek: plan.hoursPerWeek,
      phases: plan.phases.map((phase) => ({ ...phase, outcome: outcome(`outcome.${phase.key}`, { target: plan.targetName }) })),
    },
    {
      startDate: await today(),
      now: new Date(),
      language: locale,
      url: `${publicOrigin(request.headers)}/plans/${encodeURIComponent(plan.id)}`,
      words: {
        calendarName: (title) => t("name", { plan: title }),
        phaseSummary: (phase, title) => t("phaseSummary", { phase, plan: title }),
        phaseDescription: (text, items) => t("phaseDescription", { outcome: text, items }),
        weekSummary: (week, items) => t("weekSummary", { week, items }),
        weekDescription: (title, perWeek, items) => t("weekDescription", { plan: title, perWeek, items }),
        itemLine: (name, hours) => t("itemLine", { name, hours }),
        more: (count) => t("more", { count }),
      },
    },
  );
  const filename = plan.title.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "plan";
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}.ics"`,
      "Cache-Control": "no-store",
      ...languageHeaders(locale),
    },
  });
});
