"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/**
 * The phone menu is a plain <details>, so it opens and closes without JavaScript. The header
 * lives in the root layout and survives client navigation, so this closes it when the page
 * changes, and on Escape (returning focus to its button), which <details> does not do itself.
 */
export function MenuCloser() {
  const marker = useRef<HTMLSpanElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    const details = marker.current?.closest("details");
    if (details) details.open = false;
  }, [pathname]);
  useEffect(() => {
    const details = marker.current?.closest("details");
    if (!details) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== "Escape" || !details!.open) return;
      details!.open = false;
      details!.querySelector("summary")?.focus();
    }
    details.addEventListener("keydown", onKey);
    return () => details.removeEventListener("keydown", onKey);
  }, []);
  return <span ref={marker} hidden />;
}
