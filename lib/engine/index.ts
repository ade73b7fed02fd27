export * from "./types";
export { computeFit, computeGap, rankRoles, type RoleFit } from "./fit";
export { buildRoadmap, prerequisiteLevel, type Milestones, type RoadmapOptions } from "./roadmap";
