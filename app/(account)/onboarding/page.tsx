import type { Metadata } from "next";
import { getProfile } from "@/db/queries/profile";
import { requireUser } from "@/lib/auth/session";
import { catalogRoleOptions, currentRoleOptions } from "../role-options";
import { OnboardingForm } from "./onboarding-form";

export const metadata: Metadata = { title: "Get started" };

export default async function OnboardingPage() {
  const user = await requireUser("/onboarding");
  const profile = await getProfile(user.id);
  const target = profile.targetRole && catalogRoleOptions.some((o) => o.value === profile.targetRole) ? profile.targetRole : "";
  return (
    <div className="page max-w-xl">
      <p className="eyebrow">Step 1 of 2</p>
      <h1 className="mb-2 text-3xl">Where are you, and where to next?</h1>
      <p className="mb-6 text-muted">
        This sets up your plan. You can change any of it later in your account settings.
      </p>
      <div className="card">
        <OnboardingForm
          currentRoles={currentRoleOptions}
          targetRoles={catalogRoleOptions}
          defaults={{
            name: user.name ?? "",
            currentRole: profile.currentRole ?? "",
            targetRole: target,
            hoursPerWeek: String(profile.hoursPerWeek),
          }}
        />
      </div>
    </div>
  );
}
