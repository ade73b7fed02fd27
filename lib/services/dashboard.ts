import "server-only";
import { getAssessment } from "@/db/queries/assessment";
import { listPlans } from "@/db/queries/plans";
import { getProfile } from "@/db/queries/profile";
import { catalogBook } from "@/lib/catalog/engine";
import { computeGap, rankRoles } from "@/lib/engine";
import { isOutOfDate, planItems, planProgress } from "@/lib/plans";
import { allTargets, catalogSkillName } from "./targets";

/** Everything the dashboard shows, loaded in one place so the page only renders. */
export async function loadDashboard(userId: string) {
  const [profile, { assessment }, targets, plans] = await Promise.all([
    getProfile(userId),
    getAssessment(userId),
    allTargets(userId),
    listPlans(userId),
  ]);
  const ranking = rankRoles(
    targets.map((t) => t.role),
    assessment,
  ).map((fit) => ({ ...fit, custom: fit.slug.startsWith("custom:") }));
  const target = targets.find((t) => t.slug === profile.targetRole) ?? null;
  const gap = target ? computeGap(target.role, assessment, catalogBook) : null;
  const alternatives = ranking.filter((r) => r.slug !== target?.slug).slice(0, 2);
  const activePlan =
    [...plans].filter((p) => !target || p.target === target.slug).sort((a, b) => +b.updatedAt - +a.updatedAt)[0] ?? null;
  const next = activePlan ? planItems(activePlan.roadmap).find((i) => activePlan.statuses[i.skill] !== "done") : undefined;
  return {
    profile,
    rated: Object.values(assessment).filter((l) => l > 0).length,
    ranking,
    target: target && { slug: target.slug, name: target.name, fit: ranking.find((r) => r.slug === target.slug)!.fit },
    topGaps: (gap?.gaps ?? []).slice(0, 5).map((g) => ({ ...g, name: catalogSkillName(g.skill) })),
    alternatives,
    activePlan: activePlan && {
      id: activePlan.id,
      title: activePlan.title,
      progress: planProgress(activePlan.roadmap, activePlan.statuses),
      outOfDate: isOutOfDate(activePlan.assessmentStamp, assessment),
      next: next && { skill: next.skill, name: next.name, from: next.from, to: next.to, hours: next.hours, status: activePlan.statuses[next.skill] ?? "todo" },
    },
  };
}
