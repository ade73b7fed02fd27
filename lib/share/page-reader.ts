import { chooseLocaleUnsaved, isLocale, LOCALE_COOKIE, type Locale } from "../i18n/locales";
import { dayForZoneCookie, TIME_ZONE_COOKIE } from "../time-zone";
import { MENTOR_NAME_COOKIE, readMentorName } from "./mentor-name";

/**
 * Everything about the reader that the share page (app/share/[token]/page.tsx and its layout)
 * takes from the request, for a visitor who is not signed in: the address (the token, `?skill=`,
 * `?lang=`; the language switcher returns to it), the language (lib/services/request-locale.ts's
 * rules without a user), the reader's today (the time-zone cookie) and the name a mentor left on
 * this page before (its cookie). Together with the plan's data (sharedPlanDigest) they decide the
 * page, so a page kept under them is the page a render would give (lib/http/shared-plan-document.ts).
 */
export interface SharePageReader {
  address: string;
  /** The item the page opens its forms on (`?skill=`), to be checked against the plan's items. */
  skill: string | null;
  locale: Locale;
  day: string;
  mentorName: string | null;
}

export interface ShareRequest {
  pathname: string;
  /** The query as sent ("" or "?…"): the page's language switcher returns to exactly this address. */
  search: string;
  cookie: (name: string) => string | undefined;
  acceptLanguage: string | null;
  hasSession: boolean;
}

/** Query parameters the page reads for display; `posted` and `error` follow a form post and are one-off. */
const READ_PARAMS = new Set(["skill", "lang"]);

/**
 * The reader, or null when the page is not one to keep: a signed-in visitor (the header names
 * them, and their saved language is in the database), or an address with anything but one
 * `?skill=` and one `?lang=` (a form's result, or parameters that would only multiply copies).
 */
export function sharePageReader(request: ShareRequest, now: Date = new Date()): SharePageReader | null {
  if (request.hasSession) return null;
  const params = new URLSearchParams(request.search);
  const keys = [...params.keys()];
  if (keys.some((key) => !READ_PARAMS.has(key)) || new Set(keys).size !== keys.length) return null;
  // Only addresses a person is given or clicks: made-up values would only multiply copies.
  if (params.has("lang") && !isLocale(params.get("lang"))) return null;
  const locale = chooseLocaleUnsaved({ pinned: params.get("lang"), cookie: request.cookie(LOCALE_COOKIE), acceptLanguage: request.acceptLanguage });
  return {
    address: `${request.pathname}${request.search}`,
    skill: params.get("skill"),
    locale,
    day: dayForZoneCookie(request.cookie(TIME_ZONE_COOKIE), now),
    mentorName: readMentorName(request.cookie(MENTOR_NAME_COOKIE)) ?? null,
  };
}

/** Where a page is kept (lib/http/kept-pages.ts): the reader, whole; the plan's digest says whether it is still current. */
export function sharePageSlot(reader: SharePageReader): string {
  return JSON.stringify([reader.address, reader.locale, reader.day, reader.mentorName]);
}
