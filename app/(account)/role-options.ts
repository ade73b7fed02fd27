import "server-only";
import { getTranslations } from "next-intl/server";
import { listCustomRoles } from "@/lib/services/custom-roles";
import { localizedRoles } from "@/lib/catalog/localize";
import type { Locale } from "@/lib/i18n/locales";
import type { Option } from "./fields";

// Built on the server so the client forms never bundle the catalog.
export function catalogRoleOptions(locale: Locale): Option[] {
  return localizedRoles(locale).map((r) => ({ value: r.slug, label: r.name }));
}

export async function currentRoleOptions(locale: Locale): Promise<Option[]> {
  const t = await getTranslations({ locale, namespace: "account" });
  return [...catalogRoleOptions(locale), { value: "other", label: t("other") }];
}

export async function targetRoleOptions(userId: string, locale: Locale): Promise<Option[]> {
  const [custom, t] = await Promise.all([listCustomRoles(userId), getTranslations({ locale, namespace: "account" })]);
  return [...catalogRoleOptions(locale), ...custom.map((r) => ({ value: `custom:${r.id}`, label: t("myRole", { name: r.name }) }))];
}
