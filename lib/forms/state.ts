import type en from "@/messages/en.json";

/** A key of the "formErrors" messages: what a form says, in the reader's language. */
export type FormErrorCode = keyof typeof en.formErrors;

/**
 * What a server action tells its form, by code: the form words it from messages/*.json, so no
 * English text crosses to the browser to be looked up there. `values` fill the message's
 * placeholders (a date, a number of hours).
 */
export interface Said {
  code: FormErrorCode;
  values?: Record<string, string | number>;
}

/** A server action's answer to a form that reads it with useActionState. */
export interface FormState {
  ok?: boolean;
  message?: Said;
  fields?: Record<string, Said>;
  values?: Record<string, string>;
}

/** What an action called from the browser answers (lib/server-actions/client.ts). */
export type ActionError = Said & { fields?: Record<string, Said> };
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: ActionError };

export const initialFormState: FormState = {};

/** Only same-site paths may be a post-sign-in destination; anything else goes to the dashboard. */
export function safeReturnPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string") return fallback;
  // Browsers drop tabs and newlines from URLs, so "/\t/evil.example" would become "//evil.example".
  if (/[\u0000-\u001f\u007f]/.test(value)) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Dot segments collapse when the address is resolved: "/.//evil.example" becomes
  // "//evil.example", another site. Resolve it here and keep only what stays on this one.
  const url = new URL(value.slice(0, 500), "http://waypoint.invalid");
  if (url.origin !== "http://waypoint.invalid" || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
