export const LEVEL_WORDS = ["none", "awareness", "working", "practitioner", "expert"] as const;
