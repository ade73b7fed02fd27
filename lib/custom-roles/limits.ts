/**
 * Bounds of a custom role, shared by the validation schemas and the editor (which must not
 * bundle zod or the catalog just to know them).
 */
export const POSTING_MAX_CHARS = 20_000;
export const ROLE_NAME_MAX = 80;
export const ROLE_MAX_SKILLS = 40;
export const EVIDENCE_MAX = 200;
/** Enough for anyone comparing many postings; a cap keeps one account from filling the disk. */
export const MAX_ROLES_PER_USER = 50;
