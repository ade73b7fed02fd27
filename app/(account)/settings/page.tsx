import type { Metadata } from "next";
import Link from "next/link";
import { getProfile } from "@/lib/services/profile";
import { getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { currentRoleOptions, targetRoleOptions } from "../role-options";
import { DeleteAccountForm } from "./delete-account-form";
import { PasswordForm } from "./password-form";
import { SessionsSection } from "./sessions-section";
import { SettingsForm } from "./settings-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("settingsMeta") };
}

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [locale, t, ts] = await Promise.all([getLocale(), getTranslations("account"), getTranslations("security")]);
  const [profile, targets, currentRoles] = await Promise.all([getProfile(user.id), targetRoleOptions(user.id, locale), currentRoleOptions(locale)]);
  // A deleted custom target stays visible as such instead of silently becoming another role.
  const targetOptions =
    profile.targetRole && !targets.some((o) => o.value === profile.targetRole)
      ? [{ value: profile.targetRole, label: t("deletedTarget") }, ...targets]
      : targets;
  return (
    <div className="page max-w-2xl space-y-8">
      <div>
        <p className="eyebrow">{t("eyebrow")}</p>
        <h1 className="text-3xl">{t("settingsTitle")}</h1>
        <p className="text-muted">{t.rich("signedInAs", { email: user.email ?? "", link: (chunks) => <Link href="/profile">{chunks}</Link> })}</p>
      </div>

      <section aria-labelledby="profile-heading" className="card space-y-4">
        <h2 id="profile-heading" className="text-xl">
          {t("profileTitle")}
        </h2>
        <SettingsForm
          currentRoles={currentRoles}
          targetRoles={targetOptions}
          defaults={{
            name: user.name ?? "",
            currentRole: profile.currentRole ?? "",
            targetRole: profile.targetRole ?? "",
            hoursPerWeek: String(profile.hoursPerWeek),
          }}
        />
      </section>

      <section aria-labelledby="password-heading" className="card space-y-4">
        <h2 id="password-heading" className="text-xl">
          {ts("passwordTitle")}
        </h2>
        <PasswordForm />
      </section>

      <SessionsSection userId={user.id} />

      <section aria-labelledby="data-heading" className="card space-y-3">
        <h2 id="data-heading" className="text-xl">
          {t("dataTitle")}
        </h2>
        <p>{t("dataBody")}</p>
        <a href="/api/v1/me/export" download className="btn">
          {t("download")}
        </a>
      </section>

      <section aria-labelledby="delete-heading" className="card space-y-3 border-bad">
        <h2 id="delete-heading" className="text-xl text-bad">
          {t("deleteTitle")}
        </h2>
        <p>{t("deleteBody")}</p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
