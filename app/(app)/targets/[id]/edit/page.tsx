import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { findCustomRole } from "@/lib/services/custom-roles";
import { postingHighlights } from "@/lib/services/job-postings";
import { skillName } from "@/lib/services/targets";
import { deleteRoleAction } from "../../actions";
import { RoleEditor } from "../../role-editor";
import { skillChoices } from "../../skill-choices";

export const metadata: Metadata = { title: "Edit role" };

export default async function EditTargetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/targets/${encodeURIComponent(id)}/edit`);
  const role = await findCustomRole(user.id, id);
  if (!role) notFound();
  const text = role.postingText ?? "";
  return (
    <div className="page space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">
          <Link href="/targets">Roles from job postings</Link>
        </p>
        <h1 className="text-3xl">Edit {role.name}</h1>
      </header>
      <RoleEditor
        initial={{
          id: role.id,
          name: role.name,
          postingText: text,
          skills: role.skills.map((s) => ({ skill: s.skill, name: skillName(s.skill), level: s.level, weight: s.weight, evidence: s.evidence })),
          analysis: text ? { text, spans: postingHighlights(text) } : null,
        }}
        choices={skillChoices}
      />
      <details className="card">
        <summary className="cursor-pointer font-medium text-bad">Delete this role…</summary>
        <form action={deleteRoleAction} className="mt-2 space-y-2">
          <input type="hidden" name="id" value={role.id} />
          <p>Plans built towards it keep their items and progress but can no longer be refreshed. If it is your target, you will have none.</p>
          <button type="submit" className="btn btn-danger">
            Delete {role.name}
          </button>
        </form>
      </details>
    </div>
  );
}
