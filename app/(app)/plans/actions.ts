"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { queryOf } from "@/lib/i18n/form-errors";
import { firstSaid, userAction } from "@/lib/server-actions/client";
import { profileChangeSchema } from "@/lib/schemas/account";
import {
  createPlanFormSchema,
  itemMoveInputSchema,
  itemStatusInputSchema,
  levelInputSchema,
  paceFormSchema,
  planRefSchema,
  renameInputSchema,
  returnToSchema,
  targetFormSchema,
  unratedLevels,
} from "@/lib/schemas/plans";
import { rateSkills } from "@/lib/services/assessment";
import { changeProfile } from "@/lib/services/profile";
import { changeItem, createPlan, deleteOwnPlan, renameOwnPlan, requirePlan, updatePlan } from "@/lib/services/plans";
import { parseWith } from "@/lib/http/body";

/*
 * The plan pages' actions, all built by the one action client (lib/server-actions/client.ts).
 * Buttons that call an action from the browser get its result; plain forms are sent back to their
 * page with a code in the address, which the page words (never text from the address).
 */

function back(path: string, query: Record<string, string>): never {
  redirect(`${path}?${new URLSearchParams(query)}`);
}

export const setItemStatusAction = userAction(itemStatusInputSchema, async ({ planId, skill, status }, user) => {
  await changeItem(user.id, await requirePlan(user.id, planId), skill, { status });
  revalidatePath(`/plans/${planId}`);
});

/** Move up/down: the position is checked against prerequisite order by the service. */
export const moveItemAction = userAction(itemMoveInputSchema, async ({ planId, skill, position }, user) => {
  await changeItem(user.id, await requirePlan(user.id, planId), skill, { position });
  revalidatePath(`/plans/${planId}`);
});

/** "I already know this": the level goes to the assessment; the plan follows on its next read. */
export const knowLevelAction = userAction(levelInputSchema, async ({ planId, skill, level }, user) => {
  await requirePlan(user.id, planId);
  await rateSkills(user.id, { [skill]: level });
  revalidatePath(`/plans/${planId}`);
});

/** "Marking an item done offers to raise that skill's level": the offer's one click. */
export const raiseLevelAction = knowLevelAction;

export const renamePlanAction = userAction(renameInputSchema, async ({ planId, title }, user) => {
  await renameOwnPlan(user.id, await requirePlan(user.id, planId), title);
  revalidatePath(`/plans/${planId}`);
});

const setPace = userAction(paceFormSchema, async (input, user) => updatePlan(user.id, await requirePlan(user.id, input.planId), input));

/** The plan's own pace, from hours per week or from a date to be ready by (a plain form). */
export async function setPaceAction(form: FormData): Promise<void> {
  const planId = planRefSchema.safeParse({ planId: form.get("planId") });
  const path = planId.success ? `/plans/${planId.data.planId}` : "/plans";
  const result = await setPace(form);
  if (!result.ok) back(path, queryOf("paceError", firstSaid(result.error)));
  revalidatePath(path);
  back(path, { pace: String(result.data.hoursPerWeek) });
}

const rateUnrated = userAction(unratedLevels, async (levels, user) => {
  if (Object.keys(levels).length > 0) await rateSkills(user.id, levels);
  return Object.keys(levels).length;
});

/** The short form for the target's unrated skills: whatever the person chose is saved, blanks stay unrated. */
export async function rateUnratedAction(form: FormData): Promise<void> {
  const returnTo = returnToSchema.safeParse(form.get("returnTo"));
  const path = returnTo.success ? returnTo.data : "/dashboard";
  const result = await rateUnrated(form);
  if (!result.ok) back(path, queryOf("rateError", firstSaid(result.error)));
  revalidatePath(path);
  back(path, { rated: String(result.data) });
}

const create = userAction(createPlanFormSchema, async ({ target, hoursPerWeek, title }, user) =>
  createPlan(user.id, { target, hoursPerWeek, title: title || undefined }, await getLocale()),
);

export async function createPlanAction(form: FormData): Promise<void> {
  const result = await create(form);
  if (!result.ok) back("/plans", queryOf("error", firstSaid(result.error)));
  redirect(`/plans/${result.data.id}`);
}

const remove = userAction(planRefSchema, async ({ planId }, user) => deleteOwnPlan(user.id, planId));

export async function deletePlanAction(form: FormData): Promise<void> {
  const result = await remove(form);
  if (!result.ok) back("/plans", queryOf("error", firstSaid(result.error)));
  revalidatePath("/plans");
  redirect("/plans?deleted=1");
}

const makeTarget = userAction(targetFormSchema, async ({ target }, user) => {
  await changeProfile(user.id, parseWith(profileChangeSchema, { targetRole: target }));
  return target;
});

export async function makeTargetAction(form: FormData): Promise<void> {
  const result = await makeTarget(form);
  revalidatePath("/dashboard");
  redirect(result.ok ? `/gap/${encodeURIComponent(result.data)}?targeted=1` : `/dashboard`);
}

