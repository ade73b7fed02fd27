import { describe, expect, it } from "vitest";
import { changeSize, isEmpty, mergeChanges, SaveError } from "./save-queue";

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
