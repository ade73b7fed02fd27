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

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[]; reset?: string | string[] }> }) {
  const query = await searchParams;
  const callbackUrl = safeReturnPath(query.callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const providers = oauthProviderIds();
  const [t, ts] = await Promise.all([getTranslations("auth"), getTranslations("security")]);
  return (
    <div className="page max-w-md">
      <h1 className="mb-6 text-3xl">{t("signInTitle")}</h1>
      {query.reset === "done" && (
        <p role="status" className="mb-4 rounded-md border border-good bg-good-soft px-3 py-2 text-good">
          {ts("resetDone")}
        </p>
      )}
      <div className="card space-y-6">
        <SignInForm callbackUrl={callbackUrl} />
        <p className="text-sm">
          <Link href="/forgot-password">{ts("forgotLink")}</Link>
        </p>
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
