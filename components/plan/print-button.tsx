"use client";

import { useTranslations } from "next-intl";
import { PrintExpander } from "@/components/print-expander";

/** The print stylesheet hides navigation and controls, so "Save as PDF" gives a clean document. */
export function PrintButton() {
  const t = useTranslations("planClient");
  return (
    <>
      <button type="button" className="btn" onClick={() => window.print()}>
        {t("print")}
      </button>
      {/* Here rather than in the page: the item list belongs to the plan page's own code. */}
      <PrintExpander />
    </>
  );
}
