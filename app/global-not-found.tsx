import { documentMetadata, documentViewport } from "@/components/document";
import { RequestDocument } from "@/app/request-document";
import { NotFoundPage } from "@/components/not-found-page";

// An address no route answers: there is no single root layout to render it in (docs/decisions/0011).
export const generateMetadata = documentMetadata;
export const viewport = documentViewport;

export default function GlobalNotFound() {
  return (
    <RequestDocument>
      <NotFoundPage />
    </RequestDocument>
  );
}
