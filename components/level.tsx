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

export function LevelBadge({ level, className = "" }: { level: number; className?: string }) {
  const t = useTranslations("common");
  return (
    <span className={`level-badge level-${level >= 0 && level <= 4 ? level : 0}${className ? ` ${className}` : ""}`}>{levelLabel(t, level)}</span>
  );
}

export function WeightBadge({ weight }: { weight: number }) {
  const t = useTranslations("common");
  return (
    <span className={`weight-badge weight-${weight >= 1 && weight <= 3 ? weight : 1}`}>
      {weightLabel(t, weight)}
    </span>
  );
}
