import type { AssessmentState } from "./types";

/** Edits not yet confirmed by the server; later edits of the same skill replace earlier ones. */
export type Change = AssessmentState;

export const emptyChange = (): Change => ({ assessment: {}, notes: {} });

export const isEmpty = (change: Change) =>
  Object.keys(change.assessment).length === 0 && Object.keys(change.notes).length === 0;

export const changeSize = (change: Change) =>
  new Set([...Object.keys(change.assessment), ...Object.keys(change.notes)]).size;

/** `newer` wins over `older`, so a failed batch put back under fresh edits never overwrites them. */
export function mergeChanges(older: Change, newer: Change): Change {
  return { assessment: { ...older.assessment, ...newer.assessment }, notes: { ...older.notes, ...newer.notes } };
}

export function applyChange(state: AssessmentState, change: Change): AssessmentState {
  return mergeChanges(state, change);
}

export class SaveError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }

  /** Network failures, server errors and rate limits may pass; a refused body or a lost session will not. */
  get retryable(): boolean {
    return this.status === null || this.status >= 500 || this.status === 429;
  }
}

export async function putAssessment(change: Change): Promise<AssessmentState> {
  const body = {
    ...(Object.keys(change.assessment).length > 0 && { assessment: change.assessment }),
    ...(Object.keys(change.notes).length > 0 && { notes: change.notes }),
  };
  let response: Response;
  try {
    response = await fetch("/api/v1/me/assessment", {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new SaveError("We could not reach the server.", null);
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    const message =
      response.status === 401
        ? "You are signed out. Sign in again in another tab, then try again."
        : (problem?.error?.message ?? `The server answered ${response.status}.`);
    throw new SaveError(message, response.status);
  }
  const saved = (await response.json()) as AssessmentState;
  return { assessment: saved.assessment ?? {}, notes: saved.notes ?? {} };
}

/** A request that fails for a passing reason is tried again this many times, after a growing pause. */
export const MAX_RETRIES = 3;
export const retryDelayMs = (failures: number) => 500 * 2 ** failures;

export interface SendHooks {
  /** Resolves once a request may go out (the browser is online), at once when it may already. */
  whenOnline(): Promise<void> | null;
  /** Resolves once a retry may go out (online, and the page is not hidden), at once when it may already. */
  whenRetryable(): Promise<void> | null;
  sleep(ms: number): Promise<void>;
  /** Waiting for the network (or the page to be shown again): the page says "offline". */
  onPause(paused: boolean): void;
  onFailure(failures: number): void;
}

/**
 * One batch to the server: up to MAX_RETRIES more tries after a failure that may pass (network,
 * 5xx, 429), waiting 0.5, 1, 2 s between them, and while the browser is offline or the page hidden.
 * Resolves with the server's merge; rejects with the last error.
 */
export async function sendWithRetries(change: Change, hooks: SendHooks, put: (change: Change) => Promise<AssessmentState> = putAssessment): Promise<AssessmentState> {
  await waitFor(hooks.whenOnline(), hooks);
  for (let failures = 0; ; ) {
    try {
      return await put(change);
    } catch (error) {
      if (!(failures < MAX_RETRIES && error instanceof SaveError && error.retryable)) throw error;
      const delay = retryDelayMs(failures);
      hooks.onFailure(++failures);
      await hooks.sleep(delay);
      await waitFor(hooks.whenRetryable(), hooks);
    }
  }
}

async function waitFor(ready: Promise<void> | null, hooks: SendHooks) {
  if (!ready) return;
  hooks.onPause(true);
  await ready;
  hooks.onPause(false);
}
