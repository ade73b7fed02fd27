import { useTranslations } from "next-intl";
import type { ActionResult, Said } from "./state";

/** Words what a server action said (a "formErrors" code and its values) in the reader's language. */
export function useSaid(): (said: Said | undefined) => string | undefined {
  const t = useTranslations("formErrors");
  return (said) => (said ? t(said.code, said.values) : undefined);
}

/**
 * What to say of an action called from the browser: nothing when it worked, its code's words when
 * it was refused, `offline` when it never answered (pass `null` for that: `.catch(() => null)`).
 */
export function useFailureText(): (result: ActionResult<unknown> | null, offline: string) => string | null {
  const say = useSaid();
  return (result, offline) => (result === null ? offline : result.ok ? null : (say(result.error) ?? offline));
}
