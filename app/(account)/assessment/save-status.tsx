import { useTranslations } from "next-intl";
import type { SaveStatus } from "./use-assessment-saver";

type T = ReturnType<typeof useTranslations<"assessmentEditor">>;

function text(t: T, status: SaveStatus): string {
  switch (status.kind) {
    case "idle":
      return t("idle");
    case "saving":
      if (status.offline) return t("offline");
      return status.retrying ? t("retrying") : t("saving");
    case "saved":
      return t("saved");
    case "error": {
      // Our own words where we know the cause; otherwise the API's (English) explanation.
      const message =
        status.httpStatus === null ? t("unreachable") : status.httpStatus === 401 ? t("signedOut") : (status.message ?? t("failed"));
      return t("notSaved", { message, unsaved: status.unsaved });
    }
  }
}

/** The live region always exists, so screen readers announce each change of its text. */
export function SaveStatusBar({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  const t = useTranslations("assessmentEditor");
  const error = status.kind === "error";
  return (
    <div className="flex flex-wrap items-center gap-3">
      <p role="status" aria-live="polite" className={error ? "font-medium text-bad" : status.kind === "saved" ? "text-good" : "text-muted"}>
        {text(t, status)}
      </p>
      {error && (
        <button type="button" className="btn min-h-9 py-1" onClick={onRetry}>
          {t("retry")}
        </button>
      )}
    </div>
  );
}
