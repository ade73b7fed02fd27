import type { SaveStatus } from "./use-assessment-saver";

function text(status: SaveStatus): string {
  switch (status.kind) {
    case "idle":
      return "Changes save automatically.";
    case "saving":
      if (status.offline) return "You are offline. Your changes are kept and will be saved when you reconnect.";
      return status.retrying ? "Saving… (connection trouble, retrying)" : "Saving…";
    case "saved":
      return "All changes saved";
    case "error":
      return `Not saved: ${status.message} ${status.unsaved === 1 ? "1 change is" : `${status.unsaved} changes are`} kept on this page.`;
  }
}

/** The live region always exists, so screen readers announce each change of its text. */
export function SaveStatusBar({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const error = status.kind === "error";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p role="status" aria-live="polite" className={error ? "font-medium text-bad" : status.kind === "saved" ? "text-good" : "text-muted"}>
        {text(status)}
      </p>
      {error && (
        <button type="button" className="btn min-h-9 py-1" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
