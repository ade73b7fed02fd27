import { handlers, signInBlocked } from "@/lib/auth/config";
import { emailSchema } from "@/lib/auth/validation";
import { errorResponse, tooManyRequests } from "@/lib/http/errors";

export const { GET } = handlers;

/**
 * Auth.js answers a refused sign-in with a redirect; a client over its limit gets a real 429 with
 * Retry-After before any password work is done.
 */
export async function POST(request: Request) {
  const { pathname } = new URL(request.url);
  if (pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = emailSchema.safeParse(form?.get("email"));
    const blocked = signInBlocked(email.success ? email.data : "", request.headers);
    if (blocked) return errorResponse(tooManyRequests(blocked.retryAfter));
  }
  return handlers.POST(request as never);
}
