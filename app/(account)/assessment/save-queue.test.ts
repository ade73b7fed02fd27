import { describe, expect, it } from "vitest";
import { changeSize, isEmpty, mergeChanges, SaveError, sendWithRetries } from "./save-queue";

describe("save queue", () => {
  it("keeps the newer edit of a skill when a failed batch is put back", () => {
    const failed = { assessment: { python: 2, sql: 1 }, notes: { sql: "old" } };
    const newer = { assessment: { python: 3 }, notes: {} };
    expect(mergeChanges(failed, newer)).toEqual({ assessment: { python: 3, sql: 1 }, notes: { sql: "old" } });
  });

  it("counts a skill with a level and a note once", () => {
    expect(changeSize({ assessment: { sql: 1 }, notes: { sql: "x", python: "" } })).toBe(2);
    expect(isEmpty({ assessment: {}, notes: {} })).toBe(true);
  });

  it("retries only what may pass on a second try", () => {
    expect(new SaveError("offline", null).retryable).toBe(true);
    expect(new SaveError("busy", 503).retryable).toBe(true);
    expect(new SaveError("bad", 400).retryable).toBe(false);
    expect(new SaveError("signed out", 401).retryable).toBe(false);
  });
});

describe("sending a batch", () => {
  const batch = { assessment: { sql: 2 }, notes: {} };
  const saved = { assessment: { sql: 2 }, notes: {} };
  function hooks(online = true) {
    const log = { delays: [] as number[], failures: [] as number[], pauses: [] as boolean[] };
    let goOnline: () => void = () => {};
    const whenOnline = () => (online ? null : new Promise<void>((resolve) => (goOnline = () => ((online = true), resolve()))));
    return {
      log,
      goOnline: () => goOnline(),
      hooks: {
        whenOnline,
        whenRetryable: whenOnline,
        sleep: async (ms: number) => void log.delays.push(ms),
        onPause: (paused: boolean) => log.pauses.push(paused),
        onFailure: (failures: number) => log.failures.push(failures),
      },
    };
  }
  const failing = (statuses: (number | null)[]) => {
    const calls: number[] = [];
    const put = async () => {
      calls.push(calls.length);
      const status = statuses[calls.length - 1];
      if (status === undefined) return saved;
      throw new SaveError("no", status);
    };
    return { calls, put };
  };

  it("tries a passing failure three more times, waiting longer each time", async () => {
    const { log, hooks: h } = hooks();
    const { calls, put } = failing([503, null, 429]);
    await expect(sendWithRetries(batch, h, put)).resolves.toEqual(saved);
    expect(calls).toHaveLength(4);
    expect(log.delays).toEqual([500, 1000, 2000]);
    expect(log.failures).toEqual([1, 2, 3]);
  });

  it("gives up after the fourth failure, and at once on a refusal", async () => {
    const gone = failing([503, 503, 503, 503]);
    await expect(sendWithRetries(batch, hooks().hooks, gone.put)).rejects.toMatchObject({ status: 503 });
    expect(gone.calls).toHaveLength(4);
    const refused = failing([400]);
    await expect(sendWithRetries(batch, hooks().hooks, refused.put)).rejects.toMatchObject({ status: 400 });
    expect(refused.calls).toHaveLength(1);
  });

  it("waits for the network before sending while offline", async () => {
    const offline = hooks(false);
    const { calls, put } = failing([]);
    const sent = sendWithRetries(batch, offline.hooks, put);
    await Promise.resolve();
    expect(calls).toHaveLength(0);
    expect(offline.log.pauses).toEqual([true]);
    offline.goOnline();
    await expect(sent).resolves.toEqual(saved);
    expect(offline.log.pauses).toEqual([true, false]);
  });
});
