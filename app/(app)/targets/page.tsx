import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { messageFromQuery } from "@/lib/i18n/form-errors";
import { FitMeter } from "@/components/fit-meter";
import { requireUser } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { describeOwnRoles } from "@/lib/services/custom-roles";
import { deleteRoleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("targets"))("metaTitle") };
}

const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;

export default async function TargetsPage({ searchParams }: { searchParams: Promise<{ error?: string; deleted?: string }> }) {
  const user = await requireUser("/targets");
  const [roles, query, locale, t] = await Promise.all([describeOwnRoles(user.id), searchParams, getLocale(), getTranslations("targets")]);
  
  return (
    <div className="page space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-3xl">{t("title")}</h1>
          <p className="max-w-prose">{t("lead")}</p>
        </div>
        <Link className="btn btn-primary" href="/targets/new">
          {t("paste")}
        </Link>
      </header>
      {messageFromQuery(query, "error", locale) && (
        <p role="alert" className="form-error">
          {messageFromQuery(query, "error", locale)}
        </p>
      )}
      {query.deleted && (
        <p role="status" className="rounded-md bg-good-soft p-3">
          {t("deleted")}
        </p>
      )}
      {roles.length === 0 ? (
        <section className="card space-y-3">
          <h2 className="text-xl">{t("emptyTitle")}</h2>
          <p>{t("emptyBody")}</p>
          <Link className="btn btn-primary" href="/targets/new">
            {t("emptyCta")}
          </Link>
        </section>
      ) : (
        <ul className="m-0 grid list-none gap-4 p-0 sm:grid-cols-2">
          {roles.map((role) => (
            <li key={role.id} className="card space-y-3">
              <h2 className="text-xl">
                <Link href={`/gap/${encodeURIComponent(role.slug)}`}>{role.name}</Link>
              </h2>
              <FitMeter fit={role.fit ?? 0} label={t("fit", { role: role.name })} />
              <p className="text-sm text-muted">
                {t("summary", { count: role.skills.length, date: formatDate(role.updatedAt.slice(0, 10), locale) })}
              </p>
              <div className="flex flex-wrap items-center gap-3">
                <Link className="btn" href={`/gap/${encodeURIComponent(role.slug)}`}>
                  {t.rich("gapView", { role: role.name, sr })}
                </Link>
                <Link className="btn" href={`/targets/${role.id}/edit`}>
                  {t.rich("edit", { role: role.name, sr })}
                </Link>
              </div>
              <details>
                <summary className="cursor-pointer font-medium text-bad">{t.rich("delete", { role: role.name, sr })}</summary>
                <form action={deleteRoleAction} className="mt-2 space-y-2">
                  <input type="hidden" name="id" value={role.id} />
                  <p className="text-sm">{t("deleteNote")}</p>
                  <button type="submit" className="btn btn-danger">
                    {t("deleteForGood", { role: role.name })}
                  </button>
                </form>
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
