import type { ReactNode } from "react";
import { documentMetadata, documentViewport } from "@/components/document";
import { RequestDocument } from "@/app/request-document";

// A root layout (docs/decisions/0011): the prebuilt public pages have their own.
export const generateMetadata = documentMetadata;
export const viewport = documentViewport;

// No ClientMessages here: most pages of this group (dashboard, gap, plan and target lists) have no
// translated client component, so only the routes that do wrap themselves in one, with just the
// namespaces they use (plans/[id]/layout.tsx, targets/new and targets/[id]/edit).
export default function Layout({ children }: { children: ReactNode }) {
  return <RequestDocument>{children}</RequestDocument>;
}
