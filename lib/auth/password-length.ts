/**
 * The password length rule, apart from the policy that enforces it, so the new-password field can
 * show the same bounds in the browser without pulling the common-password list into the bundle.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
