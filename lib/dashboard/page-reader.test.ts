import { describe, expect, it } from "vitest";
import { dashboardPageSlot, dashboardReader, type DashboardRequest } from "./page-reader";

const NOW = new Date("2026-11-30T20:30:00Z"); // already 1 December in Seoul

function request(overrides: Partial<DashboardRequest> & { cookies?: Record<string, string> } = {}): DashboardRequest {
  const { cookies = {}, ...rest } = overrides;
  return { search: "", cookie: (name) => cookies[name], acceptLanguage: null, ...rest };
}

describe("dashboardReader", () => {
  it("keeps no page for an address with any query: it is then rendered each time", () => {
    for (const search of ["?lang=ko", "?utm_source=mail", "?x"]) expect(dashboardReader(request({ search }), NOW).keepable, search).toBe(false);
    for (const search of ["", "?"]) expect(dashboardReader(request({ search }), NOW).keepable, search).toBe(true);
  });

  it("takes today in the reader's time zone, and UTC's without a valid zone", () => {
    expect(dashboardReader(request({ cookies: { tz: "Asia/Seoul" } }), NOW).day).toBe("2026-12-01");
    expect(dashboardReader(request({ cookies: { tz: "../../etc" } }), NOW).day).toBe("2026-11-30");
  });

  it("carries what the language is chosen from, as sent", () => {
    expect(dashboardReader(request({ cookies: { NEXT_LOCALE: "ko" }, acceptLanguage: "en" }), NOW)).toMatchObject({ languageCookie: "ko", acceptLanguage: "en" });
  });
});

describe("dashboardPageSlot", () => {
  it("differs whenever the person, the language or the day differs", () => {
    const slots = new Set([
      dashboardPageSlot("u1", "en", "2026-12-01"),
      dashboardPageSlot("u2", "en", "2026-12-01"),
      dashboardPageSlot("u1", "ko", "2026-12-01"),
      dashboardPageSlot("u1", "en", "2026-12-02"),
    ]);
    expect(slots.size).toBe(4);
  });
});
