"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { rateSkills } from "@/lib/services/assessment";
import { userAction } from "@/lib/actions";
import { hoursPerWeekSchema, levelSchema, skillSlugSchema } from "@/lib/schemas/common";
import { ITEM_STATUSES } from "@/lib/plans/types";
import { changeItem, changeItemStatus, createPlan, deleteOwnPlan, renameOwnPlan, requirePlan, updatePlan } from "@/lib/services/plans";
import { isSkillSlug } from "@/lib/catalog";
import { isoDateSchema } from "@/lib/schemas/common";
import { changeProfile } from "@/lib/services/profile";
import { parseWith } from "@/lib/http/body";
import { localizeFormMessage } from "@/lib/i18n/form-errors";
import { planIdSchema, planTitleSchema } from "@/lib/schemas/plans";
import { profileChangeSchema } from "@/lib/schemas/account";

const planRef = z.object({ planId: planIdSchema });

export const setItemStatusAction = userAction(
  planRef.extend({ skill: z.string().max(64), status: z.enum(ITEM_STATUSES) }),
  async ({ planId, skill, status }, user) => {
    await changeItemStatus(user.id, await requirePlan(user.id, planId), skill, status);
    revalidatePath(`/plans/${planId}`);
  },
);

/** Move up/down: the position is checked against prerequisite order by the service. */
export const moveItemAction = userAction(
  planRef.extend({ skill: z.string().max(64), position: z.int().min(0).max(10_000) }),
  async ({ planId, skill, position }, user) => {
    await changeItem(user.id, await requirePlan(user.id, planId), skill, { position });
    revalidatePath(`/plans/${planId}`);
  },
);

/** "I already know this": the level goes to the assessment; the plan follows on its next read. */
export const knowLevelAction = userAction(
  planRef.extend({ skill: skillSlugSchema, level: z.coerce.number().pipe(levelSchema) }),
  async ({ planId, skill, level }, user) => {
    await requirePlan(user.id, planId);
    await rateSkills(user.id, { [skill]: level });
    revalidatePath(`/plans/${planId}`);
  },
);

function back(path: string, query: Record<string, string>): never {
  redirect(`${path}?${new URLSearchParams(query)}`);
}

/** The plan's own pace, from hours per week or from a date to be ready by. */
export async function setPaceAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const planId = String(form.get("planId") ?? "");
  const path = planIdSchema.safeParse(planId).success ? `/plans/${planId}` : "/plans";
  const byDate = form.get("by") === "date";
  const schema = byDate
    ? planRef.extend({ targetDate: isoDateSchema })
    : planRef.extend({ hoursPerWeek: z.coerce.number().pipe(hoursPerWeekSchema) });
  const result = await userAction(schema, async (input, user) => updatePlan(user.id, await requirePlan(user.id, input.planId), input))(form);
  if (!result.ok) back(path, { paceError: localizeFormMessage(result.message, locale) });
  revalidatePath(path);
  back(path, { pace: String(result.data.hoursPerWeek) });
}

/** Only our own pages to go back to: this is a redirect target taken from a form. */
const returnToSchema = z.string().regex(/^\/(plans|gap)\/[A-Za-z0-9%:_-]{1,120}$/);

/** The short form for the target's unrated skills: whatever the person chose is saved, blanks stay unrated. */
export async function rateUnratedAction(form: FormData): Promise<void> {
  const returnTo = returnToSchema.safeParse(form.get("returnTo"));
  const path = returnTo.success ? returnTo.data : "/dashboard";
  const levels: Record<string, number> = {};
  for (const [key, value] of form.entries()) {
    if (!key.startsWith("level:") || value === "") continue;
    const skill = key.slice("level:".length);
    const level = levelSchema.safeParse(Number(value));
    if (isSkillSlug(skill) && level.success) levels[skill] = level.data;
  }
  const result = await userAction(z.object({}), async (_input, user) => {
    if (Object.keys(levels).length > 0) await rateSkills(user.id, levels);
  })({});
  if (!result.ok) back(path, { rateError: result.message });
  revalidatePath(path);
  back(path, { rated: String(Object.keys(levels).length) });
}

export const renamePlanAction = userAction(planRef.extend({ title: planTitleSchema }), async ({ planId, title }, user) => {
  await renameOwnPlan(user.id, await requirePlan(user.id, planId), title);
  revalidatePath(`/plans/${planId}`);
});

/** "Marking an item done offers to raise that skill's level": the offer's one click. */
export const raiseLevelAction = userAction(
  planRef.extend({ skill: skillSlugSchema, level: z.coerce.number().pipe(levelSchema) }),
  async ({ planId, skill, level }, user) => {
    const plan = await requirePlan(user.id, planId);
    await rateSkills(user.id, { [skill]: level });
    revalidatePath(`/plans/${plan.id}`);
  },
);

const createForm = z.object({
  target: z.string().min(1, "Choose a target role.").max(80),
  hoursPerWeek: z.coerce.number().pipe(hoursPerWeekSchema).optional(),
  title: z.union([z.literal(""), planTitleSchema]).optional(),
});

export async function createPlanAction(form: FormData): Promise<void> {
  const locale = await getLocale();
  const result = await userAction(createForm, async ({ target, hoursPerWeek, title }, user) =>
    createPlan(user.id, { target, hoursPerWeek, title: title || undefined }, locale),
  )(form);
  if (!result.ok) redirect(`/plans?error=${encodeURIComponent(localizeFormMessage(result.message, locale))}`);
  redirect(`/plans/${result.data.id}`);
}

export async function deletePlanAction(form: FormData): Promise<void> {
  const result = await userAction(planRef, async ({ planId }, user) => deleteOwnPlan(user.id, planId))(form);
  if (!result.ok) redirect(`/plans?error=${encodeURIComponent(result.message)}`);
  revalidatePath("/plans");
  redirect("/plans?deleted=1");
}

export async function makeTargetAction(form: FormData): Promise<void> {
  const result = await userAction(z.object({ target: z.string().min(1).max(80) }), async ({ target }, user) =>
    changeProfile(user.id, parseWith(profileChangeSchema, { targetRole: target })),
  )(form);
  const target = String(form.get("target") ?? "");
  revalidatePath("/dashboard");
  redirect(result.ok ? `/gap/${encodeURIComponent(target)}?targeted=1` : `/dashboard`);
}
