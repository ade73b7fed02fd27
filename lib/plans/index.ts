export * from "./types";
export { composePlanRoadmap, planItems, type Naming } from "./compose";
export { assessmentStamp, carryOver, isOutOfDate, planProgress, type RefreshResult } from "./living";
export { diffCatalogForPlan, type CatalogChange } from "./catalog-diff";
export { planToMarkdown, type MarkdownPlan } from "./markdown";
