export const ALIASES: Readonly<Record<string, readonly string[]>> = {};
