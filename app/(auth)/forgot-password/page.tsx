import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "./forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("security"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("security");
  return (
    <div className="page max-w-md">
      <h1 className="mb-2 text-3xl">{t("forgotTitle")}</h1>
      <p className="mb-6 text-muted">{t("forgotLead")}</p>
      <div className="card">
        <ForgotPasswordForm />
      </div>
      <p className="mt-4 text-center">
        <Link href="/signin">{t("backToSignIn")}</Link>
      </p>
    </div>
  );
}
