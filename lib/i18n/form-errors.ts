import en from "@/messages/en.json";
import type { Said } from "@/lib/forms/state";
import type { Locale } from "./locales";
import { translator } from "./translator";

type Key = keyof typeof en.formErrors;

/*
 * Validation schemas are shared with the JSON API, whose messages stay English. A form never shows
 * that text: the server action client (lib/server-actions/client.ts) turns each message into its
 * key in messages/*.json ("formErrors") here, once, and the form words the key in the reader's
 * language. A message built from input has no key of its own; the service attaches a reason (a
 * key with values) instead, or the form says "check the form".
 */
const byEnglish = new Map(Object.entries(en.formErrors).map(([key, text]) => [text, key as Key]));

/**
 * The message's key in "formErrors": the one place an English message becomes a code (the server
 * action client calls it); unknown text becomes `fallback`.
 */
export function formErrorCode(message: string, fallback: Key = "checkForm"): Key {
  return byEnglish.get(message) ?? fallback;
}

export function isFormErrorCode(code: unknown): code is Key {
  return typeof code === "string" && Object.hasOwn(en.formErrors, code);
}

/**
 * What a plain form post was sent back with: `?<name>=<code>` and its values as `<name>.<value>`.
 * Only a known code is worded, and only short plain values fill it, so no text from the address
 * reaches the page (a crafted link cannot make the page say something).
 */
export function messageFromQuery(query: Readonly<Record<string, unknown>>, name: string, locale: Locale): string | null {
  const code = query[name];
  if (!isFormErrorCode(code)) return null;
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith(`${name}.`) && typeof value === "string" && /^[\w .:-]{1,40}$/.test(value)) values[key.slice(name.length + 1)] = value;
  }
  return translator(locale, "formErrors")(code, values);
}

/** The address query of a refusal a page will read back with messageFromQuery. */
export function queryOf(name: string, said: Said): Record<string, string> {
  const query: Record<string, string> = { [name]: said.code };
  for (const [key, value] of Object.entries(said.values ?? {})) query[`${name}.${key}`] = String(value);
  return query;
}
