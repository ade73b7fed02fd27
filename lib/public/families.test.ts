import { describe, expect, it } from "vitest";
import { getRole, roles } from "@/lib/catalog";
import { familyOf, neighboursOf, ROLE_FAMILIES, ROLE_NEIGHBOURS, topSkills } from "./families";

describe("role families", () => {
  it("place every catalog role in exactly one family", () => {
    const listed = ROLE_FAMILIES.flatMap((family) => family.roles);
    expect([...listed].sort()).toEqual(roles.map((role) => role.slug).sort());
    for (const role of roles) expect(familyOf(role.slug)).toBeDefined();
  });

  it("name only real, distinct neighbours for every role", () => {
    for (const role of roles) {
      const neighbours = ROLE_NEIGHBOURS[role.slug];
      expect(neighbours, role.slug).toBeDefined();
      expect(neighbours).not.toContain(role.slug);
      expect(new Set(neighbours).size).toBe(neighbours!.length);
      expect(neighboursOf(role.slug)).toHaveLength(neighbours!.length);
    }
  });
});

describe("topSkills", () => {
  it("puts core, higher-level skills first", () => {
    const role = getRole("data-engineer")!;
    const top = topSkills(role, 3);
    expect(top.map((rs) => rs.skill)).toEqual(["sql", "data-ingestion-etl", "python"]);
    expect(top.every((rs) => rs.weight === 3)).toBe(true);
  });

  it("never returns more than asked or than the role has", () => {
    const role = getRole("research-scientist")!;
    expect(topSkills(role, 4)).toHaveLength(4);
    expect(topSkills(role, 99)).toHaveLength(role.skills.length);
  });
});
