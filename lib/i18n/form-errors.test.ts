import { describe, expect, it } from "vitest";
import { emailSchema, passwordSchema } from "@/lib/auth/validation";
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
