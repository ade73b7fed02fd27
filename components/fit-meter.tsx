interface FitMeterProps {
  /** Percentage 0..100, as the engine computes it. */
  fit: number;
  /** What the fit is for, e.g. a role name; read out with the percentage. */
  label: string;
  /** Hide the visible label when the caller already shows it (e.g. as a link next to the bar). */
  showLabel?: boolean;
  className?: string;
}

function tone(fit: number): string {
  if (fit >= 75) return "bg-good";
  if (fit >= 40) return "bg-brand";
  return "bg-warn";
}

/** A horizontal bar with its percentage in text; one image to assistive technology. */
export function FitMeter({ fit, label, showLabel = true, className = "" }: FitMeterProps) {
  const clamped = Math.max(0, Math.min(100, fit));
  const text = `${fit.toFixed(1).replace(/\.0$/, "")}%`;
  return (
    <div role="img" aria-label={`${label}: ${text} fit`} className={`w-full ${className}`}>
      <div className="mb-1 flex items-baseline justify-between gap-3 text-sm">
        {showLabel ? <span className="font-medium text-ink">{label}</span> : <span />}
        <span className="font-semibold tabular-nums text-ink">{text}</span>
      </div>
      <div className="h-2.5 w-full overflow-hidden rounded-full border border-muted/40 bg-wash">
        <div className={`h-full rounded-full ${tone(clamped)}`} style={{ width: `${clamped}%` }} />
      </div>
    </div>
  );
}
