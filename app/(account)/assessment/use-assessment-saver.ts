import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { applyChange, changeSize, emptyChange, isEmpty, mergeChanges, putAssessment, SaveError, type Change } from "./save-queue";
import type { AssessmentState } from "./types";

const KEY = ["me", "assessment"] as const;
const MAX_RETRIES = 3;
/** A burst of clicks or arrow keys goes out as one request; typing waits for a pause. */
const LEVEL_DELAY_MS = 250;
const NOTE_DELAY_MS = 700;

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving"; retrying: boolean; offline: boolean }
  | { kind: "saved" }
  /** `httpStatus` null: the server was not reached; the page words that case itself. */
  | { kind: "error"; message: string | null; httpStatus: number | null; unsaved: number };

async function fetchAssessment(): Promise<AssessmentState> {
  const response = await fetch("/api/v1/me/assessment");
  if (!response.ok) throw new SaveError(`The server answered ${response.status}.`, response.status);
  return response.json();
}

/**
 * The assessment in React Query's cache, edited optimistically. Edits wait in a queue and go out
 * one request at a time; a request that fails after its retries goes back into the queue, so no
 * edit is lost, and the next edit or "Try again" sends it along with anything newer.
 */
export function useAssessmentSaver(initial: AssessmentState) {
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: KEY, queryFn: fetchAssessment, initialData: initial });
  const queue = useRef<Change>(emptyChange());
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [queued, setQueued] = useState(0);
  /** An edit waits for its debounce: a send is coming, so the page must not still say "Not saved". */
  const [sendScheduled, setSendScheduled] = useState(false);
  const [everSaved, setEverSaved] = useState(false);

  const mutation = useMutation({
    mutationFn: putAssessment,
    retry: (failures, error) => failures < MAX_RETRIES && error instanceof SaveError && error.retryable,
    retryDelay: (attempt) => 500 * 2 ** attempt,
    onSuccess: (saved) => {
      // The server's merge is the truth, except for edits made while this request was out.
      queryClient.setQueryData<AssessmentState>(KEY, applyChange(saved, queue.current));
      setEverSaved(true);
    },
    onError: (_error, batch) => {
      queue.current = mergeChanges(batch, queue.current);
      setQueued(changeSize(queue.current));
    },
  });
  const { mutate } = mutation;

  const flush = useCallback(
    function send() {
      clearTimeout(timer.current);
      setSendScheduled(false);
      if (inFlight.current || isEmpty(queue.current)) return;
      const batch = queue.current;
      queue.current = emptyChange();
      setQueued(0);
      inFlight.current = true;
      mutate(batch, {
        onSettled: (_data, error) => {
          inFlight.current = false;
          // After a final failure the queue waits for the person; otherwise newer edits go out now.
          if (!error) send();
        },
      });
    },
    [mutate],
  );

  const edit = useCallback(
    (change: Change, delay: number) => {
      queryClient.setQueryData<AssessmentState>(KEY, (old) => applyChange(old ?? initial, change));
      queue.current = mergeChanges(queue.current, change);
      setQueued(changeSize(queue.current));
      clearTimeout(timer.current);
      setSendScheduled(true);
      timer.current = setTimeout(flush, delay);
    },
    [queryClient, initial, flush],
  );

  const setLevel = useCallback((skill: string, level: number) => edit({ assessment: { [skill]: level }, notes: {} }, LEVEL_DELAY_MS), [edit]);
  const setNote = useCallback((skill: string, note: string) => edit({ assessment: {}, notes: { [skill]: note } }, NOTE_DELAY_MS), [edit]);

  const unsaved = queued > 0 || mutation.isPending || sendScheduled;
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
  useEffect(() => () => clearTimeout(timer.current), []);

  let status: SaveStatus;
  // "Not saved" only once the last attempt has failed and nothing is about to be sent: between an
  // edit and its debounced send the old error would otherwise still show, and a person (or a test)
  // acting on it would race the send that is already coming.
  if (mutation.isError && queued > 0 && !mutation.isPending && !sendScheduled) {
    const error = mutation.error;
    status =
      error instanceof SaveError
        ? { kind: "error", message: error.message, httpStatus: error.status, unsaved: queued }
        : { kind: "error", message: null, httpStatus: 0, unsaved: queued };
  } else if (unsaved) {
    status = { kind: "saving", retrying: mutation.failureCount > 0, offline: mutation.isPaused };
  } else {
    status = everSaved ? { kind: "saved" } : { kind: "idle" };
  }

  return { data, setLevel, setNote, flush, status };
}
