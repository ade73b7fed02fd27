"use client";

import { useEffect } from "react";

/**
 * Opens every closed <details> while the page prints and closes them again afterwards, so a
 * printout shows resources and tables instead of their folded summaries. Chromium also does this
 * with CSS alone (::details-content in globals.css); this covers the other browsers.
 */
export function PrintExpander() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("details:not([open])")].filter((d) => !d.closest(".no-print"));
      for (const details of opened) details.open = true;
    };
    const after = () => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return null;
}
