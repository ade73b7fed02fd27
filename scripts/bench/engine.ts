import { getRole, roles } from "@/lib/catalog";
import { catalogBook, catalogTargets, roleAsTarget } from "@/lib/catalog/book";
import { buildRoadmap, rankRoles } from "@/lib/engine";

export interface EngineFigure {
  callsPerSecond: number;
  calls: number;
  seconds: number;
}

/** One call = a full fit ranking of all roles plus one roadmap, as a dashboard render needs. */
export function benchEngine(durationMs = 3000): EngineFigure {
  const assessments = roles.map((r) => Object.fromEntries(r.skills.map((s) => [s.skill, Math.max(0, s.level - 1)])));
  const target = roleAsTarget(getRole("ml-engineer")!);
  const milestones = getRole("ml-engineer")!.milestones;
  let sink = 0;
  const call = (i: number) => {
    const assessment = assessments[i % assessments.length]!;
    sink += rankRoles(catalogTargets, assessment)[0]!.fit;
    sink += buildRoadmap(target, assessment, catalogBook, { hoursPerWeek: 10, startDate: "2026-12-01", milestones }).weeks;
  };
  for (let i = 0; i < 2000; i++) call(i); // warm the JIT
  const start = performance.now();
  let calls = 0;
  while (performance.now() - start < durationMs) {
    for (let i = 0; i < 500; i++) call(calls++);
  }
  const seconds = (performance.now() - start) / 1000;
  if (sink === -1) console.log(sink);
  return { callsPerSecond: Math.round(calls / seconds), calls, seconds: Math.round(seconds * 100) / 100 };
}
