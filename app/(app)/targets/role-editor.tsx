"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState, useTransition, type ReactNode } from "react";
import { levelLabel, levelName, weightLabel } from "@/components/level";
import { EVIDENCE_MAX, POSTING_MAX_CHARS, ROLE_MAX_SKILLS, ROLE_NAME_MAX } from "@/lib/custom-roles/limits";
import { useFailureText } from "@/lib/forms/said";
import { saveRoleAction } from "./actions";
import { highlightSegments } from "./highlight";
import type { Analysis, EditorInitial, EditorSkill, SkillChoiceGroup, Span } from "./types";

interface AnalyzedSkill {
  skill: string;
  name: string;
  level: number;
  weight: number;
  evidence: string;
  occurrences: Span[];
}

const LEVELS = [1, 2, 3, 4] as const;
const WEIGHTS = [3, 2, 1] as const;
/** A skill added by hand starts as a practitioner-level, important need: the common case. */
const ADDED_LEVEL = 3;
const ADDED_WEIGHT = 2;

type EditorT = ReturnType<typeof useTranslations<"roleEditor">>;

const sr = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** Skill names come back in the page's language; failures are worded here, not by the API. */
async function analyze(text: string, locale: string, t: EditorT): Promise<{ skills: AnalyzedSkill[] } | { error: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/job-postings/analyze?lang=${encodeURIComponent(locale)}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text }),
    });
  } catch {
    return { error: t("offline") };
  }
  const body = await response.json().catch(() => null);
  if (response.ok && body && Array.isArray(body.skills)) return { skills: body.skills };
  if (response.status === 429) {
    const seconds = Number(response.headers.get("Retry-After"));
    return { error: Number.isFinite(seconds) && seconds > 0 ? t("tooMany", { seconds }) : t("tooManySoon") };
  }
  // The API's own messages stay English; the editor already refuses empty text before asking.
  return { error: t("analyzeFailed") };
}

export function RoleEditor({ initial, choices }: { initial: EditorInitial; choices: SkillChoiceGroup[] }) {
  const t = useTranslations("roleEditor");
  const failure = useFailureText();
  const tc = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const uid = useId();
  const [text, setText] = useState(initial.postingText);
  const [analysis, setAnalysis] = useState<Analysis | null>(initial.analysis);
  const [rows, setRows] = useState<EditorSkill[]>(initial.skills);
  const [name, setName] = useState(initial.name);
  const [adding, setAdding] = useState("");
  const [status, setStatus] = useState("");
  const [analyzeError, setAnalyzeError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [analyzing, startAnalyzing] = useTransition();
  const [saving, startSaving] = useTransition();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  const inList = useMemo(() => new Set(rows.map((r) => r.skill)), [rows]);
  const segments = useMemo(() => (analysis ? highlightSegments(analysis.text, analysis.spans, inList) : []), [analysis, inList]);
  const names = useMemo(() => new Map(choices.flatMap((g) => g.skills.map((s) => [s.slug, s.name] as const))), [choices]);
  const stale = analysis !== null && analysis.text !== text;

  function runAnalysis() {
    setAnalyzeError(null);
    if (!text.trim()) {
      setAnalyzeError(t("pasteFirst"));
      return;
    }
    startAnalyzing(async () => {
      const result = await analyze(text, locale, t);
      if ("error" in result) {
        setAnalyzeError(result.error);
        return;
      }
      setRows(
        result.skills.slice(0, ROLE_MAX_SKILLS).map((s) => ({
          skill: s.skill,
          name: s.name,
          level: s.level,
          weight: s.weight,
          evidence: s.evidence.slice(0, EVIDENCE_MAX),
        })),
      );
      setAnalysis({ text, spans: Object.fromEntries(result.skills.map((s) => [s.skill, s.occurrences])) });
      const found = result.skills.length;
      setStatus(
        found === 0
          ? t("foundNone")
          : `${t("found", { count: found })}${found > ROLE_MAX_SKILLS ? t("foundCapped", { max: ROLE_MAX_SKILLS }) : ""}`,
      );
      listHeading.current?.focus();
    });
  }

  function change(skill: string, patch: Partial<EditorSkill>) {
    setRows((current) => current.map((r) => (r.skill === skill ? { ...r, ...patch } : r)));
  }

  function remove(row: EditorSkill) {
    setRows((current) => current.filter((r) => r.skill !== row.skill));
    setStatus(t("removed", { skill: row.name }));
    listHeading.current?.focus();
  }

  function add() {
    const label = names.get(adding);
    if (!label || inList.has(adding)) return;
    if (rows.length >= ROLE_MAX_SKILLS) {
      setStatus(t("maxSkills", { max: ROLE_MAX_SKILLS }));
      return;
    }
    setRows((current) => [...current, { skill: adding, name: label, level: ADDED_LEVEL, weight: ADDED_WEIGHT }]);
    setAdding("");
    setStatus(t("added", { skill: label, level: ADDED_LEVEL, levelName: levelName(tc, ADDED_LEVEL), weight: weightLabel(tc, ADDED_WEIGHT) }));
  }

  function save() {
    setSaveError(null);
    const trimmed = name.trim();
    setNameError(trimmed ? null : t("nameRequired"));
    if (!trimmed) {
      nameInput.current?.focus();
      return;
    }
    if (rows.length === 0) {
      setSaveError(t("keepOne"));
      return;
    }
    startSaving(async () => {
      const result = await saveRoleAction({
        id: initial.id,
        name: trimmed,
        postingText: text,
        skills: rows.map(({ skill, level, weight, evidence }) => ({ skill, level, weight, evidence })),
      }).catch(() => null);
      if (!result?.ok) {
        setSaveError(failure(result, t("saveOffline")));
        return;
      }
      router.push(`/gap/${encodeURIComponent(result.data.slug)}?saved=1`);
    });
  }

  return (
    <div className="space-y-6">
      <p role="status" aria-live="polite" className={status ? "rounded-md bg-brand-soft p-3" : "sr-only"}>
        {status}
      </p>

      <section aria-labelledby={`${uid}-posting`} className="card space-y-3">
        <h2 id={`${uid}-posting`} className="text-xl">
          {t("postingHeading")}
        </h2>
        <div>
          <label htmlFor={`${uid}-text`} className="label">
            {t("textLabel")}
          </label>
          <textarea
            id={`${uid}-text`}
            className="input min-h-48 font-mono text-sm"
            value={text}
            maxLength={POSTING_MAX_CHARS}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${uid}-text-hint${analyzeError ? ` ${uid}-text-error` : ""}`}
            aria-invalid={analyzeError ? true : undefined}
          />
          <p id={`${uid}-text-hint`} className="hint mt-1">
            {t("textHint", { count: text.length, max: POSTING_MAX_CHARS })}
            {rows.length > 0 && t("replaces")}
          </p>
          {analyzeError && (
            <p id={`${uid}-text-error`} role="alert" className="mt-1 text-sm font-medium text-bad">
              {analyzeError}
            </p>
          )}
        </div>
        <button type="button" className="btn btn-primary" onClick={runAnalysis} disabled={analyzing}>
          {analyzing ? t("analyzing") : t("analyze")}
        </button>
      </section>

      <section aria-labelledby={`${uid}-skills`} className="card space-y-4">
        <h2 id={`${uid}-skills`} ref={listHeading} tabIndex={-1} className="text-xl">
          {t("skillsHeading", { count: rows.length })}
        </h2>
        {rows.length === 0 ? (
          <p className="text-muted">{t("noSkills")}</p>
        ) : (
          <ul className="m-0 list-none space-y-3 p-0">
            {rows.map((row) => (
              <SkillRow key={row.skill} row={row} uid={uid} onChange={change} onRemove={remove} />
            ))}
          </ul>
        )}
        <div className="flex flex-wrap items-end gap-3 border-t border-line pt-4">
          <div className="min-w-0 flex-1 basis-56">
            <label htmlFor={`${uid}-add`} className="label">
              {t("addLabel")}
            </label>
            <select id={`${uid}-add`} className="input" value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">{t("choose")}</option>
              {choices.map((group) => (
                <optgroup key={group.category} label={group.category}>
                  {group.skills
                    .filter((s) => !inList.has(s.slug))
                    .map((s) => (
                      <option key={s.slug} value={s.slug}>
                        {s.name}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <button type="button" className="btn" onClick={add} disabled={!adding}>
            {t("addButton")}
          </button>
        </div>
      </section>

      {analysis && (
        <section aria-labelledby={`${uid}-highlights`} className="card space-y-2">
          <h2 id={`${uid}-highlights`} className="text-xl">
            {t("highlightsHeading")}
          </h2>
          <p className="hint">
            {t("highlightsHint")}
            {stale && t("stale")}
          </p>
          {/* Focusable so keyboard users can scroll it; the list above carries the same facts. */}
          <div
            role="region"
            aria-label={t("highlightsRegion")}
            tabIndex={0}
            className="max-h-96 overflow-auto rounded-md border border-line bg-wash p-3 text-sm whitespace-pre-wrap"
          >
            {segments.map((segment, i) =>
              segment.skill ? (
                <mark key={i} className="rounded-sm bg-warn-soft px-0.5 text-ink outline outline-1 outline-warn" title={names.get(segment.skill)}>
                  {segment.text}
                </mark>
              ) : (
                <span key={i}>{segment.text}</span>
              ),
            )}
          </div>
        </section>
      )}

      <section aria-labelledby={`${uid}-save`} className="card space-y-3">
        <h2 id={`${uid}-save`} className="text-xl">
          {t("saveHeading")}
        </h2>
        <div>
          <label htmlFor={`${uid}-name`} className="label">
            {t("nameLabel")}
          </label>
          <input
            ref={nameInput}
            id={`${uid}-name`}
            className="input"
            value={name}
            maxLength={ROLE_NAME_MAX}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={`${uid}-name-hint${nameError ? ` ${uid}-name-error` : ""}`}
            aria-invalid={nameError ? true : undefined}
          />
          <p id={`${uid}-name-hint`} className="hint mt-1">
            {t("nameHint")}
          </p>
          {nameError && (
            <p id={`${uid}-name-error`} className="mt-1 text-sm font-medium text-bad">
              {nameError}
            </p>
          )}
        </div>
        {saveError && (
          <p role="alert" className="form-error">
            {saveError}
          </p>
        )}
        <button type="button" className="btn btn-primary" onClick={save} disabled={saving}>
          {saving ? t("saving") : initial.id ? t("saveChanges") : t("saveRole")}
        </button>
      </section>
    </div>
  );
}

function SkillRow({
  row,
  uid,
  onChange,
  onRemove,
}: {
  row: EditorSkill;
  uid: string;
  onChange: (skill: string, patch: Partial<EditorSkill>) => void;
  onRemove: (row: EditorSkill) => void;
}) {
  const t = useTranslations("roleEditor");
  const tc = useTranslations("common");
  const id = `${uid}-${row.skill}`;
  return (
    <li className="rounded-md border border-line p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-base font-semibold">{row.name}</h3>
          {row.evidence ? (
            <p className="text-sm text-muted">
              {t.rich("fromPosting", {
                evidence: row.evidence,
                mark: (chunks) => <mark className="rounded-sm bg-warn-soft px-0.5 text-ink">{chunks}</mark>,
              })}
            </p>
          ) : (
            <p className="text-sm text-muted">{t("byYou")}</p>
          )}
        </div>
        <button type="button" className="btn min-h-9 py-1" onClick={() => onRemove(row)}>
          {t.rich("remove", { skill: row.name, sr })}
        </button>
      </div>
      <div className="mt-2 grid grid-cols-1 gap-3 min-[400px]:grid-cols-2">
        <div>
          <label htmlFor={`${id}-level`} className="label text-sm">
            {t.rich("levelLabel", { skill: row.name, sr })}
          </label>
          <select id={`${id}-level`} className="input" value={row.level} onChange={(e) => onChange(row.skill, { level: Number(e.target.value) })}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {levelLabel(tc, level)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-weight`} className="label text-sm">
            {t.rich("weightLabel", { skill: row.name, sr })}
          </label>
          <select id={`${id}-weight`} className="input" value={row.weight} onChange={(e) => onChange(row.skill, { weight: Number(e.target.value) })}>
            {WEIGHTS.map((weight) => (
              <option key={weight} value={weight}>
                {weightLabel(tc, weight)}
              </option>
            ))}
          </select>
        </div>
      </div>
    </li>
  );
}
