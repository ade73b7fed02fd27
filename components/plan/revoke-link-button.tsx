"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/state";
import { useFailureText } from "@/lib/forms/said";

export type RevokeShareLink = (input: { planId: string; linkId: string }) => Promise<ActionResult<unknown>>;

/**
 * Revoking cannot be undone (the link's token is gone for good), so it asks first, in place:
 * "Revoke" turns into a question with "Revoke now" and "Keep it"; focus follows each step.
 */
export function RevokeLinkButton({ planId, linkId, label, action }: { planId: string; linkId: string; label: string; action: RevokeShareLink }) {
  const t = useTranslations("shareControls");
  const tp = useTranslations("planClient");
  const failure = useFailureText();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const keep = useRef<HTMLButtonElement>(null);
  const revoke = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    (asking ? keep : revoke).current?.focus();
  }, [asking]);

  function ask(next: boolean) {
    moved.current = true;
    setAsking(next);
  }

  if (!asking) {
    return (
      <button ref={revoke} type="button" className="btn min-h-9 py-1" onClick={() => ask(true)}>
        {t("revoke")}
        <span className="sr-only"> {label}</span>
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={`revoke-${linkId}`} className="space-y-2">
      <p id={`revoke-${linkId}`} className="text-sm font-medium">
        {t("confirm", { label })}
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn btn-danger min-h-9 py-1"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              setError(null);
              const result = await action({ planId, linkId }).catch(() => null);
              setError(failure(result, tp("unreachable")));
            })
          }
        >
          {pending ? t("revoking") : t("revokeNow")}
        </button>
        <button ref={keep} type="button" className="btn min-h-9 py-1" disabled={pending} onClick={() => ask(false)}>
          {t("keep")}
        </button>
      </div>
      {error && (
        <p role="alert" className="text-sm font-medium text-bad">
          {error}
        </p>
      )}
    </div>
  );
}
