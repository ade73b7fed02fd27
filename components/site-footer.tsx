import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p className="mr-auto">
          Waypoint. Roles grounded in “ML Engineering is Not What You Think — ML Jobs Explained”.
        </p>
        <Link href="/about">How the roles were built</Link>
        <Link href="/api/v1/roles">API</Link>
      </div>
    </footer>
  );
}
