import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { PLAN_PAGE_NAMESPACES } from "@/lib/i18n/client-messages";

/** The plan page's client controls translate in the browser: they get their messages here. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={PLAN_PAGE_NAMESPACES}>{children}</ClientMessages>;
}
