import type { ReactNode } from "react";
import { Document, documentMetadata, documentViewport } from "@/components/document";
import { PrebuiltSiteHeader } from "@/components/site-header";
import { signOutAction } from "@/app/(auth)/actions";
import { setLocaleAction } from "@/app/locale-actions";
import "@/app/globals.css";
import { EDITIONS, editionSlug } from "@/lib/static-pages/editions";
import { enterEdition, type EditionParams } from "@/lib/static-pages/enter";

// The public catalog pages, built once per edition (language × visitor or member) and served as
// files: proxy.ts picks the edition and rewrites the public address here (docs/decisions/0011).
export const dynamicParams = false;

export function generateStaticParams() {
  return EDITIONS.map((edition) => ({ edition: editionSlug(edition) }));
}

export async function generateMetadata({ params }: { params: EditionParams }) {
  enterEdition((await params).edition);
  return documentMetadata();
}

export const viewport = documentViewport;

export default async function PrebuiltLayout({ children, params }: { children: ReactNode; params: EditionParams }) {
  const edition = enterEdition((await params).edition);
  return (
    <Document locale={edition.locale} header={<PrebuiltSiteHeader signedIn={edition.viewer === "member"} actions={{ signOut: signOutAction, setLocale: setLocaleAction }} />}>
      {children}
    </Document>
  );
}
