import type { Messages } from "./messages";

/** Namespaces that client components translate in the browser; everything else stays on the server. */
export const CLIENT_NAMESPACES = ["assessmentEditor", "forms", "planClient", "settingsForm"] as const;

export function clientMessages(messages: Messages): Partial<Messages> {
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in messages).map((ns) => [ns, messages[ns as keyof Messages]]));
}
