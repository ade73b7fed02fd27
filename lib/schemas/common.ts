import { z } from "zod";

/* The fields every domain's schemas build on: levels, weights, catalog slugs, hours, dates. */
import { isRoleSlug, isSkillSlug } from "@/lib/catalog";

export const levelSchema = z.int("Levels are whole numbers 0..4.").min(0, "Levels go from 0 to 4.").max(4, "Levels go from 0 to 4.");
export const weightSchema = z.int("Weights are whole numbers 1..3.").min(1, "Weights go from 1 to 3.").max(3, "Weights go from 1 to 3.");

export const skillSlugSchema = z
  .string()
  .max(64)
  .refine(isSkillSlug, { error: (issue) => `Unknown skill "${String(issue.input).slice(0, 64)}".` });

export const roleSlugSchema = z
  .string()
  .max(64)
  .refine(isRoleSlug, { error: (issue) => `Unknown role "${String(issue.input).slice(0, 64)}".` });

export const hoursPerWeekSchema = z
  .int("hoursPerWeek is a whole number of hours.")
  .min(1, "hoursPerWeek goes from 1 to 80.")
  .max(80, "hoursPerWeek goes from 1 to 80.");

export const isoDateSchema = z.iso.date("Use a date as YYYY-MM-DD.");
