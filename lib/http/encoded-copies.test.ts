import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import { codedETag, copiesSize, encodedCopies, representationFor } from "./encoded-copies";

const page = new TextEncoder().encode(`<!DOCTYPE html><html lang="en">${"<p>Roles and skills</p>".repeat(400)}</html>`);
const BROWSER = "gzip, deflate, br, zstd";

describe("encodedCopies", () => {
  it("keeps a gzip copy that decodes to the page, smaller than it", () => {
    const copies = encodedCopies(page, { brotli: "none" });
    expect(copies.gzip.byteLength).toBeLessThan(page.byteLength / 5);
    expect(new Uint8Array(gunzipSync(copies.gzip))).toEqual(page);
    expect(copies.br).toBeNull();
  });

  it("sends gzip to a browser until the brotli copy is made, then brotli", async () => {
    const copies = encodedCopies(page, { brotli: "background" });
    expect(representationFor(copies, BROWSER).coding).toBe("gzip");
    await vi.waitFor(() => expect(copies.br).not.toBeNull());
    const sent = representationFor(copies, BROWSER);
    expect(sent.coding).toBe("br");
    expect(new Uint8Array(brotliDecompressSync(sent.body))).toEqual(page);
    expect(copiesSize(copies)).toBe(page.byteLength + copies.gzip.byteLength + copies.br!.byteLength);
  });

  it("sends the page as it is to a client that takes no compression", () => {
    const copies = encodedCopies(page, { brotli: "none" });
    expect(representationFor(copies, null)).toEqual({ body: page, coding: null });
    expect(representationFor(copies, "identity")).toEqual({ body: page, coding: null });
    expect(representationFor(copies, "br")).toEqual({ body: page, coding: null });
  });
});

describe("codedETag", () => {
  it("gives each coding its own strong tag and leaves the plain page's alone", () => {
    expect(codedETag('"abc"', null)).toBe('"abc"');
    expect(codedETag('"abc"', "gzip")).toBe('"abc-gzip"');
    expect(codedETag('"abc"', "br")).toBe('"abc-br"');
  });
});
