import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseJsonBody, parseWith } from "./body";
import { HttpError } from "./errors";

const schema = z.object({ level: z.number() });

function streamedRequest(stream: ReadableStream<Uint8Array>): Request {
  return new Request("http://local.test/api/v1/x", { method: "POST", body: stream, duplex: "half", headers: { "content-type": "application/json" } } as RequestInit);
}

describe("parseJsonBody", () => {
  it("reads a body that arrives in pieces", async () => {
    const pieces = ['{"lev', 'el": 3}'].map((p) => new TextEncoder().encode(p));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    });
    await expect(parseJsonBody(streamedRequest(stream), schema)).resolves.toEqual({ level: 3 });
  });

  it("answers a body cut off by a client that went away as a 400, not a server error", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"level"'));
        controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
      },
    });
    const error = await parseJsonBody(streamedRequest(stream), schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).code).toBe("bad_request");
  });

  it("refuses a body over the limit whatever Content-Length says", async () => {
    const big = new TextEncoder().encode(`{"level": 1, "pad": "${"x".repeat(70 * 1024)}"}`);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(big);
        controller.close();
      },
    });
    const error = await parseJsonBody(streamedRequest(stream), schema).catch((e: unknown) => e);
    expect((error as HttpError).code).toBe("payload_too_large");
  });

  it("refuses a body that does not say it is JSON with a 415, before reading it", async () => {
    for (const headers of [{ "content-type": "text/plain" }, { "content-type": "application/x-www-form-urlencoded" }, {}] as Record<string, string>[]) {
      const request = new Request("http://local.test/api/v1/x", { method: "POST", body: '{"level":3}', headers });
      await expect(parseJsonBody(request, schema)).rejects.toMatchObject({ status: 415 });
    }
    const json = new Request("http://local.test/api/v1/x", { method: "POST", body: '{"level":3}', headers: { "content-type": "application/json; charset=utf-8" } });
    await expect(parseJsonBody(json, schema)).resolves.toEqual({ level: 3 });
  });
});

describe("parseWith", () => {
  it("refuses text holding NUL with a 400 naming the field, before the schema sees it", () => {
    const schema = z.object({ notes: z.record(z.string(), z.string()) });
    try {
      parseWith(schema, { notes: { python: "ok\u0000" } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).code).toBe("bad_request");
      expect((error as HttpError).issues?.[0]?.path).toEqual(["notes", "python"]);
    }
    expect(parseWith(schema, { notes: { python: "ok" } })).toEqual({ notes: { python: "ok" } });
  });
});
