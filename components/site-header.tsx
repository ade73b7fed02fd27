import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(auth)/actions";
import { LanguageSwitcher } from "@/components/language-switcher";
import { currentUser } from "@/lib/auth/session";

export async function SiteHeader() {
  const [user, t] = await Promise.all([currentUser(), getTranslations("header")]);
  return (
    <header className="no-print border-b border-line bg-paper">
      <nav aria-label={t("nav")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-auto text-lg font-bold text-ink no-underline">
          Waypoint
        </Link>
        <Link href="/roles">{t("roles")}</Link>
        <Link href="/compare">{t("compare")}</Link>
        {user ? (
          <>
            <Link href="/dashboard">{t("dashboard")}</Link>
            <Link href="/assessment">{t("assessment")}</Link>
            <Link href="/plans">{t("plans")}</Link>
            <Link href="/targets">{t("targets")}</Link>
            <Link href="/settings" aria-label={t("accountLabel", { name: user.name ?? t("you") })}>
              {t("account")}
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="cursor-pointer text-brand underline">
                {t("signOut")}
              </button>
            </form>
          </>
        ) : (
          <>
            <Link href="/check">{t("check")}</Link>
            <Link href="/signin">{t("signIn")}</Link>
            <Link href="/signup" className="btn btn-primary min-h-9 py-1">
              {t("signUp")}
            </Link>
          </>
        )}
        <LanguageSwitcher />
      </nav>
    </header>
  );
}
