import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it their messages. Only the route groups that have client
 * components use it, so public pages ship no message-formatting code to the browser at all.
 */
export async function ClientMessages({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(messages)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
