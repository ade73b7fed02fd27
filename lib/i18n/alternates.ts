import type { Metadata } from "next";
import { LOCALES } from "./locales";

/** hreflang links for a public page: the same address, its language pinned with `?lang=`. */
export function languageAlternates(path: string): Metadata["alternates"] {
  return {
    languages: { ...Object.fromEntries(LOCALES.map((l) => [l, `${path}?lang=${l}`])), "x-default": path },
  };
}
