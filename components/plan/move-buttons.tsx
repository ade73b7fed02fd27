"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/state";
import { useFailureText } from "@/lib/forms/said";

export type MoveItem = (input: { planId: string; skill: string; position: number }) => Promise<ActionResult<unknown>>;

/**
 * Up and down for one plan item. Each button's name says which item it moves, so a list of them
 * stays tellable apart. The server re-renders the list in its new order; focus stays on the
 * button that was pressed (or its sibling when that move is no longer possible), so a keyboard
 * user can keep moving the same item.
 */
export function MoveButtons({
  planId,
  skill,
  up,
  down,
  upLabel,
  downLabel,
  upText,
  downText,
  action,
}: {
  /** The page's server action (components get actions as props, docs/decisions/0012). */
  action: MoveItem;
  planId: string;
  skill: string;
  /** Position to move to, or null when the move would break prerequisite order or leave the phase. */
  up: number | null;
  down: number | null;
  /** Accessible names: they start with the visible word and say which item moves where. */
  upLabel: string;
  downLabel: string;
  upText: string;
  downText: string;
}) {
  const t = useTranslations("planClient");
  const failure = useFailureText();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const upRef = useRef<HTMLButtonElement>(null);
  const downRef = useRef<HTMLButtonElement>(null);

  // Which button was pressed, until the list has re-rendered in its new order.
  const pressed = useRef<"up" | "down" | null>(null);

  // Reordering moves this item's DOM node, which drops focus; once the new positions arrive (the
  // props change), put the keyboard back on the pressed button, or its sibling if that move is
  // no longer possible.
  useEffect(() => {
    const which = pressed.current;
    if (!which) return;
    pressed.current = null;
    const [first, second] = which === "up" ? [upRef.current, downRef.current] : [downRef.current, upRef.current];
    (first && !first.disabled ? first : second)?.focus();
  }, [up, down]);

  function move(position: number, which: "up" | "down") {
    if (pending) return;
    setError(null);
    pressed.current = which;
    startTransition(async () => {
      const result = await action({ planId, skill, position }).catch(() => null);
      const words = failure(result, t("unreachable"));
      if (words) {
        pressed.current = null;
        setError(words);
      }
    });
  }

  return (
    <span className="no-print inline-flex flex-col gap-1">
      <span className="inline-flex gap-1" aria-busy={pending}>
        <button ref={upRef} type="button" className="btn min-h-9 px-2 py-1 text-sm" aria-label={upLabel} disabled={up === null} onClick={() => up !== null && move(up, "up")}>
          <span aria-hidden="true">↑ </span>
          {upText}
        </button>
        <button ref={downRef} type="button" className="btn min-h-9 px-2 py-1 text-sm" aria-label={downLabel} disabled={down === null} onClick={() => down !== null && move(down, "down")}>
          <span aria-hidden="true">↓ </span>
          {downText}
        </button>
      </span>
      {error && (
        <span role="alert" className="text-sm font-medium text-bad">
          {error}
        </span>
      )}
    </span>
  );
}
