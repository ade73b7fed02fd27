import { handlers, signInBlocked } from "@/lib/auth/config";
import { emailSchema } from "@/lib/schemas/account";
import { errorResponse, HttpError, tooManyRequests } from "@/lib/http/errors";

/**
 * Auth.js answers a callbackUrl it refuses (say `javascript:…`) with a 500 page; that is bad
 * input, so it gets a 400 here before Auth.js sees it. Relative paths and this origin pass.
 */
function badCallbackUrl(request: Request, value: FormDataEntryValue | null | undefined): boolean {
  if (typeof value !== "string") return false;
  if (value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")) return false;
  try {
    return new URL(value).origin !== new URL(request.url).origin;
  } catch {
    return true;
  }
}

const refused = () => errorResponse(new HttpError("bad_request", "callbackUrl must be a path on this site."));

export async function GET(request: Request) {
  if (badCallbackUrl(request, new URL(request.url).searchParams.get("callbackUrl"))) return refused();
  return handlers.GET(request as never);
}

/**
 * Auth.js answers a refused sign-in with a redirect; a client over its limit gets a real 429 with
 * Retry-After before any password work is done.
 */
export async function POST(request: Request) {
  const { pathname, searchParams } = new URL(request.url);
  if (badCallbackUrl(request, searchParams.get("callbackUrl"))) return refused();
  if (pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    if (badCallbackUrl(request, form?.get("callbackUrl"))) return refused();
    const email = emailSchema.safeParse(form?.get("email"));
    const blocked = await signInBlocked(email.success ? email.data : "", request.headers);
    if (blocked) return errorResponse(tooManyRequests(blocked.retryAfter));
  }
  return handlers.POST(request as never);
}
