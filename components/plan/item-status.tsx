"use client";

import { useOptimistic, useState, useTransition } from "react";
import { setItemStatusAction } from "@/app/(app)/plans/actions";
import type { ItemStatus } from "@/lib/plans/types";

const OPTIONS: { value: ItemStatus; label: string }[] = [
  { value: "todo", label: "To do" },
  { value: "doing", label: "Doing" },
  { value: "done", label: "Done" },
];

/** Three radios styled as a segmented control: native keyboard use, optimistic on change. */
export function ItemStatusControl({ planId, skill, name, status }: { planId: string; skill: string; name: string; status: ItemStatus }) {
  const [shown, setShown] = useOptimistic(status);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function choose(next: ItemStatus) {
    setError(null);
    startTransition(async () => {
      setShown(next);
      const result = await setItemStatusAction({ planId, skill, status: next }).catch(() => ({
        ok: false as const,
        message: "Could not reach the server. Check your connection and try again.",
      }));
      if (!result.ok) setError(result.message);
    });
  }

  return (
    <fieldset className="no-print" aria-busy={pending}>
      <legend className="sr-only">Status of {name}</legend>
      <div className="inline-flex overflow-hidden rounded-md border border-muted">
        {OPTIONS.map((option) => (
          <label
            key={option.value}
            className={`cursor-pointer px-3 py-2 text-sm font-medium has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand ${
              shown === option.value ? (option.value === "done" ? "bg-good text-white" : "bg-brand text-white") : "bg-paper text-ink"
            }`}
          >
            <input
              type="radio"
              className="sr-only"
              name={`status-${skill}`}
              value={option.value}
              checked={shown === option.value}
              onChange={() => choose(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
      <span className="sr-only" aria-live="polite">
        {pending ? "Saving…" : ""}
      </span>
      {error && (
        <p role="alert" className="mt-1 text-sm font-medium text-bad">
          {error}
        </p>
      )}
    </fieldset>
  );
}
