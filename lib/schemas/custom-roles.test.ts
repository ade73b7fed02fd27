import { describe, expect, it } from "vitest";
import { skills } from "@/lib/catalog";
import { customRoleToJson } from "@/lib/custom-roles/json";
import { EVIDENCE_MAX, POSTING_MAX_CHARS, ROLE_MAX_SKILLS } from "@/lib/custom-roles/limits";
import { analyzeRequestSchema, customRoleIdSchema, customRoleInputSchema } from "./custom-roles";

const valid = {
  name: "  ML Engineer @ Acme  ",
  skills: [
    { skill: "python", level: 3, weight: 3, evidence: "Python" },
    { skill: "model-serving", level: 2, weight: 1 },
  ],
};

function firstMessage(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  return result.success ? undefined : result.error?.issues[0]?.message;
}

describe("analyze request", () => {
  it("takes 1..20000 characters of text", () => {
    expect(analyzeRequestSchema.safeParse({ text: "Python" }).success).toBe(true);
    expect(analyzeRequestSchema.safeParse({ text: "가".repeat(POSTING_MAX_CHARS) }).success).toBe(true);
  });

  it.each([
    [{ text: "" }, "Paste the text of a job posting."],
    [{ text: " \n\t " }, "Paste the text of a job posting."],
    [{ text: "a".repeat(POSTING_MAX_CHARS + 1) }, "A posting can be at most 20,000 characters."],
    [{ text: 42 }, "text must be a string."],
    [{ text: null }, "text must be a string."],
    [{}, "text is required."],
  ])("refuses %j with a message", (body, message) => {
    expect(firstMessage(analyzeRequestSchema.safeParse(body))).toBe(message);
  });
});

describe("custom role input", () => {
  it("trims the name, drops empty evidence and keeps a posting only when it has text", () => {
    const parsed = customRoleInputSchema.parse({
      ...valid,
      skills: [...valid.skills, { skill: "sql", level: 4, weight: 2, evidence: "  " }],
      postingText: "   ",
    });
    expect(parsed.name).toBe("ML Engineer @ Acme");
    expect(parsed.skills.map((s) => s.evidence)).toEqual(["Python", undefined, undefined]);
    expect(parsed.postingText).toBeNull();
    expect(customRoleInputSchema.parse({ ...valid, postingText: "We need Python." }).postingText).toBe("We need Python.");
  });

  it("ignores the extra fields the analyzer returns, so its skills can be sent back as they are", () => {
    const parsed = customRoleInputSchema.parse({ ...valid, skills: [{ ...valid.skills[0], name: "Python", start: 3, end: 9, occurrences: [] }] });
    expect(parsed.skills[0]).toEqual({ skill: "python", level: 3, weight: 3, evidence: "Python" });
  });

  it.each([
    [{ ...valid, name: "   " }, /Give the role a name/],
    [{ ...valid, name: "x".repeat(81) }, /at most 80/],
    [{ ...valid, name: 7 }, /name must be a string/],
    [{ ...valid, skills: [] }, /at least one skill/],
    [{ ...valid, skills: "python" }, /skills must be a list/],
    [{ ...valid, skills: [{ skill: "cobol", level: 3, weight: 3 }] }, /Unknown skill "cobol"/],
    [{ ...valid, skills: [{ skill: "python", level: 0, weight: 3 }] }, /Levels go from 1 to 4/],
    [{ ...valid, skills: [{ skill: "python", level: 5, weight: 3 }] }, /Levels go from 1 to 4/],
    [{ ...valid, skills: [{ skill: "python", level: 2.5, weight: 3 }] }, /whole numbers/],
    [{ ...valid, skills: [{ skill: "python", level: 2, weight: 4 }] }, /Weights go from 1 to 3/],
    [{ ...valid, skills: [{ skill: "python", level: 2, weight: 2, evidence: "e".repeat(EVIDENCE_MAX + 1) }] }, /Evidence is at most/],
    [{ ...valid, skills: [valid.skills[0], { ...valid.skills[0], level: 2 }] }, /listed twice/],
    [{ ...valid, postingText: "p".repeat(POSTING_MAX_CHARS + 1) }, /at most 20,000/],
    [{ ...valid, postingText: 12 }, /postingText must be a string/],
  ])("refuses %#", (body, message) => {
    expect(firstMessage(customRoleInputSchema.safeParse(body))).toMatch(message);
  });

  it("caps the number of skills", () => {
    const many = skills.slice(0, ROLE_MAX_SKILLS + 1).map((s) => ({ skill: s.slug, level: 2, weight: 2 }));
    expect(many).toHaveLength(ROLE_MAX_SKILLS + 1);
    expect(customRoleInputSchema.safeParse({ ...valid, skills: many.slice(1) }).success).toBe(true);
    expect(firstMessage(customRoleInputSchema.safeParse({ ...valid, skills: many }))).toMatch(/at most 40 skills/);
  });

  it("accepts only UUID-shaped ids", () => {
    expect(customRoleIdSchema.safeParse(crypto.randomUUID()).success).toBe(true);
    for (const id of ["", "1", "../etc", "custom:abc", `${crypto.randomUUID()}x`]) expect(customRoleIdSchema.safeParse(id).success).toBe(false);
  });
});

describe("custom role JSON", () => {
  it("names skills, gives the target slug and turns missing evidence into null", () => {
    const at = new Date("2026-11-27T05:00:00Z");
    const role = { id: "abc", name: "MLE @ Acme", postingText: null, skills: [{ skill: "python", level: 3, weight: 3 }], createdAt: at, updatedAt: at };
    const json = customRoleToJson(role, (slug) => slug.toUpperCase(), 42);
    expect(json).toEqual({
      id: "abc",
      slug: "custom:abc",
      name: "MLE @ Acme",
      skills: [{ skill: "python", name: "PYTHON", level: 3, weight: 3, evidence: null }],
      postingText: null,
      fit: 42,
      createdAt: "2026-11-27T05:00:00.000Z",
      updatedAt: "2026-11-27T05:00:00.000Z",
    });
    expect("fit" in customRoleToJson(role, String)).toBe(false);
  });
});
