import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import type { FormState } from "@/lib/forms/state";
import type { Locale } from "./locales";

type Key = keyof typeof en.formErrors;

/*
 * Validation schemas are shared with the JSON API, whose messages stay English. Forms show the
 * same messages in the reader's language: each English message a form can show has a key in
 * messages/*.json ("formErrors"), found here by its English text. Anything unlisted (a message
 * built from input, say) is shown as it is.
 */
const byEnglish = new Map(Object.entries(en.formErrors).map(([key, text]) => [text, key as Key]));
const WORDS: Readonly<Record<Locale, Readonly<Record<Key, string>>>> = { en: en.formErrors, ko: ko.formErrors };

export function localizeFormMessage(message: string, locale: Locale): string {
  const key = byEnglish.get(message);
  return key ? WORDS[locale][key] : message;
}

/** The message's key in "formErrors", for carrying it in a URL as a code; unknown text becomes "checkForm". */
export function formErrorCode(message: string): Key {
  return byEnglish.get(message) ?? "checkForm";
}

export function isFormErrorCode(code: unknown): code is Key {
  return typeof code === "string" && Object.hasOwn(en.formErrors, code);
}

export function localizeFormState(state: FormState, locale: Locale): FormState {
  if (locale === "en") return state;
  return {
    ...state,
    message: state.message === undefined ? undefined : localizeFormMessage(state.message, locale),
    fields: state.fields && Object.fromEntries(Object.entries(state.fields).map(([k, v]) => [k, localizeFormMessage(v, locale)])),
  };
}
