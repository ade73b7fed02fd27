import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { RoleEditor } from "../role-editor";
import { skillChoices } from "../skill-choices";

export const metadata: Metadata = { title: "New role from a job posting" };

export default async function NewTargetPage() {
  await requireUser("/targets/new");
  return (
    <div className="page space-y-6">
      <header className="space-y-2">
        <p className="eyebrow">
          <Link href="/targets">Roles from job postings</Link>
        </p>
        <h1 className="text-3xl">Turn a job posting into a target</h1>
        <p className="max-w-prose">
          A job title says little; the posting says what the job needs. Paste one, check the skills Waypoint finds in it, and save it as
          your own role: you will see your fit and gaps for it, and can build a roadmap to it.
        </p>
      </header>
      <RoleEditor initial={{ name: "", postingText: "", skills: [], analysis: null }} choices={skillChoices} />
    </div>
  );
}
