import { useServerTranslations as useTranslations } from "@/lib/i18n/server";

interface FitMeterProps {
  /** Percentage 0..100, as the engine computes it. */
  fit: number;
  /** What the fit is for, e.g. a role name; read out with the percentage. */
  label: string;
  /** Hide the visible label when the caller already shows it (e.g. as a link next to the bar). */
  showLabel?: boolean;
  className?: string;
}

// A low number is a starting point, not a fault: the same blue up to three quarters, then green.
// (Amber for a plan just begun read as a warning; issue 15.)
function tone(fit: number): string {
  return fit >= 75 ? "bg-good" : "bg-brand";
}

export function formatFit(fit: number): string {
  return `${Number.isInteger(fit) ? fit : fit.toFixed(1)}%`;
}

/** A horizontal bar with its percentage in text; one image, with that text, to assistive technology. */
export function FitMeter({ fit, label, showLabel = true, className = "" }: FitMeterProps) {
  const t = useTranslations("fitMeter");
  const clamped = Math.max(0, Math.min(100, fit));
  const text = formatFit(fit);
  const bar = (
    <div className="h-2.5 w-full min-w-0 overflow-hidden rounded-full border border-muted/40 bg-wash">
      <div className={`h-full rounded-full ${tone(clamped)}`} style={{ width: `${clamped}%` }} />
    </div>
  );
  const percentage = <span className="font-semibold tabular-nums text-ink">{text}</span>;
  return (
    <div role="img" aria-label={t("label", { label, fit: text })} className={`w-full text-sm ${className}`}>
      {showLabel ? (
        <>
          <div className="mb-1 flex items-baseline justify-between gap-3">
            <span className="font-medium text-ink">{label}</span>
            {percentage}
          </div>
          {bar}
        </>
      ) : (
        <div className="grid grid-cols-[1fr_3.5rem] items-center gap-3 text-right">
          {bar}
          {percentage}
        </div>
      )}
    </div>
  );
}
