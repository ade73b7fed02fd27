import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { TimeZoneCookie } from "@/components/time-zone-cookie";
import { signOutAction } from "./(auth)/actions";
import { setLocaleAction } from "./locale-actions";
import "./globals.css";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    metadataBase: new URL(env().WAYPOINT_PUBLIC_URL ?? "http://localhost:3000"),
    title: { default: t("title"), template: t("template") },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2347c5" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("meta")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get their messages from ClientMessages in the route groups that have them. */}
        <a href="#main" className="sr-only-focusable absolute left-2 top-2 z-50 rounded bg-paper px-3 py-2">
          {t("skipToContent")}
        </a>
        <TimeZoneCookie />
        <SiteHeader actions={{ signOut: signOutAction, setLocale: setLocaleAction }} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
