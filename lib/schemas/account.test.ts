import { describe, expect, it } from "vitest";
import { COMMON_PASSWORD_COUNT } from "@/lib/auth/common-passwords";
import { displayNameSchema, passwordSchema } from "./account";

const refusal = (password: string) => passwordSchema.safeParse(password).error?.issues[0]?.message ?? null;

describe("passwordSchema", () => {
  it("knows at least the 10,000 most common passwords", () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(10_000);
  });

  it("refuses the passwords the security review registered", () => {
    for (const weak of ["password1234", "qwerty123456", "password", "iloveyou2024", "dragon!!", "baseball1"]) {
      expect(refusal(weak), weak).toBe("This password is too common; choose another.");
    }
    expect(refusal("aaaaaaaaaaaa")).toBe("Use more different characters.");
    expect(refusal(" ".repeat(12))).toBe("Use more different characters.");
  });

  it("compares after the NFKC normalisation the hash applies, in any case", () => {
    expect(refusal("ｐａｓｓｗｏｒｄ")).toBe("This password is too common; choose another.");
    expect(refusal("PassWord123")).toBe("This password is too common; choose another.");
  });

  it("keeps the length rules, counted on the normalised form", () => {
    expect(refusal("x7#kq2!")).toBe("Use at least 8 characters.");
    expect(refusal(`${"correct horse battery ".repeat(6)}`)).toBe("Use at most 128 characters.");
  });

  it("accepts a long phrase and a random string", () => {
    expect(refusal("correct horse battery staple")).toBeNull();
    expect(refusal("Vq7#pL2mZx")).toBeNull();
    // A listed word with a long, non-trivial tail is not on any list.
    expect(refusal("dragon-8817-river")).toBeNull();
  });
});

describe("displayNameSchema", () => {
  it("refuses bidirectional control characters (Trojan Source)", () => {
    expect(displayNameSchema.safeParse("Ada\u202eevil").success).toBe(false);
    expect(displayNameSchema.safeParse("Ada\u2066x\u2069").success).toBe(false);
    expect(displayNameSchema.safeParse("김지수").success).toBe(true);
  });
});
