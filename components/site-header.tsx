import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(auth)/actions";
import { LanguageSwitcher } from "@/components/language-switcher";
import { currentUser } from "@/lib/auth/session";

// No prefetch for the links on every page: all pages are rendered per request and none has a
// loading state, so a prefetch saves no wait on click, yet each page view would cost the server
// up to a dozen extra requests.
export async function SiteHeader() {
  const [user, t] = await Promise.all([currentUser(), getTranslations("header")]);
  return (
    <header className="no-print border-b border-line bg-paper">
      <nav aria-label={t("nav")} className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 sm:px-6">
        <Link prefetch={false} href="/" className="mr-auto text-lg font-bold text-ink no-underline">
          Waypoint
        </Link>
        <Link prefetch={false} href="/roles">{t("roles")}</Link>
        <Link prefetch={false} href="/compare">{t("compare")}</Link>
        {user ? (
          <>
            <Link prefetch={false} href="/dashboard">{t("dashboard")}</Link>
            <Link prefetch={false} href="/assessment">{t("assessment")}</Link>
            <Link prefetch={false} href="/plans">{t("plans")}</Link>
            <Link prefetch={false} href="/targets">{t("targets")}</Link>
            <Link prefetch={false} href="/settings" aria-label={t("accountLabel", { name: user.name ?? t("you") })}>
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
            <Link prefetch={false} href="/check">{t("check")}</Link>
            <Link prefetch={false} href="/signin">{t("signIn")}</Link>
            <Link prefetch={false} href="/signup" className="btn btn-primary min-h-9 py-1">
              {t("signUp")}
            </Link>
          </>
        )}
        <LanguageSwitcher />
      </nav>
    </header>
  );
}
