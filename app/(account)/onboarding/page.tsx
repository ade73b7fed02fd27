import type { Metadata } from "next";
import { getProfile } from "@/lib/services/profile";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { catalogRoleOptions, currentRoleOptions } from "../role-options";
import { OnboardingForm } from "./onboarding-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("onboardingMeta") };
}

export default async function OnboardingPage() {
  const user = await requireUser("/onboarding");
  const profile = await getProfile(user.id);
  const [locale, t] = await Promise.all([getLocale(), getTranslations("account")]);
  const targetOptions = catalogRoleOptions(locale);
  const target = profile.targetRole && targetOptions.some((o) => o.value === profile.targetRole) ? profile.targetRole : "";
  return (
    <div className="page max-w-xl">
      <p className="eyebrow">{t("step1")}</p>
      <h1 className="mb-2 text-3xl">{t("onboardingTitle")}</h1>
      <p className="mb-6 text-muted">{t("onboardingLead")}</p>
      <div className="card">
        <OnboardingForm
          currentRoles={await currentRoleOptions(locale)}
          targetRoles={targetOptions}
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
