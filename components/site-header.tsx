import { headers } from "next/headers";
import Link from "next/link";
import { getServerTranslations as getTranslations } from "@/lib/i18n/server";
import { LanguageSwitcher } from "@/components/language-switcher";
import { MenuCloser } from "@/components/nav/menu-closer";
import { currentUser } from "@/lib/auth/session";
import { safeReturnPath } from "@/lib/forms/state";

// No prefetch for the links on every page: all pages are rendered per request and none has a
// loading state, so a prefetch saves no wait on click, yet each page view would cost the server
// up to a dozen extra requests.
/** The two forms every page has; the layout hands them in (components get actions as props, docs/decisions/0012). */
export interface HeaderActions {
  signOut: () => Promise<void>;
  setLocale: (form: FormData) => Promise<void>;
}

export async function SiteHeader({ actions }: { actions: HeaderActions }) {
  const [user, requestHeaders] = await Promise.all([currentUser(), headers()]);
  const returnTo = safeReturnPath(requestHeaders.get("x-waypoint-path"), "/");
  return <HeaderView signedIn={user !== null} userName={user?.name ?? ""} returnTo={returnTo} actions={actions} />;
}

/**
 * The header of a prebuilt public page (docs/decisions/0011): one copy for every visitor, one for
 * every signed-in member, so it names no one. Its language switcher returns to the address the
 * form was posted from (app/locale-actions.ts), as the layout cannot know its page's.
 */
export function PrebuiltSiteHeader({ signedIn, actions }: { signedIn: boolean; actions: HeaderActions }) {
  return <HeaderView signedIn={signedIn} userName={null} returnTo={null} actions={actions} />;
}

async function HeaderView({
  signedIn,
  userName,
  returnTo,
  actions,
}: {
  signedIn: boolean;
  userName: string | null;
  returnTo: string | null;
  actions: HeaderActions;
}) {
  const [t, tv] = await Promise.all([getTranslations("header"), getTranslations("views.menu")]);
  // The same links twice: in a row on wide screens, behind a "Menu" disclosure on narrow ones.
  // Only one of the two is displayed at a time, so assistive technology meets each link once.
  const links = (
    <>
      <Link prefetch={false} href="/roles">{t("roles")}</Link>
      <Link prefetch={false} href="/compare">{t("compare")}</Link>
      {signedIn ? (
        <>
          <Link prefetch={false} href="/dashboard">{t("dashboard")}</Link>
          <Link prefetch={false} href="/assessment">{t("assessment")}</Link>
          <Link prefetch={false} href="/plans">{t("plans")}</Link>
          <Link prefetch={false} href="/targets">{t("targets")}</Link>
          <Link prefetch={false} href="/settings" aria-label={userName === null ? undefined : t("accountLabel", { name: userName || t("you") })}>
            {t("account")}
          </Link>
          <form action={actions.signOut}>
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
    </>
  );
  return (
    <header className="no-print relative border-b border-line bg-paper">
      <nav aria-label={t("nav")} className="mx-auto flex max-w-5xl items-center gap-x-5 px-4 py-3 sm:px-6">
        <Link prefetch={false} href="/" className="mr-auto text-lg font-bold text-ink no-underline">
          Waypoint
        </Link>
        <div className="hidden items-center gap-x-4 whitespace-nowrap lg:flex">
          {links}
          <LanguageSwitcher returnTo={returnTo} action={actions.setLocale} />
        </div>
        <details className="site-menu lg:hidden">
          <summary className="btn min-h-10 cursor-pointer list-none py-1">
            <svg aria-hidden="true" width="18" height="18" viewBox="0 0 18 18" className="shrink-0">
              <path d="M2 4h14M2 9h14M2 14h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            {tv("button")}
          </summary>
          <div className="site-menu-panel absolute inset-x-0 top-full z-30 border-b border-line bg-paper px-4 py-3 shadow-md sm:px-6">
            <div className="mx-auto flex max-w-5xl flex-col items-start gap-3">
              {links}
              <LanguageSwitcher id="language-label-menu" returnTo={returnTo} action={actions.setLocale} />
            </div>
          </div>
          <MenuCloser />
        </details>
      </nav>
    </header>
  );
}
