import type { Messages } from "./messages";

type Namespace = keyof Messages;

/**
 * Namespaces that client components translate in the browser; everything else stays on the
 * server. A new client component that calls useTranslations adds its namespace here, and to the
 * set of the route that shows it (below).
 */
export const CLIENT_NAMESPACES = ["assessmentEditor", "assessmentFlow", "common", "forms", "formErrors", "planClient", "roleEditor", "security", "shareControls"] as const satisfies readonly Namespace[];

/*
 * The signed-in pages ((app) group) hand their client components only the namespaces those use:
 * the provider's messages are serialized into every page's RSC payload and copied into its HTML,
 * and the dashboard, which has no translated client component, carried 11 KB of them (a third of
 * its payload) on every request. Each set is checked against its components' useTranslations
 * calls in client-messages.test.ts.
 */
/** The plan page's buttons, status control, share-link and reply forms (components/plan). */
export const PLAN_PAGE_NAMESPACES = ["planClient", "shareControls", "formErrors"] as const satisfies readonly (typeof CLIENT_NAMESPACES)[number][];
/** The custom-role editor (app/(app)/targets/role-editor.tsx), on the new and edit pages. */
export const ROLE_EDITOR_NAMESPACES = ["roleEditor", "common", "formErrors"] as const satisfies readonly (typeof CLIENT_NAMESPACES)[number][];

export function clientMessages<NS extends Namespace>(messages: Messages, namespaces: readonly NS[]): Pick<Messages, NS> {
  return Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]])) as Pick<Messages, NS>;
}
