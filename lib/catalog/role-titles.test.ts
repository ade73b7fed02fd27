import { describe, expect, it } from "vitest";
import { roles } from "./index";
import { ROLE_TITLES, rolesNamedIn } from "./role-titles";

describe("role titles", () => {
  it("cover every role, in English and Korean", () => {
    for (const role of roles) {
      const titles = ROLE_TITLES[role.slug] ?? [];
      expect(titles.some((t) => /[a-z]/i.test(t)), role.slug).toBe(true);
      expect(titles.some((t) => /[\uac00-\ud7a3]/.test(t)), role.slug).toBe(true);
    }
    expect(Object.keys(ROLE_TITLES).sort()).toEqual(roles.map((r) => r.slug).sort());
  });

  it("read the Korean postings' transliterated titles as the catalog roles", () => {
    expect(rolesNamedIn("[토스] 데이터 사이언티스트 (Product)")).toEqual(["data-scientist"]);
    expect(rolesNamedIn("어플라이드 사이언티스트 채용")).toEqual(["applied-scientist"]);
    expect(rolesNamedIn("리서치 사이언티스트 / 리서치 엔지니어")).toEqual(["research-scientist", "research-engineer"]);
    expect(rolesNamedIn("네이버 클라우드 AI 리서치 엔지니어")).toEqual(["research-engineer"]);
  });

  it("prefers the longest title and ignores text without one", () => {
    expect(rolesNamedIn("Senior Machine Learning Engineer, Ads")).toEqual(["ml-engineer"]);
    expect(rolesNamedIn("MLOps Engineer")).toEqual(["ml-infrastructure-engineer"]);
    expect(rolesNamedIn("Backend developer")).toEqual([]);
  });
});
