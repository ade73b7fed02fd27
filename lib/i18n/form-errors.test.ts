import { describe, expect, it } from "vitest";
import { emailSchema, passwordSchema } from "@/lib/schemas/account";
import { customRoleInputSchema } from "@/lib/schemas/custom-roles";
import { formErrorCode, messageFromQuery, queryOf } from "./form-errors";
import { translator } from "./translator";

/** What a Korean reader's form shows for a service's English message: its code, worded in Korean. */
const localizeFormMessage = (message: string, locale: "ko") => {
  const code = formErrorCode(message, "checkForm");
  return code === "checkForm" && message !== "Check the form and try again." ? message : translator(locale, "formErrors")(code);
};

describe("form error words", () => {
  it("finds a schema's English message and words it in Korean", () => {
    const issue = passwordSchema.safeParse("short").error!.issues[0]!.message;
    expect(localizeFormMessage(issue, "ko")).toBe("8자 이상 입력하세요.");
    const email = emailSchema.safeParse("not-an-email").error!.issues[0]!.message;
    expect(localizeFormMessage(email, "ko")).toMatch(/[가-힣]/);
  });

  it("gives unknown messages the fallback code, never their text", () => {
    expect(formErrorCode('Unknown role "x".')).toBe("checkForm");
    expect(formErrorCode("Too many requests. Try again in 3 s.", "rateLimited")).toBe("rateLimited");
    expect(formErrorCode("Enter your name.")).toBe("enterName");
  });

  it("words a code sent back in the address, and nothing that is not a code", () => {
    const query = queryOf("paceError", { code: "paceTooFast", values: { date: "2027-01-04", hours: 120 } });
    expect(messageFromQuery(query, "paceError", "en")).toContain("120 h/week");
    expect(messageFromQuery(query, "paceError", "ko")).toContain("120시간");
    expect(messageFromQuery({ paceError: "<b>Your account is locked</b>" }, "paceError", "en")).toBeNull();
    expect(messageFromQuery({ error: "noPlan", "error.x": "<script>" }, "error", "ko")).toBe("없는 플랜입니다.");
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
