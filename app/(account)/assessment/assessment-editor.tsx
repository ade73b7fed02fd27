"use client";

import { useTranslations } from "next-intl";
import { memo, useState } from "react";
import { SaveStatusBar } from "./save-status";
import type { AssessmentState, CategoryView, SkillView, TargetView } from "./types";
import { useAssessmentSaver } from "./use-assessment-saver";

interface Props {
  categories: CategoryView[];
  initial: AssessmentState;
  target: TargetView | null;
}

export function AssessmentEditor({ categories, initial, target }: Props) {
  const t = useTranslations("assessmentEditor");
  const { data, setLevel, setNote, flush, status } = useAssessmentSaver(initial);
  const [onlyNeeded, setOnlyNeeded] = useState(false);
  const filtering = onlyNeeded && target !== null;
  const allSkills = categories.flatMap((c) => c.skills);
  const rated = allSkills.filter((s) => data.assessment[s.slug] !== undefined).length;
  const needed = target ? allSkills.filter((s) => target.needs[s.slug]) : [];
  const neededRated = needed.filter((s) => data.assessment[s.slug] !== undefined).length;

  return (
    <div className="space-y-8">
      <div className="card z-10 space-y-3 shadow-sm md:sticky md:top-0">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <label htmlFor="progress" className="font-medium">
            {t("rated", { rated, total: allSkills.length })}
          </label>
          <progress id="progress" max={allSkills.length} value={rated} className="h-2 w-40 accent-brand" />
          {target && (
            <span className="hint">
              {t("neededRated", { rated: neededRated, total: needed.length, target: target.name })}
            </span>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <div className="flex items-center gap-2">
            <input
              id="only-needed"
              type="checkbox"
              className="size-5"
              checked={filtering}
              disabled={!target}
              onChange={(e) => setOnlyNeeded(e.target.checked)}
              aria-describedby={target ? undefined : "only-needed-hint"}
            />
            <label htmlFor="only-needed">{t("onlyNeeded")}</label>
            {!target && (
              <span id="only-needed-hint" className="hint">
                {t.rich("chooseTarget", { link: (chunks) => <a href="/settings">{chunks}</a> })}
              </span>
            )}
          </div>
          <SaveStatusBar status={status} onRetry={flush} />
        </div>
      </div>

      {categories.map((category) => {
        const shown = filtering ? category.skills.filter((s) => target.needs[s.slug]) : category.skills;
        if (shown.length === 0) return null;
        return (
          <section key={category.slug} aria-labelledby={`cat-${category.slug}`} className="space-y-4">
            <h2 id={`cat-${category.slug}`} className="text-xl">
              {category.name}
            </h2>
            {shown.map((skill) => (
              <SkillRating
                key={skill.slug}
                skill={skill}
                level={data.assessment[skill.slug]}
                note={data.notes[skill.slug] ?? ""}
                hadNote={Boolean(initial.notes[skill.slug])}
                need={target?.needs[skill.slug]}
                targetName={target?.name}
                onLevel={setLevel}
                onNote={setNote}
              />
            ))}
          </section>
        );
      })}
    </div>
  );
}

interface RatingProps {
  skill: SkillView;
  level: number | undefined;
  note: string;
  hadNote: boolean;
  need: number | undefined;
  targetName: string | undefined;
  onLevel: (skill: string, level: number) => void;
  onNote: (skill: string, note: string) => void;
}

/** One skill: native radios (arrow keys move between levels), each labelled with what the level looks like. */
const SkillRating = memo(function SkillRating({ skill, level, note, hadNote, need, targetName, onLevel, onNote }: RatingProps) {
  const t = useTranslations("assessmentEditor");
  const levelName = (value: number) => t(`levels.${String(value) as "0" | "1" | "2" | "3" | "4"}`);
  const id = `skill-${skill.slug}`;
  return (
    <fieldset className="card" aria-describedby={`${id}-about`}>
      <legend className="float-left mb-1 w-full text-lg font-semibold">{skill.name}</legend>
      <p id={`${id}-about`} className="hint clear-left mb-3">
        {skill.description}
        {need !== undefined && (
          <>
            {" "}
            <strong className="text-ink">
              {t("needs", { target: targetName ?? "", level: levelName(need), value: need })}
            </strong>
          </>
        )}
        {level === undefined && t("notRated")}
      </p>
      <div className="grid gap-2 sm:grid-cols-5">
        {skill.levels.map((words, value) => (
          <label
            key={value}
            htmlFor={`${id}-${value}`}
            className="flex cursor-pointer items-start gap-2 rounded-md border border-line p-2 text-sm has-[:checked]:border-brand has-[:checked]:bg-brand-soft has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand"
          >
            <input
              id={`${id}-${value}`}
              type="radio"
              name={id}
              value={value}
              checked={level === value}
              onChange={() => onLevel(skill.slug, value)}
              className="mt-1 shrink-0 accent-brand"
            />
            <span>
              <span className="block font-semibold">
                {t("levelLabel", { value, level: levelName(value) })}
              </span>
              {need === value && <span className="mb-1 block w-fit rounded bg-wash px-1 text-xs font-semibold text-brand">{t("targetLevel")}</span>}
              <span className="text-muted">{words}</span>
            </span>
          </label>
        ))}
      </div>
      <details className="mt-3" open={hadNote}>
        <summary className="cursor-pointer text-sm text-brand">{t("evidence", { hasNote: note ? "yes" : "no" })}</summary>
        <label htmlFor={`${id}-note`} className="label mt-2 text-sm">
          {t("evidenceLabel", { skill: skill.name })}
        </label>
        <textarea
          id={`${id}-note`}
          className="input min-h-16 text-sm"
          maxLength={500}
          value={note}
          onChange={(e) => onNote(skill.slug, e.target.value)}
          aria-describedby={`${id}-note-count`}
        />
        <p id={`${id}-note-count`} className="hint mt-1">
          {t("characters", { count: note.length })}
        </p>
      </details>
    </fieldset>
  );
});
