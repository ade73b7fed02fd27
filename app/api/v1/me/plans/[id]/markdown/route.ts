import { ownPlanRoute } from "@/lib/http/plan-route";
import { apiLocale } from "@/lib/i18n/api";
import { localizePlan } from "@/lib/plans/localize";
import { planToMarkdown } from "@/lib/plans";
import { describePlan } from "@/lib/services/plans";

export const GET = ownPlanRoute(async ({ request, user, plan }) => {
  const locale = apiLocale(request);
  const view = await describePlan(user.id, plan);
  // The view's phases carry the schedule at the plan's pace from today, and hours still to do.
  const roadmap = localizePlan(
    { ...plan.roadmap, totalHours: view.remainingHours, weeks: view.weeks, targetDate: view.targetDate, phases: view.phases, target: plan.target, targetName: plan.targetName },
    locale,
  );
  const markdown = planToMarkdown({ ...plan, targetName: roadmap.targetName, roadmap, statuses: plan.statuses, progress: view.progress }, locale);
  const filename = plan.title.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "plan";
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}.md"`,
      "Cache-Control": "no-store",
    },
  });
});
