import Link from "next/link";
import { useServerTranslations as useTranslations } from "@/lib/i18n/server";

// No prefetch: see SiteHeader.
export function SiteFooter() {
  const t = useTranslations("footer");
  return (
    <footer className="no-print mt-12 border-t border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p className="mr-auto">{t("credit")}</p>
        <Link prefetch={false} href="/about">{t("about")}</Link>
        <Link prefetch={false} href="/api">{t("api")}</Link>
      </div>
    </footer>
  );
}
