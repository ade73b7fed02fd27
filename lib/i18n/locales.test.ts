import { describe, expect, it } from "vitest";
import { chooseLocale, chooseLocaleUnsaved, negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("matches the primary subtag and honours q-values", () => {
    expect(negotiateLocale("ko-KR,ko;q=0.9,en-US;q=0.8")).toBe("ko");
    expect(negotiateLocale("en-GB,ko;q=0.5")).toBe("en");
    expect(negotiateLocale("fr;q=1, ko;q=0.4, en;q=0.6")).toBe("en");
  });
  it("returns null when nothing is supported or the header is junk", () => {
    expect(negotiateLocale("fr-FR,de")).toBeNull();
    expect(negotiateLocale(undefined)).toBeNull();
    expect(negotiateLocale(";;;,,q=")).toBeNull();
    expect(negotiateLocale("ko;q=0")).toBeNull();
  });
});

describe("chooseLocale", () => {
  const none = { pinned: null, cookie: undefined, saved: () => null, acceptLanguage: null };
  it("takes the address, then the cookie, then the saved preference, then Accept-Language, then English", async () => {
    expect(await chooseLocale({ ...none, pinned: "ko", cookie: "en", saved: () => "en", acceptLanguage: "en" })).toBe("ko");
    expect(await chooseLocale({ ...none, cookie: "ko", saved: () => "en", acceptLanguage: "en" })).toBe("ko");
    expect(await chooseLocale({ ...none, saved: async () => "ko", acceptLanguage: "en" })).toBe("ko");
    expect(await chooseLocale({ ...none, acceptLanguage: "ko-KR" })).toBe("ko");
    expect(await chooseLocale(none)).toBe("en");
  });
  it("skips values that are not a language, and asks for the saved one only when needed", async () => {
    let asked = 0;
    const saved = () => (asked++, "ko");
    expect(await chooseLocale({ ...none, pinned: "fr", cookie: "ko", saved })).toBe("ko");
    expect(asked).toBe(0);
    expect(await chooseLocale({ ...none, cookie: "xx", saved })).toBe("ko");
    expect(asked).toBe(1);
  });
});

describe("chooseLocaleUnsaved", () => {
  it("is chooseLocale for a reader with nothing saved", async () => {
    const values = [undefined, null, "en", "ko", "xx", "../ko"];
    for (const pinned of values)
      for (const cookie of values)
        for (const acceptLanguage of [undefined, "ko-KR,ko;q=0.9", "fr, en;q=0.5", "ko;q=0"]) {
          const sources = { pinned, cookie, acceptLanguage };
          expect(chooseLocaleUnsaved(sources), JSON.stringify(sources)).toBe(await chooseLocale({ ...sources, saved: () => undefined }));
        }
  });
});
