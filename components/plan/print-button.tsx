"use client";

/** The print stylesheet hides navigation and controls, so "Save as PDF" gives a clean document. */
export function PrintButton() {
  return (
    <button type="button" className="btn" onClick={() => window.print()}>
      Print or save as PDF
    </button>
  );
}
