import { openApiDocument } from "@/lib/api/openapi/document";
import { publicRoute } from "@/lib/http/handler";

/**
 * The same for everyone and fixed for the life of a build: shared caches may keep it a few
 * minutes, and a client that has it already gets a 304. Any origin may read it (no credentials
 * are involved), so API tools in a browser can load it.
 */
const HEADERS = {
  "Cache-Control": "public, max-age=300",
  "Access-Control-Allow-Origin": "*",
};

export const GET = publicRoute(async ({ request }) => {
  const { text, etag } = openApiDocument();
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: { ...HEADERS, ETag: etag } });
  return new Response(text, { headers: { ...HEADERS, ETag: etag, "Content-Type": "application/json; charset=utf-8" } });
});
