import type { Messages } from "./messages";

/**
 * Namespaces that client components translate in the browser; everything else stays on the
 * server. A new client component that calls useTranslations adds its namespace here.
 */
export const CLIENT_NAMESPACES = ["assessmentEditor", "assessmentFlow", "common", "forms", "formErrors", "planClient", "roleEditor", "security", "shareControls"] as const satisfies readonly (keyof Messages)[];

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]])) as Pick<Messages, (typeof CLIENT_NAMESPACES)[number]>;
}
