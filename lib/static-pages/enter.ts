import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { parseEdition, type Edition } from "./editions";

/** The route params of every prebuilt page (app/prerendered/[edition]/…). */
export type EditionParams = Promise<{ edition: string }>;

/**
 * Tells next-intl the page's language from its edition, so nothing reads the request while the
 * page is prebuilt. Every layout, page and generateMetadata under app/prerendered calls it first.
 */
export function enterEdition(slug: string): Edition {
  const edition = parseEdition(slug);
  if (!edition) notFound();
  setRequestLocale(edition.locale);
  return edition;
}
