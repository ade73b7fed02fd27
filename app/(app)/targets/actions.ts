"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { queryOf } from "@/lib/i18n/form-errors";
import { firstSaid, userAction, type ActionResult } from "@/lib/server-actions/client";
import { customRoleSlug } from "@/lib/custom-roles/json";
import { customRoleIdSchema, saveRoleInputSchema } from "@/lib/schemas/custom-roles";
import { createOwnRole, deleteOwnRole, replaceOwnRole } from "@/lib/services/custom-roles";

const saveRole = userAction(saveRoleInputSchema, async ({ id, ...role }, user) => {
  const saved = id ? await replaceOwnRole(user.id, id, role) : await createOwnRole(user.id, role);
  revalidatePath("/targets");
  revalidatePath("/dashboard");
  return { slug: customRoleSlug(saved.id) };
});

/** Creates the role, or replaces it when an id is given; the editor navigates to the returned slug. */
export async function saveRoleAction(input: z.input<typeof saveRoleInputSchema>): Promise<ActionResult<{ slug: string }>> {
  return saveRole(input);
}

const deleteRole = userAction(z.object({ id: customRoleIdSchema }), async ({ id }, user) => deleteOwnRole(user.id, id));

export async function deleteRoleAction(form: FormData): Promise<void> {
  const result = await deleteRole(form);
  if (!result.ok) redirect(`/targets?${new URLSearchParams(queryOf("error", firstSaid(result.error)))}`);
  revalidatePath("/targets");
  revalidatePath("/dashboard");
  redirect("/targets?deleted=1");
}
