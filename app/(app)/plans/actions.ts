"use server";

import { getLocale } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { saveAssessment } from "@/db/queries/assessment";
import { userAction } from "@/lib/actions";
import { hoursPerWeekSchema, levelSchema, skillSlugSchema } from "@/lib/api/schemas";
import { ITEM_STATUSES } from "@/lib/plans/types";
import {
  changeItemStatus,
  createPlan,
  deleteOwnPlan,
  planIdSchema,
  planTitleSchema,
  refreshPlan,
  renameOwnPlan,
  requirePlan,
} from "@/lib/services/plans";
import { changeProfile, profileChangeSchema } from "@/lib/services/profile";
import { parseWith } from "@/lib/http/body";
import { localizeFormMessage } from "@/lib/i18n/form-errors";

const planRef = z.object({ planId: planIdSchema });

export const setItemStatusAction = userAction(
  planRef.extend({ skill: z.string().max(64), status: z.enum(ITEM_STATUSES) }),
  async ({ planId, skill, status }, user) => {
    await changeItemStatus(user.id, planId, skill, status);
    revalidatePath(`/plans/${planId}`);
  },
);

export const refreshPlanAction = userAction(planRef, async ({ planId }, user) => {
  await refreshPlan(user.id, planId);
  revalidatePath(`/plans/${planId}`);
});

export const renamePlanAction = userAction(planRef.extend({ title: planTitleSchema }), async ({ planId, title }, user) => {
  await renameOwnPlan(user.id, planId, title);
  revalidatePath(`/plans/${planId}`);
});

/** "Marking an item done offers to raise that skill's level": the offer's one click. */
export const raiseLevelAction = userAction(
  planRef.extend({ skill: skillSlugSchema, level: z.coerce.number().pipe(levelSchema) }),
  async ({ planId, skill, level }, user) => {
    const plan = await requirePlan(user.id, planId);
    await saveAssessment(user.id, { levels: { [skill]: level } });
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
