import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./state";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/assessment")).toBe("/assessment");
    expect(safeReturnPath("/settings?tab=1")).toBe("/settings?tab=1");
  });

  it("refuses anything a browser could read as another site", () => {
    for (const bad of ["https://evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "evil", 42, undefined]) {
      expect(safeReturnPath(bad)).toBe("/dashboard");
    }
  });

  it("refuses paths whose dot segments collapse into another site (the language switcher's open redirect)", () => {
    for (const bad of ["/.//evil.example", "/./..//evil.example", "/a/..//evil.example", "/%2e//evil.example"]) {
      expect(safeReturnPath(bad, "/"), bad).toBe("/");
    }
    expect(safeReturnPath("/roles/../plans?x=1#top")).toBe("/plans?x=1#top");
  });
});
