"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import { useFailureText } from "@/lib/forms/said";
import type { ActionResult } from "@/lib/forms/state";

/** A button that runs a server action and shows its failure in words instead of failing silently. */
export function ActionButton<I>({
  action,
  input,
  children,
  pendingLabel,
  className = "btn",
}: {
  action: (input: I) => Promise<ActionResult<unknown>>;
  input: I;
  children: ReactNode;
  pendingLabel: string;
  className?: string;
}) {
  const t = useTranslations("planClient");
  const failure = useFailureText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        className={className}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await action(input).catch(() => null);
            setError(failure(result, t("unreachable")));
          })
        }
      >
        {pending ? pendingLabel : children}
      </button>
      {error && (
        <span role="alert" className="text-sm font-medium text-bad">
          {error}
        </span>
      )}
    </span>
  );
}
