import type { ReactNode } from "react";
import { ClientMessages } from "@/components/client-messages";
import { documentMetadata, documentViewport } from "@/components/document";
import { RequestDocument } from "@/app/request-document";

// A root layout (docs/decisions/0011): the prebuilt public pages have their own.
export const generateMetadata = documentMetadata;
export const viewport = documentViewport;

export default function Layout({ children }: { children: ReactNode }) {
  return (
    <RequestDocument>
      <ClientMessages>{children}</ClientMessages>
    </RequestDocument>
  );
}
