import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { clientMessages } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    metadataBase: new URL(process.env.WAYPOINT_PUBLIC_URL ?? "http://localhost:3000"),
    title: { default: t("title"), template: t("template") },
    description: t("description"),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#2347c5" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages, t] = await Promise.all([getLocale(), getMessages(), getTranslations("meta")]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get only their own namespaces; server components read the rest on the server. */}
        <NextIntlClientProvider locale={locale} messages={clientMessages(messages)} timeZone="UTC">
          <a href="#main" className="sr-only-focusable absolute left-2 top-2 z-50 rounded bg-paper px-3 py-2">
            {t("skipToContent")}
          </a>
          <SiteHeader />
          <main id="main" className="flex-1">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
