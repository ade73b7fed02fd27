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
