import "server-only";
import { categories, skills } from "@/lib/catalog";
import type { SkillChoiceGroup } from "./types";

// Built on the server so the editor never bundles the catalog, only names and slugs.
export const skillChoices: SkillChoiceGroup[] = categories.map((category) => ({
  category: category.name,
  skills: skills.filter((s) => s.category === category.slug).map((s) => ({ slug: s.slug, name: s.name })),
}));
