import http from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { readTwice, SOURCE } from "./kept-pages";
import { clientIp, expect, registerUser, signIn, test } from "./fixtures";

/*
 * Pages kept by the server (the prebuilt public pages, kept share pages and dashboards) are
 * compressed once and sent so to browsers (lib/http/precoded.ts), rather than compressed by Next
 * on every request. These tests read the raw bytes, as a browser receives them, so that a coding
 * named wrongly or applied twice would show: each copy must decode to exactly the plain page.
 */

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A GET whose body is not decoded on the way (Playwright's request context would decode it). */
function rawGet(baseURL: string, path: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(path, baseURL), { headers: { "X-Forwarded-For": clientIp(), ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

function decoded(answer: RawAnswer): string {
  const coding = answer.headers["content-encoding"];
  if (coding === "br") return brotliDecompressSync(answer.body).toString("utf8");
  if (coding === "gzip") return gunzipSync(answer.body).toString("utf8");
  expect(coding, "no other coding is ever sent").toBeUndefined();
  return answer.body.toString("utf8");
}

const BROWSER = "gzip, deflate, br, zstd";

test("a public page is sent to a browser as one compressed copy of the page, in its own language, with its own validator", async ({ baseURL }) => {
  // Sent by the front (docs/decisions/0019), and by the proxy for an address with another query.
  const pages = [["/", "en"], ["/roles/ml-engineer", "en"], ["/roles/ml-engineer", "ko"], ["/?utm_source=mail", "en"], ["/roles/ml-engineer?utm_source=mail", "ko"]] as const;
  for (const [path, language] of pages) {
    const as = (acceptEncoding: string | null, extra: Record<string, string> = {}) =>
      rawGet(baseURL!, path, { "Accept-Language": language, ...(acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {}), ...extra });
    const plain = await as(null);
    expect(plain.status, path).toBe(200);
    expect(plain.headers["content-encoding"], path).toBeUndefined();
    expect(plain.headers[SOURCE], path).toBe(path.includes("?") ? undefined : "file");
    const page = plain.body.toString("utf8");
    expect(page, path).toContain(`<html lang="${language}"`);

    const gzip = await as("gzip");
    expect(gzip.headers["content-encoding"], path).toBe("gzip");
    // The brotli copy is made in the background the first time a page is read; gzip until then.
    await expect.poll(async () => (await as(BROWSER)).headers["content-encoding"], { message: path }).toBe("br");
    const br = await as(BROWSER);
    for (const copy of [gzip, br]) {
      expect(decoded(copy), path).toBe(page);
      expect(copy.body.byteLength, path).toBeLessThan(plain.body.byteLength / 3);
      expect(copy.headers["vary"], path).toContain("Accept-Encoding");
    }
    expect(plain.headers["vary"], path).toContain("Accept-Encoding");

    // Each coding has its own strong validator; a tag answers 304 only for its own copy.
    const tags = [plain, gzip, br].map((answer) => answer.headers["etag"]);
    expect(new Set(tags).size, path).toBe(3);
    expect((await as(BROWSER, { "If-None-Match": br.headers["etag"]! })).status, path).toBe(304);
    expect((await as("gzip", { "If-None-Match": gzip.headers["etag"]! })).status, path).toBe(304);
    expect((await as(BROWSER, { "If-None-Match": gzip.headers["etag"]! })).status, path).toBe(200);
    // A client that refuses a coding never gets it.
    expect((await as("br;q=0, gzip;q=0")).headers["content-encoding"], path).toBeUndefined();
  }
});

test("a kept share page is sent compressed to a browser and plain to a script, the same page either way", async ({ request, baseURL, playwright }) => {
  const owner = await registerUser(request);
  await signIn(request, owner);
  await request.put("/api/v1/me/assessment", { data: { assessment: { statistics: 4, python: 2 } } });
  const { plan } = await (await request.post("/api/v1/me/plans", { data: { target: "ml-engineer", hoursPerWeek: 10 } })).json();
  const link = await (await request.post(`/api/v1/me/plans/${plan.id}/share-links`, { data: {} })).json();
  const path = new URL(link.url).pathname;

  // Kept first, through the usual reader, so the raw reads below are all of the kept page.
  const mentor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": clientIp(), "Accept-Language": "en" } });
  const html = await readTwice(() => mentor.get(path));
  await mentor.dispose();

  const zipped = await rawGet(baseURL!, path, { "Accept-Language": "en", "Accept-Encoding": BROWSER });
  expect(zipped.headers[SOURCE]).toBe("kept");
  expect(zipped.headers["content-encoding"]).toBe("gzip");
  // Our copy, not Next compressing the page on the way: ours is gzip level 9, whose header says so
  // in its XFL byte (2); Next's default level writes 0 there.
  expect(zipped.body[8]).toBe(2);
  expect(zipped.headers["vary"]).toContain("Accept-Encoding");
  expect(decoded(zipped)).toBe(html);
  const plain = await rawGet(baseURL!, path, { "Accept-Language": "en" });
  expect(plain.headers[SOURCE]).toBe("kept");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body.toString("utf8")).toBe(html);
});
