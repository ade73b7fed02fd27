import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { oauthProviderIds, signIn } from "@/lib/auth/config";
import { currentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/forms/state";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const PROVIDER_NAMES: Record<string, string> = { github: "GitHub", google: "Google" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const callbackUrl = safeReturnPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  const providers = oauthProviderIds();
  return (
    <div className="page max-w-md">
      <h1 className="mb-6 text-3xl">Sign in</h1>
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
              Continue with {PROVIDER_NAMES[id] ?? id}
            </button>
          </form>
        ))}
      </div>
      <p className="mt-4 text-center">
        New here? <Link href="/signup">Create an account</Link>
      </p>
    </div>
  );
}
