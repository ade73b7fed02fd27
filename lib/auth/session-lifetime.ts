/**
 * A session ends at most this long after sign-in, however often it is used (ASVS 7.3.2): the
 * cookie's expiry and the server-side row's `expiresAt` both come from here.
 */
export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;
