import { describe, expect, it } from "vitest";
import { parseCheckQuery, parseCompareQuery } from "./query";

describe("parseCompareQuery", () => {
  it("accepts two known roles and defaults hours to 10", () => {
    expect(parseCompareQuery({ from: "data-scientist", to: "ml-engineer" })).toEqual({
      ok: true,
      value: { from: "data-scientist", to: "ml-engineer", hours: 10 },
    });
  });

  it("treats empty fields as not chosen", () => {
    expect(parseCompareQuery({ from: "", to: "", hours: "" })).toEqual({ ok: true, value: { from: undefined, to: undefined, hours: 10 } });
    expect(parseCompareQuery({})).toEqual({ ok: true, value: { from: undefined, to: undefined, hours: 10 } });
  });

  it("reads hours per week from 1 to 80", () => {
    expect(parseCompareQuery({ hours: "1" })).toMatchObject({ ok: true, value: { hours: 1 } });
    expect(parseCompareQuery({ hours: " 80 " })).toMatchObject({ ok: true, value: { hours: 80 } });
  });

  it.each([["0"], ["81"], ["2.5"], ["ten"], ["-3"], ["1e2"], ["9999"]])("refuses hours %j with a message", (hours) => {
    const result = parseCompareQuery({ hours });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ key: "hoursRange" }]);
  });

  it("names an unknown role", () => {
    const result = parseCompareQuery({ from: "astronaut", to: "ml-engineer" });
    expect(result).toEqual({ ok: false, errors: [{ key: "unknownRole", input: "astronaut" }] });
  });

  it("refuses the same role twice and repeated parameters", () => {
    expect(parseCompareQuery({ from: "ml-engineer", to: "ml-engineer" })).toEqual({
      ok: false,
      errors: [{ key: "sameRole" }],
    });
    expect(parseCompareQuery({ from: ["data-engineer", "ml-engineer"] }).ok).toBe(false);
  });

  it("never throws on odd input", () => {
    const long = "x".repeat(10_000);
    expect(parseCompareQuery({ from: long, to: long, hours: long }).ok).toBe(false);
  });
});

describe("parseCheckQuery", () => {
  it("is not submitted without ratings", () => {
    expect(parseCheckQuery({})).toEqual({ ok: true, value: { submitted: false, ratings: {}, hours: 10 } });
  });

  it("reads levels 0..4 per quick-check skill and ignores other parameters", () => {
    expect(parseCheckQuery({ python: "3", sql: "0", utm_source: "x", "ml-theory": "9" })).toEqual({
      ok: true,
      value: { submitted: true, ratings: { python: 3, sql: 0 }, hours: 10 },
    });
  });

  it("reads the wanted role and the pace, an empty target meaning none", () => {
    expect(parseCheckQuery({ python: "2", target: "ml-engineer", hours: "6" })).toEqual({
      ok: true,
      value: { submitted: true, ratings: { python: 2 }, target: "ml-engineer", hours: 6 },
    });
    expect(parseCheckQuery({ python: "2", target: "" })).toEqual({ ok: true, value: { submitted: true, ratings: { python: 2 }, hours: 10 } });
  });

  it("names an unknown target and refuses a pace out of range, without blaming a skill", () => {
    expect(parseCheckQuery({ python: "2", target: "astronaut" })).toEqual({ ok: false, errors: [{ key: "unknownRole", input: "astronaut" }] });
    expect(parseCheckQuery({ python: "2", hours: "0" })).toEqual({ ok: false, errors: [{ key: "hoursRange" }] });
    expect(parseCheckQuery({ target: ["ml-engineer", "data-engineer"] })).toEqual({ ok: false, errors: [{ key: "one", what: "target" }] });
  });

  it.each([["5"], ["-1"], ["2.5"], ["three"], [""]])("refuses level %j, naming the skill", (level) => {
    const result = parseCheckQuery({ python: "2", statistics: level });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual([{ key: "levelRange", skill: "statistics" }]);
  });

  it("refuses a repeated skill", () => {
    expect(parseCheckQuery({ python: ["1", "2"] })).toEqual({ ok: false, errors: [{ key: "one", what: "level", skill: "python" }] });
  });
});
