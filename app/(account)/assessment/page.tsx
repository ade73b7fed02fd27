import type { Metadata } from "next";
import Link from "next/link";
import { getProfile } from "@/db/queries/profile";
import { requireUser } from "@/lib/auth/session";
import { categories, skills } from "@/lib/catalog";
import { getAssessment } from "@/lib/services/assessment";
import { resolveTarget } from "@/lib/services/targets";
import { AssessmentEditor } from "./assessment-editor";
import { QueryProvider } from "./query-provider";
import type { CategoryView, TargetView } from "./types";

export const metadata: Metadata = { title: "My skills" };

const categoryViews: CategoryView[] = categories.map((category) => ({
  slug: category.slug,
  name: category.name,
  skills: skills
    .filter((s) => s.category === category.slug)
    .map(({ slug, name, description, levels }) => ({ slug, name, description, levels })),
}));

export default async function AssessmentPage() {
  const user = await requireUser("/assessment");
  const [saved, profile] = await Promise.all([getAssessment(user.id), getProfile(user.id)]);
  const resolved = await resolveTarget(user.id, profile.targetRole);
  const target: TargetView | null =
    resolved.kind === "found"
      ? { name: resolved.role.name, needs: Object.fromEntries(resolved.role.skills.map((s) => [s.skill, s.level])) }
      : null;
  return (
    <div className="page">
      <p className="eyebrow">{profile.onboarded ? "Your skills" : "Step 2 of 2"}</p>
      <h1 className="mb-2 text-3xl">Rate your skills</h1>
      <p className="mb-2 max-w-3xl text-muted">
        For each skill, pick the level whose description matches what you have actually done. Leave a skill unrated if you
        are unsure; it counts as none.
      </p>
      <p className="mb-6">
        {resolved.kind === "missing" && "Your target role no longer exists. "}
        <Link href="/profile">See your progress over time</Link>
        {!profile.onboarded && (
          <>
            {" · "}
            <Link href="/onboarding">Set your current and target roles</Link>
          </>
        )}
      </p>
      <QueryProvider>
        <AssessmentEditor categories={categoryViews} initial={{ assessment: saved.assessment, notes: saved.notes }} target={target} />
      </QueryProvider>
    </div>
  );
}
