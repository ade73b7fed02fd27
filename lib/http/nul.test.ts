import { describe, expect, it } from "vitest";
import { nulPath } from "./nul";

describe("nulPath", () => {
  it("finds a NUL in a string, a nested value or a key, and says where", () => {
    expect(nulPath("a\u0000b")).toEqual([]);
    expect(nulPath({ name: "ok", notes: { python: "x\u0000" } })).toEqual(["notes", "python"]);
    expect(nulPath({ list: ["a", "b\u0000"] })).toEqual(["list", 1]);
    expect(nulPath({ "k\u0000": 1 })).toEqual(["k\u0000"]);
  });

  it("passes everything else, other control characters included", () => {
    expect(nulPath({ body: "line\nnext\ttab", level: 3, none: null, ok: true, list: [1, "two"] })).toBeNull();
    expect(nulPath(undefined)).toBeNull();
  });

  it("walks a body nested thousands deep without overflowing the stack", () => {
    const deep = JSON.parse("[".repeat(5000) + "]".repeat(5000));
    expect(nulPath(deep)).toBeNull();
    const deepWithNul = JSON.parse("[".repeat(5000) + '"\\u0000"' + "]".repeat(5000));
    expect(nulPath(deepWithNul)).toHaveLength(5000);
  });
});
