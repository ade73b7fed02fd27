"use client";

import { useActionState, useId, type ReactNode } from "react";
import { useSaid } from "@/lib/forms/said";
import type { Said } from "@/lib/forms/state";

export interface ReplyFormState {
  ok?: boolean;
  message?: Said;
  /** What was typed, kept when sending failed so nothing is lost. */
  body?: string;
}

/**
 * The owner's answer under one mentor comment. A plain form posting to a server action, so it also
 * works before (or without) the page's JavaScript. `label` and `button` carry screen-reader-only
 * words saying which comment they belong to. Words come in as props: the server translates them.
 */
export function ReplyForm({
  action,
  planId,
  commentId,
  label,
  button,
  pendingLabel,
  sentLabel,
}: {
  action: (state: ReplyFormState, form: FormData) => Promise<ReplyFormState>;
  planId: string;
  commentId: string;
  label: ReactNode;
  button: ReactNode;
  pendingLabel: string;
  sentLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const id = useId();
  const say = useSaid();
  return (
    <form action={formAction} className="mt-2 space-y-2">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`${id}-body`} className="label">
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        className="input"
        rows={3}
        maxLength={2000}
        required
        defaultValue={state.ok ? "" : state.body}
        key={state.ok ? "sent" : "draft"}
        aria-describedby={state.message ? `${id}-error` : undefined}
      />
      {state.message && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-bad">
          {say(state.message)}
        </p>
      )}
      {state.ok && (
        <p role="status" className="text-sm">
          {sentLabel}
        </p>
      )}
      <button type="submit" className="btn min-h-9 py-1" disabled={pending}>
        {pending ? pendingLabel : button}
      </button>
    </form>
  );
}
