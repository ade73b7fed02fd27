import { localizedRole, skillName } from "@/lib/catalog/localize";
import { phaseMilestone, type PhaseKey } from "@/lib/engine";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import en from "@/messages/en.json";

// A custom role's stored reason quotes the posting in English words; the quote itself is kept.
const [askedBefore = "", askedAfter = ""] = en.planText.postingAsks.split("{evidence}");
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const POSTING_ASKS = new RegExp(`^${escape(askedBefore)}([^]*?)${escape(askedAfter)}`);

function postingEvidence(storedWhy: string): string | undefined {
  return POSTING_ASKS.exec(storedWhy)?.[1];
}

interface ViewItem {
  skill: string;
  name: string;
  why: string;
  reason: "gap" | "prerequisite";
  unlocks: string[];
}

interface ViewPhase {
  key: PhaseKey;
  title: string;
  milestone: string;
  items: ViewItem[];
}

interface LocalizablePlan {
  target: string;
  targetName: string;
  phases: ViewPhase[];
  met: { skill: string; name: string }[];
}

/**
 * A stored plan keeps English words (names, reasons) so it renders without the catalog. Shown in
 * another language, words for catalog entries are taken from that language's catalog; a custom
 * role or a skill that left the catalog keeps what was stored. English views are left untouched.
 */
export function localizePlan<P extends LocalizablePlan>(plan: P, locale: Locale): P {
  if (locale === "en") return plan;
  const t = translator(locale, "planText");
  const phaseTitle = translator(locale, "phases");
  const role = localizedRole(plan.target, locale);
  const rationale = (skill: string) => role?.skills.find((rs) => rs.skill === skill)?.rationale;
  const why = (item: ViewItem) => {
    const quoted = role ? undefined : postingEvidence(item.why);
    const own = item.reason === "gap" ? (rationale(item.skill) ?? (quoted === undefined ? undefined : t("postingAsks", { evidence: quoted }))) : undefined;
    const before = item.unlocks.length > 0 ? t("neededBefore", { skills: item.unlocks.map((s) => skillName(s, locale)).join(", ") }) : "";
    return [own, before].filter(Boolean).join(" ") || t("defaultWhy");
  };
  // Roles without their own milestones (custom ones) get the engine's generic project, reworded.
  const generic = (phase: ViewPhase) =>
    t(`generic.${phase.key}`, { skills: phase.items.slice(0, 3).map((item) => skillName(item.skill, locale, item.name)).join(", ") });
  return {
    ...plan,
    targetName: role?.name ?? plan.targetName,
    phases: plan.phases.map((phase) => ({
      ...phase,
      title: phaseTitle(phase.key),
      milestone: phaseMilestone(phase.key, role?.milestones) ?? generic(phase),
      items: phase.items.map((item) => ({ ...item, name: skillName(item.skill, locale, item.name), why: why(item) })),
    })),
    met: plan.met.map((m) => ({ ...m, name: skillName(m.skill, locale, m.name) })),
  };
}
