import type { Metadata } from "next";
import Link from "next/link";
import { getProfile } from "@/db/queries/profile";
import { requireUser } from "@/lib/auth/session";
import { currentRoleOptions, targetRoleOptions } from "../role-options";
import { DeleteAccountForm } from "./delete-account-form";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Account settings" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [profile, targets] = await Promise.all([getProfile(user.id), targetRoleOptions(user.id)]);
  // A deleted custom target stays visible as such instead of silently becoming another role.
  const targetOptions =
    profile.targetRole && !targets.some((o) => o.value === profile.targetRole)
      ? [{ value: profile.targetRole, label: "A role that no longer exists — choose another" }, ...targets]
      : targets;
  return (
    <div className="page max-w-2xl space-y-8">
      <div>
        <p className="eyebrow">Account</p>
        <h1 className="text-3xl">Settings</h1>
        <p className="text-muted">
          Signed in as {user.email}. <Link href="/profile">View your profile</Link>
        </p>
      </div>

      <section aria-labelledby="profile-heading" className="card space-y-4">
        <h2 id="profile-heading" className="text-xl">
          Profile and plan
        </h2>
        <SettingsForm
          currentRoles={currentRoleOptions}
          targetRoles={targetOptions}
          defaults={{
            name: user.name ?? "",
            currentRole: profile.currentRole ?? "",
            targetRole: profile.targetRole ?? "",
            hoursPerWeek: String(profile.hoursPerWeek),
          }}
        />
      </section>

      <section aria-labelledby="data-heading" className="card space-y-3">
        <h2 id="data-heading" className="text-xl">
          Your data
        </h2>
        <p>Everything Waypoint keeps about you — profile, ratings, history, plans and custom roles — in one JSON file.</p>
        <a href="/api/v1/me/export" download className="btn">
          Download all my data (JSON)
        </a>
      </section>

      <section aria-labelledby="delete-heading" className="card space-y-3 border-bad">
        <h2 id="delete-heading" className="text-xl text-bad">
          Delete my account
        </h2>
        <p>
          This removes your account and everything in it at once: ratings, history, plans, share links and comments. It
          cannot be undone. Download your data first if you want to keep it.
        </p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
