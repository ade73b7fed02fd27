import type { Metadata, Viewport } from "next";
import { getServerTranslations as getTranslations } from "@/lib/i18n/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { env } from "@/lib/env";

/**
 * The page around every page. Waypoint has several root layouts (each section of the site, and
 * the prebuilt public pages, docs/decisions/0011), and they all wrap their pages in this one.
 */
export async function documentMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    metadataBase: new URL(env().WAYPOINT_PUBLIC_URL ?? "http://localhost:3000"),
    title: { default: t("title"), template: t("template") },
    description: t("description"),
  };
}

export const documentViewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2347c5" };

export async function Document({ locale, header, children }: { locale: string; header: ReactNode; children: ReactNode }) {
  const t = await getTranslations("meta");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get their messages from ClientMessages in the route groups that have them. */}
        <a href="#main" className="sr-only-focusable absolute left-2 top-2 z-50 rounded bg-paper px-3 py-2">
          {t("skipToContent")}
        </a>
        <TimeZoneCookie />
        {header}
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
