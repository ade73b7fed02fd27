import { describe, expect, it } from "vitest";
import { emailSchema, passwordSchema } from "@/lib/schemas/account";
import { customRoleInputSchema } from "@/lib/schemas/custom-roles";
import { localizeFormMessage, localizeFormState } from "./form-errors";

describe("form error words", () => {
  it("finds a schema's English message and words it in Korean", () => {
    const issue = passwordSchema.safeParse("short").error!.issues[0]!.message;
    expect(localizeFormMessage(issue, "ko")).toBe("8자 이상 입력하세요.");
    const email = emailSchema.safeParse("not-an-email").error!.issues[0]!.message;
    expect(localizeFormMessage(email, "ko")).toMatch(/[가-힣]/);
  });

  it("leaves unknown messages and English alone", () => {
    expect(localizeFormMessage('Unknown role "x".', "ko")).toBe('Unknown role "x".');
    const state = { message: "Please fix the fields marked below.", fields: { name: "Enter your name." } };
    expect(localizeFormState(state, "en")).toBe(state);
    expect(localizeFormState(state, "ko")).toEqual({ message: "아래 표시된 항목을 고쳐 주세요.", fields: { name: "이름을 입력하세요." } });
  });
});

describe("roles from job postings", () => {
  it("words the role schema's and service's messages in Korean", () => {
    const first = (input: unknown) => customRoleInputSchema.safeParse(input).error!.issues[0]!.message;
    const skill = { skill: "python", level: 3, weight: 2 };
    for (const message of [
      first({ name: " ", skills: [skill] }),
      first({ name: "x".repeat(81), skills: [skill] }),
      first({ name: "MLE", skills: [] }),
      first({ name: "MLE", skills: Array.from({ length: 41 }, () => skill) }),
      first({ name: "MLE", skills: [{ ...skill, level: 0 }] }),
      first({ name: "MLE", skills: [{ ...skill, evidence: "x".repeat(201) }] }),
      first({ name: "MLE", skills: [skill], postingText: "x".repeat(20_001) }),
      "You can keep at most 50 roles from postings; delete one first.",
      "No such role.",
    ]) {
      expect(localizeFormMessage(message, "ko"), message).toMatch(/[가-힣]/);
    }
  });
});
