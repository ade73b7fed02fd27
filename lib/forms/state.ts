/** What a server action hands back to its form: a message, and per-field messages. */
export interface FormState {
  ok?: boolean;
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
}

export const initialFormState: FormState = {};

export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    fields[key] ??= issue.message;
  }
  return fields;
}

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
