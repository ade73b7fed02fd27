import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { oauthProviderIds, signIn } from "@/lib/auth/config";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/forms/state";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const providers = oauthProviderIds();
  const t = await getTranslations("auth");
  return (
    <div className="page max-w-md">
      <h1 className="mb-6 text-3xl">{t("signInTitle")}</h1>
      <div className="card space-y-6">
        <SignInForm callbackUrl={callbackUrl} />
        {providers.map((id) => (
          <form
            key={id}
            action={async () => {
              "use server";
              await signIn(id, { redirectTo: callbackUrl });
            }}
          >
            <button type="submit" className="btn w-full">
              {t("continueWith", { provider: PROVIDER_NAMES[id] ?? id })}
            </button>
          </form>
        ))}
      </div>
      <p className="mt-4 text-center">
        {t.rich("newHere", { link: (chunks) => <Link href="/signup">{chunks}</Link> })}
      </p>
    </div>
  );
}
