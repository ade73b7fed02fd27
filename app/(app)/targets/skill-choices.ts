import "server-only";
import { localizedCategories, localizedSkills } from "@/lib/catalog/localize";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { SkillChoiceGroup } from "./types";

function build(locale: Locale): SkillChoiceGroup[] {
  const all = localizedSkills(locale);
  return localizedCategories(locale).map((category) => ({
    category: category.name,
    skills: all.filter((s) => s.category === category.slug).map((s) => ({ slug: s.slug, name: s.name })),
  }));
}

// Built on the server, once per language, so the editor never bundles the catalog, only names and slugs.
const CHOICES = Object.fromEntries(LOCALES.map((locale) => [locale, build(locale)])) as Record<Locale, SkillChoiceGroup[]>;

export function skillChoices(locale: Locale): SkillChoiceGroup[] {
  return CHOICES[locale];
}
