import "server-only";
import { listCustomRoles } from "@/db/queries/custom-roles";
import { roles } from "@/lib/catalog";
import type { Option } from "./fields";

// Built on the server so the client forms never bundle the catalog.
export const catalogRoleOptions: Option[] = roles.map((r) => ({ value: r.slug, label: r.name }));

export const currentRoleOptions: Option[] = [...catalogRoleOptions, { value: "other", label: "Something else" }];

export async function targetRoleOptions(userId: string): Promise<Option[]> {
  const custom = await listCustomRoles(userId);
  return [...catalogRoleOptions, ...custom.map((r) => ({ value: `custom:${r.id}`, label: `${r.name} (my role)` }))];
}
