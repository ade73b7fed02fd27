import { getTranslations } from "next-intl/server";
import { levelName } from "@/components/level";

/**
 * One short form for the target's skills the person never rated: each gets a level choice with the
 * skill's own words for that level, and blanks stay unrated. Shown before planning from zero.
 */
export async function UnratedForm({
  action,
  returnTo,
  target,
  skills,
}: {
  action: (form: FormData) => Promise<void>;
  returnTo: string;
  target: string;
  skills: { slug: string; name: string; levels?: readonly string[] }[];
}) {
  const [t, tc] = await Promise.all([getTranslations("livingPlan"), getTranslations("common")]);
  return (
    <section aria-labelledby="unrated-title" id="rate-unrated" className="no-print card space-y-3 border-warn bg-warn-soft">
      <h2 id="unrated-title" className="text-xl">
        {t("unratedTitle")}
      </h2>
      <p>{t("unratedIntro", { count: skills.length, target })}</p>
      <form action={action} className="space-y-3">
        <input type="hidden" name="returnTo" value={returnTo} />
        <div className="grid gap-3 sm:grid-cols-2">
          {skills.map((skill) => (
            <div key={skill.slug} className="min-w-0">
              <label htmlFor={`unrated-${skill.slug}`} className="label">
                {skill.name}
              </label>
              <select id={`unrated-${skill.slug}`} name={`level:${skill.slug}`} className="input" defaultValue="">
                <option value="">{t("unratedNone")}</option>
                {[0, 1, 2, 3, 4].map((level) => (
                  <option key={level} value={level} title={skill.levels?.[level]}>
                    {t("levelOption", { level, name: levelName(tc, level) })}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <button type="submit" className="btn btn-primary">
          {t("unratedSave")}
        </button>
      </form>
    </section>
  );
}
