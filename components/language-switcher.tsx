import { getLocale } from "next-intl/server";
import { getServerTranslations as getTranslations } from "@/lib/i18n/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/**
 * One button per language in a plain form, so switching works without JavaScript and by
 * keyboard, and lands back on the same address (URLs do not change with the language).
 */
export async function LanguageSwitcher({
  id = "language-label",
  returnTo,
  action,
}: {
  id?: string;
  returnTo: string | null;
  action: (form: FormData) => Promise<void>;
}) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("switcher")]);
  return (
    <form action={action} aria-labelledby={id} className="flex items-center gap-1 text-sm">
      <span id={id} className="text-muted">
        {t("label")}
      </span>
      {/* Empty on a prebuilt page: the action then returns to the address it was posted from. */}
      <input type="hidden" name="returnTo" value={returnTo ?? ""} />
      {LOCALES.map((option) => (
        <button
          key={option}
          type="submit"
          name="locale"
          value={option}
          lang={option}
          aria-pressed={option === locale}
          className={`cursor-pointer rounded px-1.5 py-0.5 ${option === locale ? "bg-brand-soft font-semibold text-brand-dark" : "text-brand underline"}`}
        >
          {LOCALE_NAMES[option]}
        </button>
      ))}
    </form>
  );
}
