import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { resetTokenIsLive } from "@/lib/services/passwords";
import { ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("resetTitle"), robots: { index: false } };
}

/** Opening the page does not use the link up (mail scanners open links); only submitting does. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("security");
  const live = await resetTokenIsLive(token);
  return (
    <div className="page max-w-md">
      <h1 className="mb-2 text-3xl">{t("resetTitle")}</h1>
      {live ? (
        <>
          <p className="mb-6 text-muted">{t("resetLead")}</p>
          <div className="card">
            <ResetPasswordForm token={token} />
          </div>
        </>
      ) : (
        <p role="alert" className="form-error">
          {t("resetGone")} <Link href="/forgot-password">{t("askAgain")}</Link>
        </p>
      )}
    </div>
  );
}
