import http from "node:http";
import { describe, expect, it } from "vitest";
import { encodedCopies } from "./encoded-copies";
import { CODING_HEADER, installPrecodedBodies, precodedAnswer } from "./precoded";

const copies = encodedCopies(new TextEncoder().encode("<p>a page</p>".repeat(200)), { brotli: "none" });
const response = () => new http.ServerResponse(new http.IncomingMessage(null as never));

describe("precoded bodies", () => {
  it("sends the plain copy while the server cannot name a coding", () => {
    // Runs first: nothing in this file has installed the patch yet.
    const answer = precodedAnswer(copies, "gzip, br");
    expect(answer.coding).toBeNull();
    expect(answer.body).toBe(copies.identity);
    expect(answer.headers).toEqual({});
  });

  it("once installed, names the compressed copy's coding and turns the name into Content-Encoding", () => {
    installPrecodedBodies();
    const answer = precodedAnswer(copies, "gzip, br");
    expect(answer).toMatchObject({ coding: "gzip", body: copies.gzip, headers: { [CODING_HEADER]: "gzip" } });
    for (const write of ["setHeader", "appendHeader"] as const) {
      const res = response();
      res[write](CODING_HEADER, "gzip");
      expect(res.getHeader("content-encoding"), write).toBe("gzip");
      expect(res.getHeader(CODING_HEADER), write).toBeUndefined();
    }
  });

  it("turns nothing else into Content-Encoding, and leaves other headers alone", () => {
    installPrecodedBodies();
    const res = response();
    res.setHeader(CODING_HEADER, "compress");
    res.appendHeader(CODING_HEADER, "br, gzip");
    expect(res.getHeader("content-encoding")).toBeUndefined();
    res.setHeader("Content-Type", "text/html");
    res.appendHeader("Set-Cookie", "a=b");
    expect(res.getHeader("content-type")).toBe("text/html");
    res.appendHeader("Set-Cookie", "c=d");
    expect(res.getHeader("set-cookie")).toEqual(["a=b", "c=d"]);
  });
});
