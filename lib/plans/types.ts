import type { Roadmap, RoadmapItem, RoadmapPhase } from "@/lib/engine";

export const ITEM_STATUSES = ["todo", "doing", "done"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** An engine item plus what the plan keeps so it renders without the catalog (names can change). */
export interface PlanItem extends RoadmapItem {
  name: string;
  /** Why this item matters for the target role. */
  why: string;
}

export interface PlanPhase extends Omit<RoadmapPhase, "items"> {
  items: PlanItem[];
}

/** An item that left the plan because the assessment now meets it; it counts as done. */
export interface MetItem {
  skill: string;
  name: string;
  level: number;
  hours: number;
  at: string;
}

export interface PlanRoadmap extends Omit<Roadmap, "phases"> {
  phases: PlanPhase[];
  met: MetItem[];
}

export interface Progress {
  done: number;
  total: number;
  /** Share of planned hours done, items met since creation included. */
  percent: number;
}
