import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { roleName } from "@/lib/catalog/localize";
import { parseCheckQuery, type SearchParams } from "@/lib/public/query";
import { carryField } from "@/lib/public/quick-check-carry";
import { SignUpForm } from "./sign-up-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpMeta") };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (await currentUser()) redirect("/dashboard");
  const t = await getTranslations("auth");
  // Coming from the quick check: its answers ride along in the form (validated again on submit).
  const query = parseCheckQuery(await searchParams);
  const quickCheck = query.ok ? carryField(query.value) : undefined;
  return (
    <div className="page max-w-md">
      <h1 className="mb-2 text-3xl">{t("signUpTitle")}</h1>
      <p className="mb-6 text-muted">{t("signUpLead")}</p>
      {quickCheck && query.ok && <QuickCheckCarryNotice count={Object.keys(query.value.ratings).length} target={query.value.target} hours={query.value.hours} />}
      <div className="card">
        <SignUpForm quickCheck={quickCheck} />
      </div>
      <p className="mt-4 text-center">
        {t.rich("haveAccount", { link: (chunks) => <Link href="/signin">{chunks}</Link> })}
      </p>
    </div>
  );
}

async function QuickCheckCarryNotice({ count, target, hours }: { count: number; target?: string; hours: number }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("checkTarget")]);
  return (
    <section aria-labelledby="carry-title" className="mb-6 rounded-lg border-l-4 border-brand bg-brand-soft px-5 py-4">
      <h2 id="carry-title" className="text-lg">
        {t("carryTitle")}
      </h2>
      <p className="mt-1 text-sm">{t("carryBody", { count, target: target ? roleName(target, locale) : "none", hours })}</p>
      <p className="mt-2 text-sm">
        <Link href="/signup">{t("carryDrop")}</Link>
      </p>
    </section>
  );
}
