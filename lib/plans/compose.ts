import type { Roadmap } from "@/lib/engine";
import type { MetItem, PlanItem, PlanRoadmap } from "./types";

export interface Naming {
  /** The catalog's English name, stored with the plan (pages show lib/catalog/localize's skillName instead). */
  storedName(slug: string): string;
  /** The target role's own reason for a skill, when it lists one. */
  rationale(slug: string): string | undefined;
}

function whyFor(item: Roadmap["phases"][number]["items"][number], naming: Naming): string {
  const own = item.reason === "gap" ? naming.rationale(item.skill) : undefined;
  const before = item.unlocks.length > 0 ? `Needed before ${item.unlocks.map((s) => naming.storedName(s)).join(", ")}.` : "";
  return [own, before].filter(Boolean).join(" ") || "The target role asks for this level.";
}

/** Turns an engine roadmap into the plan's stored form: names and reasons kept with each item. */
export function composePlanRoadmap(roadmap: Roadmap, naming: Naming, met: MetItem[] = []): PlanRoadmap {
  return {
    ...roadmap,
    phases: roadmap.phases.map((phase) => ({
      ...phase,
      items: phase.items.map((item): PlanItem => ({ ...item, name: naming.storedName(item.skill), why: whyFor(item, naming) })),
    })),
    met,
    startFit: roadmap.fit,
  };
}

export function planItems(roadmap: PlanRoadmap): PlanItem[] {
  return roadmap.phases.flatMap((phase) => phase.items);
}
