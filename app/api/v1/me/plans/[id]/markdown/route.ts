import { userRoute } from "@/lib/http/handler";
import { planToMarkdown } from "@/lib/plans";
import { describePlan, requirePlan } from "@/lib/services/plans";

export const GET = userRoute<{ id: string }>(async ({ user, params }) => {
  const plan = await requirePlan(user.id, params.id);
  const view = await describePlan(user.id, plan);
  const markdown = planToMarkdown({ ...plan, roadmap: plan.roadmap, statuses: plan.statuses, progress: view.progress });
  const filename = plan.title.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "plan";
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}.md"`,
      "Cache-Control": "no-store",
    },
  });
});
