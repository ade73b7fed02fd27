import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SkillBars } from "@/components/charts/skill-bars";
import { FitMeter } from "@/components/fit-meter";
import { LevelBadge, WeightBadge } from "@/components/level";
import { getAssessment } from "@/lib/services/assessment";
import { getProfile } from "@/lib/services/profile";
import { requireUser } from "@/lib/auth/session";
import { catalogBook } from "@/lib/catalog/book";
import { computeGap } from "@/lib/engine";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedRole, localizedSkill, skillName } from "@/lib/catalog/localize";
import { CUSTOM_PREFIX, findTarget } from "@/lib/services/targets";
import { createPlanAction, makeTargetAction, rateUnratedAction } from "../../plans/actions";
import { UnratedForm } from "@/components/plan/unrated-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("gap"))("metaTitle") };
}

export default async function GapPage({
  params,
  searchParams,
}: {
  params: Promise<{ role: string }>;
  searchParams: Promise<{ targeted?: string; saved?: string; rated?: string }>;
}) {
  const slug = decodeURIComponent((await params).role).slice(0, 100);
  const user = await requireUser(`/gap/${encodeURIComponent(slug)}`);
  const target = await findTarget(user.id, slug);
  if (!target) notFound();
  const [{ assessment }, profile, query] = await Promise.all([getAssessment(user.id), getProfile(user.id), searchParams]);
  const [locale, t, tp] = await Promise.all([getLocale(), getTranslations("gap"), getTranslations("livingPlan")]);
  const report = computeGap(target.role, assessment, catalogBook);
  // Catalog roles speak the reader's language; a custom role keeps the words its owner gave it.
  const catalogRole = target.custom ? undefined : localizedRole(target.slug, locale);
  const targetName = catalogRole?.name ?? target.name;
  const rows = target.role.skills.map((r) => ({
    skill: r.skill,
    name: skillName(r.skill, locale),
    have: assessment[r.skill] ?? 0,
    need: r.level,
    weight: r.weight,
    why: catalogRole?.skills.find((rs) => rs.skill === r.skill)?.rationale ?? target.rationale(r.skill, locale),
  }));
  const met = rows.filter((r) => r.have >= r.need);
  const partly = rows.filter((r) => r.have > 0 && r.have < r.need);
  const missing = rows.filter((r) => r.have === 0);
  const isTarget = profile.targetRole === target.slug;

  return (
    <div className="page space-y-6">
      <header className="space-y-3">
        <p className="eyebrow">
          {t("eyebrow")}
          {target.custom ? t("fromPosting") : ""}
        </p>
        <h1 className="text-3xl">{t("title", { target: targetName })}</h1>
        <FitMeter fit={report.fit} label={t("fit", { target: targetName })} />
        {query.saved && target.custom && (
          <p role="status" className="rounded-md bg-good-soft p-3">
            {t("customSaved", { target: targetName })}
          </p>
        )}
        {query.targeted && isTarget && (
          <p role="status" className="rounded-md bg-good-soft p-3">
            {t("nowTarget", { target: targetName })}
          </p>
        )}
        <div className="no-print flex flex-wrap gap-3">
          {!isTarget && (
            <form action={makeTargetAction}>
              <input type="hidden" name="target" value={target.slug} />
              <button type="submit" className="btn btn-primary">
                {t("makeTarget")}
              </button>
            </form>
          )}
          <form action={createPlanAction}>
            <input type="hidden" name="target" value={target.slug} />
            <button type="submit" className={isTarget ? "btn btn-primary" : "btn"}>
              {t("build", { target: targetName })}
            </button>
          </form>
          {target.custom ? (
            <Link className="btn" href={`/targets/${target.slug.slice(CUSTOM_PREFIX.length)}/edit`}>
              {t("editCustom")}
            </Link>
          ) : (
            <Link className="btn" href={`/roles/${target.slug}`}>
              {t("about")}
            </Link>
          )}
        </div>
      </header>

      {query.rated && (
        <p role="status" className="rounded-md bg-good-soft p-3">
          {tp("unratedSaved")}
        </p>
      )}
      {report.unrated.length > 0 && (
        <UnratedForm
          action={rateUnratedAction}
          returnTo={`/gap/${encodeURIComponent(target.slug)}`}
          target={targetName}
          skills={report.unrated.map((slug) => ({ slug, name: skillName(slug, locale), levels: localizedSkill(slug, locale)?.levels }))}
        />
      )}

      <section className="card">
        <SkillBars caption={t("caption", { target: targetName })} rows={rows} />
      </section>

      <div className="grid gap-6 md:grid-cols-3">
        <GapGroup id="missing" title={t("missing")} empty={t("missingEmpty")} rows={missing} words={{ have: t("have"), need: t("need") }} />
        <GapGroup id="partly-met" title={t("partly")} empty={t("partlyEmpty")} rows={partly} words={{ have: t("have"), need: t("need") }} />
        <GapGroup id="met" title={t("met")} empty={t("metEmpty")} rows={met} words={{ have: t("have"), need: t("need") }} />
      </div>
    </div>
  );
}

function GapGroup({
  id: key,
  title,
  empty,
  rows,
  words,
}: {
  id: string;
  title: string;
  empty: string;
  rows: { skill: string; name: string; have: number; need: number; weight: number; why?: string }[];
  words: { have: string; need: string };
}) {
  const id = `group-${key}`;
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id} className="mb-3 text-xl">
        {title} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className="text-muted">{empty}</p>
      ) : (
        <ul className="m-0 list-none space-y-3 p-0">
          {rows.map((row) => (
            <li key={row.skill}>
              <p className="font-medium">{row.name}</p>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span>{words.have}</span> <LevelBadge level={row.have} /> <span>{words.need}</span> <LevelBadge level={row.need} />
                <WeightBadge weight={row.weight} />
              </p>
              {row.why && <p className="text-sm text-muted">{row.why}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
