export * from "./types";
export { composePlanRoadmap, planItems, type Naming } from "./compose";
export { addDays, daysBetween, paceForDate, planProgress, remainingHours, timeLeft, type PaceFromDate } from "./progress";
export { appendChanges, followPlan, planStamp, PLAN_MODEL, recentChanges, type FollowResult } from "./follow";
export { applyOrder, moveItem, type MoveResult } from "./order";
export { firstWeek, schedulePlan, thisWeek, type ItemSlot, type PhaseSlot, type Schedule } from "./schedule";
export { diffCatalogForPlan, type CatalogChange } from "./catalog-diff";
export { planToMarkdown, type MarkdownPlan } from "./markdown";
