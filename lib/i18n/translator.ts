import { createTranslator, type Messages, type NamespaceKeys, type NestedKeyOf } from "next-intl";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import type { Locale } from "./locales";

const MESSAGES = { en, ko } as const;

/**
 * A translator outside React (API handlers, plan text, Markdown export): the same message files,
 * so the API and the pages word things the same way.
 */
export function translator<NS extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: NS) {
  return createTranslator({ locale, messages: MESSAGES[locale] as Messages, namespace, timeZone: "UTC" });
}
