import "server-only";
import { liveResetToken, passwordAccountByEmail, passwordHashOf, replacePassword, resetWithToken, storeResetToken } from "@/db/queries/passwords";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePasswordSchema, resetPasswordSchema, resetRequestSchema } from "@/lib/schemas/account";
import { parseWith } from "@/lib/http/body";
import { HttpError, notFound, tooManyRequests } from "@/lib/http/errors";
import { mailableOrigin } from "@/lib/http/public-url";
import { sendMail } from "@/lib/mail/send";
import { clientKey, limits } from "@/lib/rate-limit";
import { hashShareToken, looksLikeShareToken, newShareToken } from "@/lib/share/token";

/** How long a reset link works (ASVS 6.4.1 asks for a short life; the issue fixes 30 minutes). */
export const RESET_TOKEN_MINUTES = 30;

/**
 * Changes the password of a signed-in user who proves the current one; every other session ends,
 * the one making the change stays. The attempt counts before the hash is checked.
 */
export async function changePassword(userId: string, keepSession: string | null, input: unknown): Promise<void> {
  const { currentPassword, newPassword } = parseWith(changePasswordSchema, input);
  const verdict = await limits.passwordCheckPerAccount.consume(userId);
  if (!verdict.ok) throw tooManyRequests(verdict.retryAfter);
  const stored = await passwordHashOf(userId);
  if (!stored) throw new HttpError("forbidden", "This account signs in without a password.");
  if (!(await verifyPassword(currentPassword, stored))) throw new HttpError("forbidden", "The current password is wrong.");
  await limits.passwordCheckPerAccount.refund(userId);
  await replacePassword(userId, await hashPassword(newPassword), keepSession ?? undefined);
}

function resetMail(origin: string, token: string, locale: "en" | "ko") {
  const link = `${origin}/reset-password/${token}`;
  return locale === "ko"
    ? {
        subject: "Waypoint 비밀번호 재설정",
        text: `아래 링크에서 새 비밀번호를 정하세요. 링크는 ${RESET_TOKEN_MINUTES}분 동안 한 번만 쓸 수 있습니다.\n\n${link}\n\n요청하지 않았다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.`,
      }
    : {
        subject: "Reset your Waypoint password",
        text: `Choose a new password at this link. It works once, for ${RESET_TOKEN_MINUTES} minutes.\n\n${link}\n\nIf you did not ask for this, ignore this message: your password stays as it is.`,
      };
}

/**
 * Mails a single-use reset link when the address belongs to a password account. The answer is the
 * same either way, and the mail goes out after the answer, so neither its words nor its timing
 * tell whether the account exists. Only the token's SHA-256 is stored.
 */
export async function requestPasswordReset(input: unknown, headers: Headers, locale: "en" | "ko" = "en"): Promise<void> {
  const perClient = await limits.resetRequestPerClient.consume(clientKey(headers));
  if (!perClient.ok) throw tooManyRequests(perClient.retryAfter);
  const { email } = parseWith(resetRequestSchema, input);
  // Over the per-address limit nothing is sent, but the answer stays the same.
  if (!(await limits.resetRequestPerEmail.consume(email)).ok) return;
  const account = await passwordAccountByEmail(email);
  if (!account) return;
  const origin = mailableOrigin(headers);
  if (!origin) {
    console.error("[mail] password reset not sent: set WAYPOINT_PUBLIC_URL so links do not trust the Host header");
    return;
  }
  const token = newShareToken();
  await storeResetToken(account.id, hashShareToken(token), new Date(Date.now() + RESET_TOKEN_MINUTES * 60_000));
  void sendMail({ to: account.email, ...resetMail(origin, token, locale) }).catch((error: unknown) =>
    console.error("[mail] password reset mail failed:", error instanceof Error ? error.message : error),
  );
}

/** Whether a reset link still works (for the page; it does not use the token up). */
export async function resetTokenIsLive(token: string): Promise<boolean> {
  return looksLikeShareToken(token) && Boolean(await liveResetToken(hashShareToken(token)));
}

/** Sets a new password with a reset token, once; every session of the user ends. */
export async function resetPassword(token: string, input: unknown, headers: Headers): Promise<void> {
  const verdict = await limits.resetUsePerClient.consume(clientKey(headers));
  if (!verdict.ok) throw tooManyRequests(verdict.retryAfter);
  const gone = () => notFound("This reset link is unknown, used or expired.");
  if (!(await resetTokenIsLive(token))) throw gone();
  const { newPassword } = parseWith(resetPasswordSchema, input);
  if (!(await resetWithToken(hashShareToken(token), await hashPassword(newPassword)))) throw gone();
}
