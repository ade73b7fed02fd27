import { describe, expect, it } from "vitest";
import { categories, roles, skills } from "./index";
import { KO_CATEGORIES } from "./ko/categories";
import { KO_ROLES } from "./ko/roles";
import { KO_SKILLS } from "./ko/skills";
import { localizedRole, localizedSkill } from "./localize";

const HANGUL = /[\uac00-\ud7a3]/;
/** Names that Korean professionals write in Latin letters, as they appear in Korean postings. */
const LATIN_NAMES = new Set(["python", "sql", "mlops", "automl"]);

function expectKorean(text: string | undefined, where: string) {
  expect(text?.trim(), `${where} is missing`).toBeTruthy();
  expect(HANGUL.test(text!), `${where} has no Korean: "${text}"`).toBe(true);
}

describe("Korean catalog", () => {
  it("has every skill, with a name, a description and five level descriptors", () => {
    for (const skill of skills) {
      const ko = KO_SKILLS[skill.slug];
      expect(ko, `skill ${skill.slug}`).toBeDefined();
      if (LATIN_NAMES.has(skill.slug)) expect(ko!.name.trim()).not.toBe("");
      else expectKorean(ko!.name, `skill ${skill.slug} name`);
      expectKorean(ko!.description, `skill ${skill.slug} description`);
      expect(ko!.levels).toHaveLength(5);
      ko!.levels.forEach((level, i) => expectKorean(level, `skill ${skill.slug} level ${i}`));
    }
  });

  it("has every category", () => {
    for (const category of categories) {
      expectKorean(KO_CATEGORIES[category.slug]?.name, `category ${category.slug} name`);
      expectKorean(KO_CATEGORIES[category.slug]?.description, `category ${category.slug} description`);
    }
  });

  it("has every role, every rationale and every milestone", () => {
    for (const role of roles) {
      const ko = KO_ROLES[role.slug];
      expect(ko, `role ${role.slug}`).toBeDefined();
      for (const field of ["name", "summary", "differsFrom", "source"] as const) expectKorean(ko![field], `role ${role.slug} ${field}`);
      for (const phase of ["foundations", "core", "specialisation"] as const) expectKorean(ko!.milestones[phase], `role ${role.slug} milestone ${phase}`);
      for (const rs of role.skills) expectKorean(ko!.rationales[rs.skill], `role ${role.slug} rationale for ${rs.skill}`);
    }
  });

  it("has no entries for slugs the catalog does not know", () => {
    const skillSlugs = new Set(skills.map((s) => s.slug));
    const roleSlugs = new Set(roles.map((r) => r.slug));
    expect(Object.keys(KO_SKILLS).filter((slug) => !skillSlugs.has(slug))).toEqual([]);
    expect(Object.keys(KO_ROLES).filter((slug) => !roleSlugs.has(slug))).toEqual([]);
    for (const role of roles) {
      const listed = new Set(role.skills.map((rs) => rs.skill));
      expect(Object.keys(KO_ROLES[role.slug]?.rationales ?? {}).filter((slug) => !listed.has(slug)), role.slug).toEqual([]);
    }
  });

  it("swaps words but keeps slugs, levels and hours", () => {
    const role = localizedRole("ml-engineer", "ko")!;
    expect(role.slug).toBe("ml-engineer");
    expect(role.skills).toEqual(roles.find((r) => r.slug === "ml-engineer")!.skills.map((rs) => ({ ...rs, rationale: KO_ROLES["ml-engineer"]!.rationales[rs.skill] })));
    const sql = localizedSkill("sql", "ko")!;
    expect(sql.hoursToLevel).toEqual(skills.find((s) => s.slug === "sql")!.hoursToLevel);
    expect(localizedSkill("sql", "en")!.description).toBe(skills.find((s) => s.slug === "sql")!.description);
    expect(localizedSkill("no-such-skill", "ko")).toBeUndefined();
  });
});
