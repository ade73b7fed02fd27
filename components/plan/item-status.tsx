"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { useFailureText } from "@/lib/forms/said";
import type { ActionResult } from "@/lib/forms/state";
import type { ItemStatus } from "@/lib/plans/types";

const OPTIONS: readonly ItemStatus[] = ["todo", "doing", "done"];
/** Three statuses, three colours: neutral grey, brand blue, green (each white text, AA contrast). */
const SELECTED: Record<ItemStatus, string> = { todo: "bg-muted text-white", doing: "bg-brand text-white", done: "bg-good text-white", skipped: "bg-muted text-white" };

/** Three radios styled as a segmented control: native keyboard use, optimistic on change. */
export type SetItemStatus = (input: { planId: string; skill: string; status: ItemStatus }) => Promise<ActionResult<unknown>>;

export function ItemStatusControl({
  planId,
  skill,
  name,
  status,
  action,
}: {
  planId: string;
  skill: string;
  name: string;
  status: ItemStatus;
  /** The page's server action (components get actions as props, docs/decisions/0012). */
  action: SetItemStatus;
}) {
  const t = useTranslations("planClient");
  const failure = useFailureText();
  const [shown, setShown] = useOptimistic(status);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function choose(next: ItemStatus) {
    setError(null);
    startTransition(async () => {
      setShown(next);
      const result = await action({ planId, skill, status: next }).catch(() => null);
      setError(failure(result, t("unreachableRetry")));
    });
  }

  return (
    <>
    {/* Print hides the controls; the status stays on paper as a word on its colour. */}
    <span className={`print-only status-badge status-${shown}`}>{t(`status.${shown}`)}</span>
    <fieldset className="no-print" aria-busy={pending}>
      <legend className="sr-only">{t("statusOf", { skill: name })}</legend>
      <div className="inline-flex overflow-hidden rounded-md border border-muted">
        {OPTIONS.map((option) => (
          <label
            key={option}
            className={`cursor-pointer px-3 py-2 text-sm font-medium has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand ${
              shown === option ? SELECTED[option] : "bg-paper text-ink"
            }`}
          >
            <input
              type="radio"
              className="sr-only"
              name={`status-${skill}`}
              value={option}
              checked={shown === option}
              onChange={() => choose(option)}
            />
            {t(`status.${option}`)}
          </label>
        ))}
      </div>
      <span className="sr-only" aria-live="polite">
        {pending ? t("saving") : ""}
      </span>
      {error && (
        <p role="alert" className="mt-1 text-sm font-medium text-bad">
          {error}
        </p>
      )}
    </fieldset>
    </>
  );
}
