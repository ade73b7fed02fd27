import { useCallback, useEffect, useState } from "react";
import { applyChange, SaveError, sendWithRetries, type Change, type SendHooks } from "./save-queue";
import { Saver } from "./saver";
import type { AssessmentState } from "./types";

/** A burst of clicks or arrow keys goes out as one request; typing waits for a pause. */
const LEVEL_DELAY_MS = 250;
const NOTE_DELAY_MS = 700;

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving"; retrying: boolean; offline: boolean }
  | { kind: "saved" }
  /** `httpStatus` null: the server was not reached; the page words that case itself. */
  | { kind: "error"; message: string | null; httpStatus: number | null; unsaved: number };

/** The request in flight, or the last one's outcome. */
interface Sending {
  pending: boolean;
  paused: boolean;
  failures: number;
  error: unknown;
}
const NOT_SENDING: Sending = { pending: false, paused: false, failures: 0, error: null };

/** Resolves when `ready()` holds, at the next of the given events; null when it holds already. */
function until(ready: () => boolean): Promise<void> | null {
  if (ready()) return null;
  return new Promise((resolve) => {
    const check = () => {
      if (!ready()) return;
      window.removeEventListener("online", check);
      document.removeEventListener("visibilitychange", check);
      resolve();
    };
    window.addEventListener("online", check);
    document.addEventListener("visibilitychange", check);
  });
}

const online = () => navigator.onLine;
const BROWSER: Omit<SendHooks, "onPause" | "onFailure"> = {
  whenOnline: () => until(online),
  whenRetryable: () => until(() => online() && document.visibilityState !== "hidden"),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * The assessment, edited optimistically. Edits wait in a queue and go out one request at a time;
 * a request that fails after its retries goes back into the queue, so no edit is lost, and the
 * next edit or "Try again" sends it along with anything newer (the queue itself is ./saver.ts;
 * this hook mirrors it into state for the page). Plain React state rather than a
 * query cache: the page arrives with the saved assessment and never refetches it, and leaving the
 * cache library out keeps the page's own JavaScript within its budget (issue 18).
 */
export function useAssessmentSaver(initial: AssessmentState) {
  const [data, setData] = useState(initial);
  const [sending, setSending] = useState<Sending>(NOT_SENDING);
  const [queued, setQueued] = useState(0);
  /** An edit waits for its debounce: a send is coming, so the page must not still say "Not saved". */
  const [sendScheduled, setSendScheduled] = useState(false);
  const [everSaved, setEverSaved] = useState(false);
  // One queue for the page's life; it only calls React's setters, which never change.
  const [saver] = useState(
    () =>
      new Saver(
        (batch) =>
          sendWithRetries(batch, {
            ...BROWSER,
            onPause: (paused) => setSending((s) => ({ ...s, paused })),
            onFailure: (failures) => setSending((s) => ({ ...s, failures })),
          }),
        {
          queued: setQueued,
          scheduled: setSendScheduled,
          sending: () => setSending({ ...NOT_SENDING, pending: true }),
          saved: (state) => {
            setData(state);
            setEverSaved(true);
            setSending(NOT_SENDING);
          },
          failed: (error) => setSending((s) => ({ pending: false, paused: false, failures: s.failures + 1, error })),
        },
      ),
  );

  /** Sends what waits now; resolves true once everything is saved, false if the save failed. */
  const flush = useCallback(() => saver.flush(), [saver]);

  const edit = useCallback(
    (change: Change, delay: number) => {
      setData((old) => applyChange(old, change));
      saver.edit(change, delay);
    },
    [saver],
  );

  const setLevel = useCallback((skill: string, level: number) => edit({ assessment: { [skill]: level }, notes: {} }, LEVEL_DELAY_MS), [edit]);
  const setNote = useCallback((skill: string, note: string) => edit({ assessment: {}, notes: { [skill]: note } }, NOTE_DELAY_MS), [edit]);

  const unsaved = queued > 0 || sending.pending || sendScheduled;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
  useEffect(() => () => saver.dispose(), [saver]);

  let status: SaveStatus;
  // "Not saved" only once the last attempt has failed and nothing is about to be sent: between an
  // edit and its debounced send the old error would otherwise still show, and a person (or a test)
  // acting on it would race the send that is already coming.
  if (sending.error !== null && queued > 0 && !sending.pending && !sendScheduled) {
    const error = sending.error;
    status =
      error instanceof SaveError
        ? { kind: "error", message: error.message, httpStatus: error.status, unsaved: queued }
        : { kind: "error", message: null, httpStatus: 0, unsaved: queued };
  } else if (unsaved) {
    status = { kind: "saving", retrying: sending.failures > 0, offline: sending.paused };
  } else {
    status = everSaved ? { kind: "saved" } : { kind: "idle" };
  }

  return { data, setLevel, setNote, flush, status };
}
