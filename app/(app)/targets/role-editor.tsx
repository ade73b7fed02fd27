"use client";

import { useRouter } from "next/navigation";
import { useId, useMemo, useRef, useState, useTransition } from "react";
import { LEVEL_NAMES, WEIGHT_NAMES } from "@/components/level";
import { EVIDENCE_MAX, POSTING_MAX_CHARS, ROLE_MAX_SKILLS, ROLE_NAME_MAX } from "@/lib/custom-roles/limits";
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

async function analyze(text: string): Promise<{ skills: AnalyzedSkill[] } | { error: string }> {
  let response: Response;
  try {
    response = await fetch("/api/v1/job-postings/analyze", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text }),
    });
  } catch {
    return { error: "Could not reach the server. Check your connection and try again." };
  }
  const body = await response.json().catch(() => null);
  if (response.ok && body && Array.isArray(body.skills)) return { skills: body.skills };
  if (response.status === 429) {
    return { error: `Too many analyses in a short time. Try again in ${response.headers.get("Retry-After") ?? "a few"} seconds.` };
  }
  return { error: body?.error?.message ?? "The posting could not be analyzed. Try again." };
}

export function RoleEditor({ initial, choices }: { initial: EditorInitial; choices: SkillChoiceGroup[] }) {
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
      setAnalyzeError("Paste the text of a job posting first.");
      return;
    }
    startAnalyzing(async () => {
      const result = await analyze(text);
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
          ? "No catalog skills were found in this posting. Add the skills it asks for below."
          : `Found ${found} skill${found === 1 ? "" : "s"}. Check them below.${found > ROLE_MAX_SKILLS ? ` Only the first ${ROLE_MAX_SKILLS} were kept.` : ""}`,
      );
      listHeading.current?.focus();
    });
  }

  function change(skill: string, patch: Partial<EditorSkill>) {
    setRows((current) => current.map((r) => (r.skill === skill ? { ...r, ...patch } : r)));
  }

  function remove(row: EditorSkill) {
    setRows((current) => current.filter((r) => r.skill !== row.skill));
    setStatus(`Removed ${row.name}.`);
    listHeading.current?.focus();
  }

  function add() {
    const label = names.get(adding);
    if (!label || inList.has(adding)) return;
    if (rows.length >= ROLE_MAX_SKILLS) {
      setStatus(`A role can list at most ${ROLE_MAX_SKILLS} skills; remove one first.`);
      return;
    }
    setRows((current) => [...current, { skill: adding, name: label, level: 3, weight: 2 }]);
    setAdding("");
    setStatus(`Added ${label} at level 3 (practitioner), important. Adjust it below.`);
  }

  function save() {
    setSaveError(null);
    const trimmed = name.trim();
    setNameError(trimmed ? null : "Give the role a name, for example “ML Engineer @ Acme”.");
    if (!trimmed) {
      nameInput.current?.focus();
      return;
    }
    if (rows.length === 0) {
      setSaveError("Keep at least one skill: analyze the posting or add a skill by hand.");
      return;
    }
    startSaving(async () => {
      const result = await saveRoleAction({
        id: initial.id,
        name: trimmed,
        postingText: text,
        skills: rows.map(({ skill, level, weight, evidence }) => ({ skill, level, weight, evidence })),
      }).catch(() => ({ ok: false as const, message: "Could not reach the server. Your changes are still here; try again." }));
      if (!result.ok) {
        setSaveError(result.message);
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
          1. The posting
        </h2>
        <div>
          <label htmlFor={`${uid}-text`} className="label">
            Job posting text
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
            Paste the whole posting, in English or Korean: {text.length.toLocaleString("en")} of {POSTING_MAX_CHARS.toLocaleString("en")} characters.
            {rows.length > 0 && " Analyzing again replaces the skill list below."}
          </p>
          {analyzeError && (
            <p id={`${uid}-text-error`} role="alert" className="mt-1 text-sm font-medium text-bad">
              {analyzeError}
            </p>
          )}
        </div>
        <button type="button" className="btn btn-primary" onClick={runAnalysis} disabled={analyzing}>
          {analyzing ? "Analyzing…" : "Analyze"}
        </button>
      </section>

      <section aria-labelledby={`${uid}-skills`} className="card space-y-4">
        <h2 id={`${uid}-skills`} ref={listHeading} tabIndex={-1} className="text-xl">
          2. Skills the role asks for ({rows.length})
        </h2>
        {rows.length === 0 ? (
          <p className="text-muted">No skills yet. Analyze the posting above, or add skills by hand.</p>
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
              Add a skill
            </label>
            <select id={`${uid}-add`} className="input" value={adding} onChange={(e) => setAdding(e.target.value)}>
              <option value="">Choose a skill…</option>
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
            Add skill
          </button>
        </div>
      </section>

      {analysis && (
        <section aria-labelledby={`${uid}-highlights`} className="card space-y-2">
          <h2 id={`${uid}-highlights`} className="text-xl">
            Where the skills appear
          </h2>
          <p className="hint">
            The mentions of the skills in your list are highlighted in the posting as it was analyzed.
            {stale && " You changed the text since: analyze again to update."}
          </p>
          {/* Focusable so keyboard users can scroll it; the list above carries the same facts. */}
          <div
            role="region"
            aria-label="The analyzed posting with skill mentions highlighted"
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
          3. Name it and save
        </h2>
        <div>
          <label htmlFor={`${uid}-name`} className="label">
            Role name
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
            For example “ML Engineer @ Acme”. Only you can see this role.
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
          {saving ? "Saving…" : initial.id ? "Save changes" : "Save role"}
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
  const id = `${uid}-${row.skill}`;
  return (
    <li className="rounded-md border border-line p-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="text-base font-semibold">{row.name}</h3>
          {row.evidence ? (
            <p className="text-sm text-muted">
              From the posting: “<mark className="rounded-sm bg-warn-soft px-0.5 text-ink">{row.evidence}</mark>”
            </p>
          ) : (
            <p className="text-sm text-muted">Added by you.</p>
          )}
        </div>
        <button type="button" className="btn min-h-9 py-1" onClick={() => onRemove(row)}>
          Remove<span className="sr-only"> {row.name}</span>
        </button>
      </div>
      <div className="mt-2 grid grid-cols-1 gap-3 min-[400px]:grid-cols-2">
        <div>
          <label htmlFor={`${id}-level`} className="label text-sm">
            Required level<span className="sr-only"> for {row.name}</span>
          </label>
          <select id={`${id}-level`} className="input" value={row.level} onChange={(e) => onChange(row.skill, { level: Number(e.target.value) })}>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {level} · {LEVEL_NAMES[level]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-weight`} className="label text-sm">
            Weight<span className="sr-only"> for {row.name}</span>
          </label>
          <select id={`${id}-weight`} className="input" value={row.weight} onChange={(e) => onChange(row.skill, { weight: Number(e.target.value) })}>
            {WEIGHTS.map((weight) => (
              <option key={weight} value={weight}>
                {WEIGHT_NAMES[weight]}
              </option>
            ))}
          </select>
        </div>
      </div>
    </li>
  );
}
