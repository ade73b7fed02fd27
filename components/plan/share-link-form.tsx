"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/forms/state";
import { useFailureText } from "@/lib/forms/said";

export type CreateShareLink = (input: {
  planId: string;
  link: { label: string; expiresInDays: number | null; allowComments: boolean };
}) => Promise<ActionResult<{ url: string }>>;

type CopyState = "idle" | "copied" | "failed";

/** Creates a link and shows it exactly once: only its hash is stored, so it cannot be shown again. */
export function ShareLinkForm({ planId, action }: { planId: string; action: CreateShareLink }) {
  const t = useTranslations("planClient");
  const ts = useTranslations("shareControls");
  const failure = useFailureText();
  const id = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>("idle");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const linkField = useRef<HTMLInputElement>(null);

  // The link is shown once, so focus goes straight to it (selected, ready to copy) rather than
  // falling back to the page when the button re-renders.
  useEffect(() => {
    if (!url) return;
    linkField.current?.focus();
    linkField.current?.select();
  }, [url]);

  function submit(form: FormData) {
    const days = String(form.get("expires") ?? "");
    startTransition(async () => {
      setError(null);
      setCopy("idle");
      const result = await action({
        planId,
        link: {
          label: String(form.get("label") ?? ""),
          expiresInDays: days === "never" ? null : Number(days),
          allowComments: form.get("comments") === "on",
        },
      }).catch(() => null);
      if (result?.ok) setUrl(result.data.url);
      else setError(failure(result, t("unreachable")));
    });
  }

  /** "Copied" only when the clipboard took it; otherwise the link is selected and we say how. */
  async function copyLink(link: string) {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(link);
      setCopy("copied");
    } catch {
      setCopy("failed");
      linkField.current?.focus();
      linkField.current?.select();
    }
  }

  return (
    <div className="space-y-3">
      <form action={submit} className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
        <div>
          <label htmlFor={`${id}-label`} className="label">
            {t("label")}
          </label>
          <input id={`${id}-label`} name="label" className="input" maxLength={80} placeholder={t("labelPlaceholder")} />
        </div>
        <div>
          <label htmlFor={`${id}-expires`} className="label">
            {t("expires")}
          </label>
          <select id={`${id}-expires`} name="expires" className="input" defaultValue="30">
            <option value="7">{t("in7")}</option>
            <option value="30">{t("in30")}</option>
            <option value="90">{t("in90")}</option>
            <option value="never">{t("never")}</option>
          </select>
        </div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="comments" defaultChecked /> {t("allowComments")}
        </label>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? t("creating") : t("create")}
        </button>
      </form>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {url && (
        <div className="space-y-2 rounded-md bg-good-soft p-3">
          <label htmlFor={`${id}-url`} className="label">
            {t("newLink")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              ref={linkField}
              id={`${id}-url`}
              className="input min-w-0 flex-1 basis-64"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
              aria-describedby={`${id}-copy-status`}
            />
            <button type="button" className="btn" onClick={() => copyLink(url)}>
              {t("copy")}
            </button>
          </div>
          <p id={`${id}-copy-status`} role="status" className={copy === "failed" ? "text-sm font-medium text-ink" : "text-sm text-good"}>
            {copy === "copied" ? ts("copied") : copy === "failed" ? ts("copyFailed") : ""}
          </p>
        </div>
      )}
    </div>
  );
}
