export * from "./types";
export { computeFit, computeGap, rankRoles, unratedSkills, type RoleFit } from "./fit";
export { buildRoadmap, phaseMilestone, PHASE_KEYS, prerequisiteLevel, type Milestones, type RoadmapOptions } from "./roadmap";
