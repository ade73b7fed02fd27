import type { Metadata } from "next";
import ComparePage, { generateMetadata as compareMetadata } from "@/app/compare/page";
import { enterEdition, type EditionParams } from "@/lib/static-pages/enter";

// The comparison form before a pair is chosen; a chosen pair (`?from=…&to=…`) is rendered per
// request by app/compare/page.tsx, which proxy.ts leaves those addresses to.
const NO_QUERY = Promise.resolve({});

export async function generateMetadata({ params }: { params: EditionParams }): Promise<Metadata> {
  enterEdition((await params).edition);
  return compareMetadata({ searchParams: NO_QUERY });
}

export default async function PrebuiltComparePage({ params }: { params: EditionParams }) {
  enterEdition((await params).edition);
  return <ComparePage searchParams={NO_QUERY} />;
}
