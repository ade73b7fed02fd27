import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { ROLE_EDITOR_NAMESPACES } from "@/lib/i18n/client-messages";

/** The role editor translates in the browser: it gets its messages here. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={ROLE_EDITOR_NAMESPACES}>{children}</ClientMessages>;
}
