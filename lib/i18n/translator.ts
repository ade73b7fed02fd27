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
  const key = `${locale}:${namespace}`;
  let made = translators.get(key) as ReturnType<typeof make<NS>> | undefined;
  if (!made) translators.set(key, (made = make(locale, namespace)));
  return made;
}

function make<NS extends NamespaceKeys<Messages, NestedKeyOf<Messages>>>(locale: Locale, namespace: NS) {
  return createTranslator({ locale, messages: MESSAGES[locale] as Messages, namespace, timeZone: "UTC" });
}

// One translator per language and namespace for the life of the process: each keeps the messages
// it has parsed, and the message files never change while it runs (a plan page read in Korean
// otherwise parsed every phase title and reason again on every request).
const translators = new Map<string, unknown>();
