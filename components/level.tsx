/** Level words, index = level (0..4), as in the API contract. */
export const LEVEL_NAMES = ["none", "awareness", "working", "practitioner", "expert"] as const;

/** Weight words by weight (1..3), as in the API contract. */
export const WEIGHT_NAMES: Readonly<Record<1 | 2 | 3, string>> = { 1: "nice to have", 2: "important", 3: "core" };

/** "3 · practitioner": the number for people who compare, the word for people who read. */
export function levelLabel(level: number): string {
  return `${level} · ${LEVEL_NAMES[level] ?? "unknown"}`;
}

export function weightLabel(weight: number): string {
  return WEIGHT_NAMES[weight as 1 | 2 | 3] ?? "not listed";
}

// Each level gets a deeper tint so a column of badges reads at a glance; text stays dark on
// light so every step keeps AA contrast.
const TINTS = [
  "border-line bg-paper text-muted",
  "border-line bg-wash text-ink",
  "border-brand-soft bg-brand-soft text-brand-dark",
  "border-brand bg-brand-soft text-brand-dark",
  "border-brand-dark bg-brand-dark text-white",
] as const;

export function LevelBadge({ level, className = "" }: { level: number; className?: string }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${TINTS[level] ?? TINTS[0]} ${className}`}
    >
      {levelLabel(level)}
    </span>
  );
}

const WEIGHT_TINTS: Readonly<Record<number, string>> = {
  3: "bg-ink text-white",
  2: "bg-wash text-ink border border-line",
  1: "bg-paper text-muted border border-line",
};

export function WeightBadge({ weight }: { weight: number }) {
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${WEIGHT_TINTS[weight] ?? WEIGHT_TINTS[1]}`}>
      {weightLabel(weight)}
    </span>
  );
}
