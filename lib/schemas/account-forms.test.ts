import { describe, expect, it } from "vitest";
import { onboardingFormSchema, settingsFormSchema } from "./account";

const good = { name: "Ada", currentRole: "data-scientist", targetRole: "ml-engineer", hoursPerWeek: "6" };

describe("onboarding form", () => {
  it("reads the checkbox and the hours", () => {
    expect(onboardingFormSchema.parse({ ...good, prefill: "on" })).toEqual({ ...good, hoursPerWeek: 6, prefill: true });
    expect(onboardingFormSchema.parse(good).prefill).toBe(false);
  });

  it("names each bad field", () => {
    const result = onboardingFormSchema.safeParse({ name: " ", currentRole: "chef", targetRole: "other", hoursPerWeek: "81" });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path[0]);
    expect(paths).toEqual(expect.arrayContaining(["name", "currentRole", "targetRole", "hoursPerWeek"]));
  });

  it("refuses fractional, empty and zero hours", () => {
    for (const hours of ["2.5", "", "0", "abc"]) {
      expect(onboardingFormSchema.safeParse({ ...good, hoursPerWeek: hours }).success).toBe(false);
    }
  });
});

describe("settings form", () => {
  it("accepts a custom target and 'other' as a current role", () => {
    expect(settingsFormSchema.safeParse({ ...good, currentRole: "other", targetRole: "custom:abc-123" }).success).toBe(true);
    expect(settingsFormSchema.safeParse({ ...good, targetRole: "custom:" }).success).toBe(false);
  });

  it("reads an empty choice as not set", () => {
    expect(settingsFormSchema.parse({ ...good, currentRole: "", targetRole: "" })).toMatchObject({ currentRole: null, targetRole: null });
  });
});
