import { useTranslations } from "next-intl";

type CommonT = ReturnType<typeof useTranslations<"common">>;

/** "3 · practitioner": the number for people who compare, the word for people who read. */
export function levelLabel(t: CommonT, level: number): string {
  return t("levelLabel", { level, name: levelName(t, level) });
}

export function levelName(t: CommonT, level: number): string {
  return level >= 0 && level <= 4 ? t(`levels.${level as 0 | 1 | 2 | 3 | 4}`) : String(level);
}

export function weightLabel(t: CommonT, weight: number): string {
  return weight >= 1 && weight <= 3 ? t(`weights.${weight as 1 | 2 | 3}`) : t("weightUnknown");
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
  const t = useTranslations("common");
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${TINTS[level] ?? TINTS[0]} ${className}`}
    >
      {levelLabel(t, level)}
    </span>
  );
}

const WEIGHT_TINTS: Readonly<Record<number, string>> = {
  3: "bg-ink text-white",
  2: "bg-wash text-ink border border-line",
  1: "bg-paper text-muted border border-line",
};

export function WeightBadge({ weight }: { weight: number }) {
  const t = useTranslations("common");
  return (
    <span className={`inline-flex items-center whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium ${WEIGHT_TINTS[weight] ?? WEIGHT_TINTS[1]}`}>
      {weightLabel(t, weight)}
    </span>
  );
}
