import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { RoleEditor } from "../role-editor";
import { skillChoices } from "../skill-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("targets"))("newMetaTitle") };
}

export default async function NewTargetPage() {
  await requireUser("/targets/new");
  const [locale, t] = await Promise.all([getLocale(), getTranslations("targets")]);
  return (
    <div className="page space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">
          <Link href="/targets">{t("title")}</Link>
        </p>
        <h1 className="text-3xl">{t("newTitle")}</h1>
        <p className="max-w-prose">{t("newLead")}</p>
      </header>
      <RoleEditor initial={{ name: "", postingText: "", skills: [], analysis: null }} choices={skillChoices(locale)} />
    </div>
  );
}
