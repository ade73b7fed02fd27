import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";

/**
 * Gives the client components below it their messages. Only the routes that have translated
 * client components use it, so other pages ship no message-formatting code or messages to the
 * browser at all; `namespaces` narrows what a route sends to what its components use
 * (lib/i18n/client-messages.ts).
 */
export async function ClientMessages({
  namespaces = CLIENT_NAMESPACES,
  children,
}: {
  namespaces?: readonly (keyof Messages)[];
  children: ReactNode;
}) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <NextIntlClientProvider locale={locale} messages={clientMessages(messages as Messages, namespaces)} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
