import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { Document } from "@/components/document";
import { SiteHeader } from "@/components/site-header";
import { isLocale } from "@/lib/i18n/locales";
import { rememberRenderLocale } from "@/lib/i18n/render-locale";
import { signOutAction } from "./(auth)/actions";
import { setLocaleAction } from "./locale-actions";
// The stylesheet of every page: imported by the two documents in app/ (components do not import app/).
import "./globals.css";

/**
 * For pages rendered per request: the language and the header follow this request's visitor. It
 * lives in app/ because it hands the header its server actions (components get actions as props,
 * docs/decisions/0012).
 */
export async function RequestDocument({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // Everything below renders after this: its synchronous components translate without suspending.
  if (isLocale(locale)) rememberRenderLocale(locale);
  return (
    <Document locale={locale} header={<SiteHeader actions={{ signOut: signOutAction, setLocale: setLocaleAction }} />}>
      {children}
    </Document>
  );
}
