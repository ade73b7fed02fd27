import type { Roadmap, RoadmapItem, RoadmapPhase } from "@/lib/engine";

/** "skipped" takes an item out of the plan's hours and dates without forgetting it (it can come back). */
export const ITEM_STATUSES = ["todo", "doing", "done", "skipped"] as const;
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
  /** Fit when the plan was made; kept across every rebuild so "was" means "when you started". */
  startFit?: number;
}

/** One thing that moved when the plan followed the assessment or the catalog. */
export interface PlanChange {
  at: string;
  kind:
    | "met"
    | "added"
    | "dropped"
    | "level"
    | "skill-renamed"
    | "skill-removed"
    | "requirement-changed"
    | "requirement-added"
    | "requirement-removed";
  skill: string;
  /** The skill's name when the change happened (it may leave the catalog later). */
  name: string;
  /** English, for the API; pages word the change from the fields. */
  message: string;
  from?: number;
  to?: number;
  level?: number;
  hours?: number;
  before?: { level: number; weight: number };
  after?: { level: number; weight: number };
}

export interface Progress {
  /** Items done, met items included; skipped items count in neither `done` nor `total`. */
  done: number;
  total: number;
  doneHours: number;
  totalHours: number;
  /** Share of planned hours done (doneHours / totalHours). */
  percent: number;
  skipped: number;
}
