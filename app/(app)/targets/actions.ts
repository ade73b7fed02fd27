"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction, type ActionResult } from "@/lib/actions";
import { customRoleSlug } from "@/lib/custom-roles/json";
import { customRoleIdSchema, customRoleInputSchema } from "@/lib/schemas/custom-roles";
import { createOwnRole, deleteOwnRole, replaceOwnRole } from "@/lib/services/custom-roles";

const saveSchema = customRoleInputSchema.extend({ id: customRoleIdSchema.optional() });

/** Creates the role, or replaces it when an id is given; the editor navigates to the returned slug. */
export async function saveRoleAction(input: z.input<typeof saveSchema>): Promise<ActionResult<{ slug: string }>> {
  const result = await userAction(saveSchema, async ({ id, ...role }, user) =>
    id ? replaceOwnRole(user.id, id, role) : createOwnRole(user.id, role),
  )(input);
  if (!result.ok) return result;
  revalidatePath("/targets");
  revalidatePath("/dashboard");
  return { ok: true, data: { slug: customRoleSlug(result.data.id) } };
}

export async function deleteRoleAction(form: FormData): Promise<void> {
  const result = await userAction(z.object({ id: customRoleIdSchema }), async ({ id }, user) => deleteOwnRole(user.id, id))(form);
  if (!result.ok) redirect(`/targets?error=${encodeURIComponent(result.message)}`);
  revalidatePath("/targets");
  revalidatePath("/dashboard");
  redirect("/targets?deleted=1");
}
