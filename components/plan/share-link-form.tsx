"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { createShareLinkAction } from "@/app/(app)/plans/share-actions";

/** Creates a link and shows it exactly once: only its hash is stored, so it cannot be shown again. */
export function ShareLinkForm({ planId }: { planId: string }) {
  const t = useTranslations("planClient");
  const id = useId();
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function submit(form: FormData) {
    const days = String(form.get("expires") ?? "");
    startTransition(async () => {
      setError(null);
      setCopied(false);
      const result = await createShareLinkAction({
        planId,
        link: {
          label: String(form.get("label") ?? ""),
          expiresInDays: days === "never" ? null : Number(days),
          allowComments: form.get("comments") === "on",
        },
      }).catch(() => ({ ok: false as const, message: t("unreachable") }));
      if (result.ok) setUrl(result.data.url);
      else setError(result.message);
    });
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
        <div role="status" className="space-y-2 rounded-md bg-good-soft p-3">
          <label htmlFor={`${id}-url`} className="label">
            {t("newLink")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input id={`${id}-url`} className="input min-w-0 flex-1" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              className="btn"
              onClick={async () => {
                await navigator.clipboard?.writeText(url).catch(() => undefined);
                setCopied(true);
              }}
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
