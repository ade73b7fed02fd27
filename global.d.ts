import type { Locale } from "@/lib/i18n/locales";
import type en from "./messages/en.json";

// Message keys and the locale type are checked at compile time: a typo in t("...") fails tsc.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof en;
  }
}
