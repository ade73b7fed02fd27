// The badges read the language and words under other names: both `use()` a promise, which React
// allows conditionally, and they are called only when this render has not read its language yet
// or a label is not formatted yet (lib/i18n/render-locale.ts says why that matters).
import { useLocale as readLocale, useTranslations as readTranslations, type useTranslations } from "next-intl";
import { renderLocale } from "@/lib/i18n/render-locale";

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

// A plan page shows three badges per item: formatting the same five labels again on every
// request was a visible cost. The words depend only on the language and the level (the message
// files never change while the process runs), so each is formatted once per process.
const badgeLabels = new Map<string, string>();

function remembered(key: string, make: () => string): string {
  let label = badgeLabels.get(key);
  if (label === undefined) {
    label = make();
    // Keys are a language and a level 0..4 or weight 1..3; the bound guards a caller passing anything else.
    if (badgeLabels.size < 64) badgeLabels.set(key, label);
  }
  return label;
}

export function LevelBadge({ level, className = "" }: { level: number; className?: string }) {
  const label = remembered(`${renderLocale() ?? readLocale()}:level:${level}`, () => levelLabel(readTranslations("common"), level));
  return <span className={`level-badge level-${level >= 0 && level <= 4 ? level : 0}${className ? ` ${className}` : ""}`}>{label}</span>;
}

export function WeightBadge({ weight }: { weight: number }) {
  return (
    <span className={`weight-badge weight-${weight >= 1 && weight <= 3 ? weight : 1}`}>
      {remembered(`${renderLocale() ?? readLocale()}:weight:${weight}`, () => weightLabel(readTranslations("common"), weight))}
    </span>
  );
}
