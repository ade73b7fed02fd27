import "server-only";
import { getAssessment } from "@/db/queries/assessment";
import { getProfile } from "@/db/queries/profile";
import { catalogBook } from "@/lib/catalog/book";
import { computeGap, rankRoles } from "@/lib/engine";
import { firstWeek, planItems, planProgress, remainingHours, timeLeft } from "@/lib/plans";
import { listPlans } from "./plans";
import { today } from "./today";
import { allTargets, catalogSkillName } from "./targets";

/** Everything the dashboard shows, loaded in one place so the page only renders. */
export async function loadDashboard(userId: string) {
  const [profile, { assessment }, targets] = await Promise.all([getProfile(userId), getAssessment(userId), allTargets(userId)]);
  // Followed to the current assessment and catalog, like every read of a plan.
  const plans = await listPlans(userId, assessment);
  const ranking = rankRoles(
    targets.map((t) => t.role),
    assessment,
  ).map((fit) => ({ ...fit, custom: fit.slug.startsWith("custom:") }));
  const target = targets.find((t) => t.slug === profile.targetRole) ?? null;
  const gap = target ? computeGap(target.role, assessment, catalogBook) : null;
  const alternatives = ranking.filter((r) => r.slug !== target?.slug).slice(0, 2);
  const activePlan =
    [...plans].filter((p) => !target || p.target === target.slug).sort((a, b) => +b.updatedAt - +a.updatedAt)[0] ?? null;
  const now = await today();
  const plan = activePlan && (() => {
    const items = new Map(planItems(activePlan.roadmap).map((item) => [item.skill, item]));
    const remaining = remainingHours(activePlan.roadmap, activePlan.statuses);
    return {
      id: activePlan.id,
      title: activePlan.title,
      hoursPerWeek: activePlan.hoursPerWeek,
      progress: planProgress(activePlan.roadmap, activePlan.statuses),
      remainingHours: remaining,
      ...timeLeft(remaining, activePlan.hoursPerWeek, now),
      /** What to work on now at the plan's pace, with resources and the time it takes. */
      thisWeek: firstWeek(activePlan.roadmap, activePlan.statuses, activePlan.hoursPerWeek).map((slot) => {
        const item = items.get(slot.skill)!;
        return {
          skill: item.skill,
          name: item.name,
          from: item.from,
          to: item.to,
          hours: item.hours,
          hoursThisWeek: slot.hoursThisWeek,
          status: activePlan.statuses[item.skill] ?? "todo",
          resources: item.resources,
        };
      }),
    };
  })();
  return {
    profile,
    rated: Object.values(assessment).filter((l) => l > 0).length,
    ranking,
    target: target && { slug: target.slug, name: target.name, fit: ranking.find((r) => r.slug === target.slug)!.fit },
    topGaps: (gap?.gaps ?? []).slice(0, 5).map((g) => ({ ...g, name: catalogSkillName(g.skill) })),
    /** The target's skills never rated: they count as 0, so they are worth rating before planning. */
    unrated: gap?.unrated ?? [],
    alternatives,
    activePlan: plan,
  };
}
