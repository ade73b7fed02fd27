import "server-only";
import { z } from "zod";
import { requireUser, type PublicUser } from "@/lib/auth/session";
import type { ActionError, ActionResult, FormErrorCode, FormState, Said } from "@/lib/forms/state";
import { HttpError } from "@/lib/http/errors";
import { nulPath } from "@/lib/http/nul";
import { formErrorCode } from "@/lib/i18n/form-errors";

/**
 * The one server-action client (docs/decisions/0012). Every action is built here: its input is
 * parsed with zod (from a plain object or a form's FormData), a signed-in action gets the session
 * (or the sign-in page), and expected failures — a zod issue, an HttpError from a service — come
 * back as codes of the "formErrors" messages, which the form words in the reader's language.
 * Anything else is a bug and is thrown.
 *
 * Why not next-safe-action: it gives the same three things (schema, middleware for the session,
 * a typed result), but its errors are strings or its own shapes, so the code mapping below would
 * still be ours, and forms here use useActionState and plain <form action> posts without its hooks.
 */

export type { ActionError, ActionResult };

const said = (message: string, fallback: FormErrorCode = "checkForm"): Said => ({ code: formErrorCode(message, fallback) });

/** A zod failure: a code per field, and the first field's code as the whole answer's. */
export function invalidInput(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ActionError {
  const fields: Record<string, Said> = {};
  for (const issue of issues) fields[String(issue.path[0] ?? "form")] ??= said(issue.message);
  const first = issues[0];
  return { ...(first ? said(first.message) : { code: "checkForm" }), fields };
}

/** A service's refusal; its reason (a key with values) when it has one, else its known message. */
export function refusal(error: HttpError): ActionError {
  const fallback: FormErrorCode = error.code === "rate_limited" ? "rateLimited" : "checkForm";
  if (error.reason) return { code: error.reason.key as FormErrorCode, values: error.reason.values };
  const base = said(error.message, fallback);
  return error.issues ? { ...base, fields: invalidInput(error.issues).fields } : base;
}

function fromForm(input: unknown): unknown {
  if (!(input instanceof FormData)) return input;
  // Files and repeated names are not ours to read; text is capped before zod sees it.
  const fields: Record<string, string> = {};
  for (const [name, value] of input.entries()) if (typeof value === "string" && !(name in fields)) fields[name] = value.slice(0, 5000);
  return fields;
}

async function run<S extends z.ZodType, T>(schema: S, input: unknown, body: (input: z.output<S>) => Promise<T>): Promise<ActionResult<T>> {
  const raw = fromForm(input);
  // PostgreSQL cannot store NUL and no field has a use for it (lib/http/nul.ts): refused on both databases.
  if (nulPath(raw)) return { ok: false, error: { code: "checkForm" } };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error.issues) };
  try {
    return { ok: true, data: await body(parsed.data) };
  } catch (error) {
    if (error instanceof HttpError) return { ok: false, error: refusal(error) };
    throw error;
  }
}

/** An action for the signed-in user: no session, no body (the sign-in page, coming back to `returnTo`). */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  body: (input: z.output<S>, user: PublicUser) => Promise<T>,
  options: { returnTo?: string } = {},
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => {
    const user = await requireUser(options.returnTo);
    return run(schema, input, (parsed) => body(parsed, user));
  };
}

/** An action anyone may call (sign-in, sign-up, password reset, a mentor on a shared plan). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  body: (input: z.output<S>) => Promise<T>,
): (input: z.input<S> | FormData) => Promise<ActionResult<T>> {
  return async (input) => run(schema, input, body);
}

/**
 * For forms read with useActionState: a refused submit keeps what was typed (`values`) and says
 * "fix the fields below" when fields are marked.
 */
export function toFormState(result: ActionResult<unknown>, values: Record<string, unknown> = {}, success?: Said): FormState {
  if (result.ok) return { ok: true, message: success };
  const { fields, ...message } = result.error;
  const kept = Object.fromEntries(Object.entries(values).filter((e): e is [string, string] => typeof e[1] === "string"));
  const marked = Object.keys(fields ?? {}).some((name) => name !== "form");
  return { message: marked ? { code: "fixFields" } : message, fields, values: kept };
}

/** The one thing to say of a refusal where there is no field to mark (a plain post back to a page). */
export function firstSaid(error: ActionError): Said {
  const { code, values } = error;
  return { code, values };
}
