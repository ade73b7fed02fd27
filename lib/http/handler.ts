import "server-only";
import { currentUser, type PublicUser } from "@/lib/auth/session";
import { errorResponse, HttpError } from "./errors";
import { nulPath } from "./nul";
import { foreignOrigin, type ForeignReason } from "./origin";

type RouteParams = Record<string, string | string[] | undefined>;

interface Context<P> {
  request: Request;
  params: P;
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

const FOREIGN_MESSAGES: Record<ForeignReason, string> = {
  "cross-site": "Cross-site requests are not allowed.",
  "null-origin": "Cross-origin requests are not allowed.",
  "malformed-origin": "The Origin header is malformed.",
  "other-origin": "Cross-origin requests are not allowed.",
};

/** An unsafe request from a foreign page is refused outright (lib/http/origin.ts says how it is told). */
function assertSameOrigin(request: Request): void {
  if (!UNSAFE.has(request.method)) return;
  const foreign = foreignOrigin(request.headers);
  if (foreign) throw new HttpError("forbidden", FOREIGN_MESSAGES[foreign]);
}

/** A path segment holding NUL names nothing (no id, slug or token has one, and PostgreSQL cannot store it). */
function plainParams<P extends RouteParams>(params: P): P {
  if (nulPath(params)) throw new HttpError("not_found", "Not found.");
  return params;
}

async function run(work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError) return errorResponse(error);
    // Never echo internals: the log keeps the detail, the client gets a plain message.
    console.error("[api] unhandled error", error);
    return errorResponse(new HttpError("internal", "Something went wrong on our side."));
  }
}

function withHeaders(response: Response, headers?: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers ?? {})) response.headers.set(name, value);
  return response;
}

/** A route anyone may call; `headers` go on every answer, errors included. */
export function publicRoute<P extends RouteParams = RouteParams>(
  handler: (ctx: Context<P>) => Promise<Response>,
  options: { headers?: Record<string, string> } = {},
) {
  return async (request: Request, segment: { params: Promise<P> }) =>
    withHeaders(
      await run(async () => {
        assertSameOrigin(request);
        return handler({ request, params: plainParams(await segment.params) });
      }),
      options.headers,
    );
}

/** A route for the signed-in user: nobody can write one that forgets the session check. */
export function userRoute<P extends RouteParams = RouteParams>(
  handler: (ctx: Context<P> & { user: PublicUser }) => Promise<Response>,
) {
  return (request: Request, segment: { params: Promise<P> }) =>
    run(async () => {
      assertSameOrigin(request);
      const user = await currentUser();
      if (!user) throw new HttpError("unauthorized", "Sign in to use this endpoint.");
      return handler({ request, params: plainParams(await segment.params), user });
    });
}

export function json(data: unknown, status = 200, headers?: Record<string, string>): Response {
  return Response.json(data, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function noContent(): Response {
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
