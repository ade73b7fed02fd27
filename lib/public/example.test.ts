import { describe, expect, it } from "vitest";
import { getRole } from "@/lib/catalog";
import { exampleTransition } from "./example";

describe("the landing page's example (data scientist → ML engineer)", () => {
  for (const locale of ["en", "ko"] as const) {
    it(`is computed from the catalog and the engine (${locale})`, () => {
      const example = exampleTransition(locale)!;
      const mle = getRole("ml-engineer")!;
      const ds = getRole("data-scientist")!;
      // Every skill the target needs has a bar; "have" is the data scientist's typical level.
      expect(example.rows.map((r) => r.skill).sort()).toEqual(mle.skills.map((s) => s.skill).sort());
      for (const row of example.rows) {
        expect(row.need).toBe(mle.skills.find((s) => s.skill === row.skill)!.level);
        expect(row.have).toBe(ds.skills.find((s) => s.skill === row.skill)?.level ?? 0);
      }
      // A real move: not there yet, not from nothing, and the roadmap's hours add up.
      expect(example.fit).toBeGreaterThan(0);
      expect(example.fit).toBeLessThan(100);
      const phaseHours = example.roadmap.phases.reduce((sum, p) => sum + p.hours, 0);
      expect(phaseHours).toBe(example.roadmap.totalHours);
      expect(example.roadmap.weeks).toBe(Math.ceil(example.roadmap.totalHours / example.roadmap.hoursPerWeek));
      // Every unmet skill is worked on in the roadmap.
      const planned = new Set(example.roadmap.phases.flatMap((p) => p.items.map((i) => i.skill)));
      for (const row of example.rows.filter((r) => r.have < r.need)) expect(planned.has(row.skill)).toBe(true);
    });
  }
});
