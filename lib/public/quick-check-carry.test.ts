import { describe, expect, it } from "vitest";
import { roles } from "@/lib/catalog";
import { parseCheckQuery } from "./query";
import { CARRY_MAX_CHARS, carryField, parseCarryField } from "./quick-check-carry";
import { QUICK_CHECK_SKILLS } from "./quick-check";

const target = roles[0]!.slug;

function queryOf(params: Record<string, string>) {
  const parsed = parseCheckQuery(params);
  if (!parsed.ok) throw new Error("bad query");
  return parsed.value;
}

describe("quick-check carry through sign-up", () => {
  it("round-trips ratings, target and pace", () => {
    const field = carryField(queryOf({ python: "3", sql: "0", target, hours: "6" }))!;
    expect(parseCarryField(field)).toEqual({ ok: true, value: { ratings: { python: 3, sql: 0 }, target, hoursPerWeek: 6 } });
  });

  it("carries nothing when the quick check was not sent", () => {
    expect(carryField(queryOf({}))).toBeUndefined();
    expect(parseCarryField(undefined)).toEqual({ ok: true, value: undefined });
    expect(parseCarryField("")).toEqual({ ok: true, value: undefined });
  });

  it("fits every skill at the highest level, a target and a pace under the cap", () => {
    const all = Object.fromEntries([...QUICK_CHECK_SKILLS.map((s) => [s, "4"]), ["target", target], ["hours", "80"]]);
    const field = carryField(queryOf(all))!;
    expect(field.length).toBeLessThan(CARRY_MAX_CHARS);
    expect(parseCarryField(field).ok).toBe(true);
  });

  it.each([
    ["a level out of range", "python=5"],
    ["a skill outside the quick check", "python=2&ml-theory=3"],
    ["a repeated skill", "python=2&python=4"],
    ["an unknown role", "python=2&target=astronaut"],
    ["a pace out of range", "python=2&hours=500"],
    ["no rating at all", "hours=10"],
    ["an oversized field", `python=2&target=${"x".repeat(CARRY_MAX_CHARS)}`],
  ])("refuses %s as a whole", (_, field) => {
    expect(parseCarryField(field)).toEqual({ ok: false });
  });

  it("refuses what is not text", () => {
    expect(parseCarryField(42)).toEqual({ ok: false });
    expect(parseCarryField({ python: 2 })).toEqual({ ok: false });
  });
});
