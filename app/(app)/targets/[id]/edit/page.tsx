import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { skillName } from "@/lib/catalog/localize";
import { findCustomRole } from "@/lib/services/custom-roles";
import { postingHighlights } from "@/lib/services/job-postings";
import { deleteRoleAction } from "../../actions";
import { RoleEditor } from "../../role-editor";
import { skillChoices } from "../../skill-choices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("targets"))("editMetaTitle") };
}

export default async function EditTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/targets/${encodeURIComponent(id)}/edit`);
  const role = await findCustomRole(user.id, id);
  if (!role) notFound();
  const [locale, t] = await Promise.all([getLocale(), getTranslations("targets")]);
  const text = role.postingText ?? "";
  return (
    <div className="page space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">
          <Link href="/targets">{t("title")}</Link>
        </p>
        <h1 className="text-3xl">{t("editTitle", { role: role.name })}</h1>
      </header>
      <RoleEditor
        initial={{
          id: role.id,
          name: role.name,
          postingText: text,
          skills: role.skills.map((s) => ({ skill: s.skill, name: skillName(s.skill, locale), level: s.level, weight: s.weight, evidence: s.evidence })),
          analysis: text ? { text, spans: postingHighlights(text) } : null,
        }}
        choices={skillChoices(locale)}
      />
      <details className="card">
        <summary className="cursor-pointer font-medium text-bad">{t("deleteThis")}</summary>
        <form action={deleteRoleAction} className="mt-2 space-y-2">
          <input type="hidden" name="id" value={role.id} />
          <p>{t("deleteThisNote")}</p>
          <button type="submit" className="btn btn-danger">
            {t("deleteRole", { role: role.name })}
          </button>
        </form>
      </details>
    </div>
  );
}
