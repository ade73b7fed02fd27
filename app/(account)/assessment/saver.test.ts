import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Change } from "./save-queue";
import { Saver } from "./saver";
import type { AssessmentState } from "./types";

/** A server whose answers the test releases one by one, so every interleaving can be set up. */
function fakeServer() {
  const requests: { batch: Change; answer: (ok: boolean) => void }[] = [];
  let stored: AssessmentState = { assessment: {}, notes: {} };
  const send = (batch: Change) =>
    new Promise<AssessmentState>((resolve, reject) => {
      requests.push({
        batch,
        answer: (ok) => {
          if (!ok) return reject(new Error("refused"));
          stored = { assessment: { ...stored.assessment, ...batch.assessment }, notes: { ...stored.notes, ...batch.notes } };
          resolve(stored);
        },
      });
    });
  /** Answers the n-th request (from 0): saved, or refused for good. */
  const reply = (n: number, ok: boolean) => {
    const request = requests[n];
    if (!request) throw new Error(`no request ${n} was sent`);
    request.answer(ok);
  };
  const batch = (n: number) => requests[n]?.batch;
  return { send, requests, reply, batch, stored: () => stored };
}

const level = (skill: string, value: number): Change => ({ assessment: { [skill]: value }, notes: {} });

/** Lets resolved promises run their callbacks. */
const settle = () => vi.advanceTimersByTimeAsync(0);

function setUp() {
  const server = fakeServer();
  const saved: AssessmentState[] = [];
  const failures: unknown[] = [];
  const saver = new Saver(server.send, {
    queued: () => {},
    scheduled: () => {},
    sending: () => {},
    saved: (state) => saved.push(state),
    failed: (error) => failures.push(error),
  });
  return { server, saver, saved, failures };
}

/** Records when a flush promise answers, without awaiting it. */
function watch(promise: Promise<boolean>) {
  const seen: { answer: boolean | undefined } = { answer: undefined };
  void promise.then((answer) => (seen.answer = answer));
  return seen;
}

describe("Saver.flush", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends an edit still in its debounce at once and answers only once the server has saved it", async () => {
    const { server, saver } = setUp();
    saver.edit(level("python", 3), 250);
    const flushed = watch(saver.flush());
    expect(server.requests).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(flushed.answer).toBeUndefined();
    server.reply(0, true);
    await settle();
    expect(flushed.answer).toBe(true);
    expect(server.stored().assessment.python).toBe(3);
    // The debounce that was cut short sends nothing more.
    await vi.advanceTimersByTimeAsync(1_000);
    expect(server.requests).toHaveLength(1);
  });

  it("after an earlier save has settled, waits for the new edit instead of answering from the old save", async () => {
    const { server, saver } = setUp();
    saver.edit(level("python", 1), 250);
    await vi.advanceTimersByTimeAsync(250);
    server.reply(0, true);
    await settle();
    saver.edit(level("sql", 4), 250);
    const flushed = watch(saver.flush());
    await settle();
    expect(flushed.answer).toBeUndefined();
    expect(server.requests).toHaveLength(2);
    server.reply(1, true);
    await settle();
    expect(flushed.answer).toBe(true);
    expect(server.stored().assessment).toEqual({ python: 1, sql: 4 });
  });

  it("asked while the debounced send is already out, answers after it without sending twice", async () => {
    const { server, saver } = setUp();
    saver.edit(level("python", 2), 250);
    await vi.advanceTimersByTimeAsync(250);
    expect(server.requests).toHaveLength(1);
    const flushed = watch(saver.flush());
    await settle();
    expect(server.requests).toHaveLength(1);
    expect(flushed.answer).toBeUndefined();
    server.reply(0, true);
    await settle();
    expect(flushed.answer).toBe(true);
  });

  it("waits for edits that go out after the request in flight", async () => {
    const { server, saver } = setUp();
    saver.edit(level("python", 2), 250);
    await vi.advanceTimersByTimeAsync(250);
    saver.edit(level("sql", 3), 250);
    const flushed = watch(saver.flush());
    server.reply(0, true);
    await settle();
    expect(flushed.answer).toBeUndefined();
    expect(server.requests).toHaveLength(2);
    expect(server.batch(1)?.assessment).toEqual({ sql: 3 });
    server.reply(1, true);
    await settle();
    expect(flushed.answer).toBe(true);
  });

  it("answers false when the person edits again while it waits (they went on editing); the edit still goes out", async () => {
    const { server, saver } = setUp();
    saver.edit(level("python", 2), 250);
    const flushed = watch(saver.flush());
    saver.edit(level("sql", 3), 250);
    await settle();
    expect(flushed.answer).toBe(false);
    server.reply(0, true);
    await vi.advanceTimersByTimeAsync(250);
    expect(server.batch(1)?.assessment).toEqual({ sql: 3 });
  });

  it("when the page goes away, sends what waits at once and tells whoever waited not to go on", async () => {
    const { server, saver } = setUp();
    saver.edit(level("python", 2), 250);
    await vi.advanceTimersByTimeAsync(250);
    saver.edit(level("sql", 3), 700);
    const flushed = watch(saver.flush());
    saver.dispose();
    await settle();
    expect(flushed.answer).toBe(false);
    const afterLeaving = watch(saver.flush());
    await settle();
    expect(afterLeaving.answer).toBe(false);
    // Nothing edited is lost: the debounced edit goes out once the request in flight is answered.
    server.reply(0, true);
    await settle();
    expect(server.batch(1)?.assessment).toEqual({ sql: 3 });
  });

  it("answers true at once when nothing is waiting", async () => {
    const { server, saver } = setUp();
    const flushed = watch(saver.flush());
    await settle();
    expect(flushed.answer).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it("answers false when the save fails for good, keeps the edit, and a later flush sends it again", async () => {
    const { server, saver, failures, saved } = setUp();
    saver.edit(level("python", 4), 250);
    const first = watch(saver.flush());
    server.reply(0, false);
    await settle();
    expect(first.answer).toBe(false);
    expect(failures).toHaveLength(1);
    const retry = watch(saver.flush());
    expect(server.batch(1)?.assessment).toEqual({ python: 4 });
    server.reply(1, true);
    await settle();
    expect(retry.answer).toBe(true);
    expect(saved.at(-1)?.assessment).toEqual({ python: 4 });
  });

  it("without a flush, an edit goes out once its debounce has passed", async () => {
    const { server, saver } = setUp();
    saver.edit(level("python", 1), 250);
    await vi.advanceTimersByTimeAsync(249);
    expect(server.requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.requests).toHaveLength(1);
  });
});
