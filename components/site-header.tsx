import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { currentUser } from "@/lib/auth/session";

export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="no-print border-b border-line bg-paper">
      <nav aria-label="Main" className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-5 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="mr-auto text-lg font-bold text-ink no-underline">
          Waypoint
        </Link>
        <Link href="/roles">Roles</Link>
        <Link href="/compare">Compare</Link>
        {user ? (
          <>
            <Link href="/dashboard">Dashboard</Link>
            <Link href="/assessment">My skills</Link>
            <Link href="/plans">Plans</Link>
            <Link href="/targets">Job postings</Link>
            <Link href="/settings" aria-label={`Account settings for ${user.name ?? "you"}`}>
              Account
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="cursor-pointer text-brand underline">
                Sign out
              </button>
            </form>
          </>
        ) : (
          <>
            <Link href="/check">Quick check</Link>
            <Link href="/signin">Sign in</Link>
            <Link href="/signup" className="btn btn-primary min-h-9 py-1">
              Sign up
            </Link>
          </>
        )}
      </nav>
    </header>
  );
}
