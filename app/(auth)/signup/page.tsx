import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpMeta") };
}

export default async function SignUpPage() {
  if (await currentUser()) redirect("/dashboard");
  const t = await getTranslations("auth");
  return (
    <div className="page max-w-md">
      <h1 className="mb-2 text-3xl">{t("signUpTitle")}</h1>
      <p className="mb-6 text-muted">{t("signUpLead")}</p>
      <div className="card">
        <SignUpForm />
      </div>
      <p className="mt-4 text-center">
        {t.rich("haveAccount", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}
      </p>
    </div>
  );
}
