import { describe, expect, it } from "vitest";
import { sharePageReader, sharePageSlot, type ShareRequest } from "./page-reader";

const NOW = new Date("2026-11-30T20:30:00Z"); // already 1 December in Seoul

function request(overrides: Partial<ShareRequest> & { cookies?: Record<string, string> } = {}): ShareRequest {
  const { cookies = {}, ...rest } = overrides;
  return { pathname: "/share/abc", search: "", cookie: (name) => cookies[name], acceptLanguage: null, hasSession: false, ...rest };
}

describe("sharePageReader", () => {
  it("is null for a signed-in visitor, whose header and language come from the database", () => {
    expect(sharePageReader(request({ hasSession: true }), NOW)).toBeNull();
  });

  it("is null after a form post and for parameters the page does not read", () => {
    for (const search of ["?posted=1", "?error=rate_limited", "?utm_source=x", "?skill=sql&skill=python", "?lang=ko&lang=en", "?lang=fr"]) {
      expect(sharePageReader(request({ search }), NOW), search).toBeNull();
    }
  });

  it("keeps the address exactly as sent, with ?skill= and ?lang=", () => {
    expect(sharePageReader(request({ search: "?skill=sql&lang=ko" }), NOW)?.address).toBe("/share/abc?skill=sql&lang=ko");
  });

  it("takes the language as the page does: ?lang=, then the cookie, then Accept-Language, then English", () => {
    expect(sharePageReader(request({ search: "?lang=ko", cookies: { NEXT_LOCALE: "en" } }), NOW)?.locale).toBe("ko");
    expect(sharePageReader(request({ cookies: { NEXT_LOCALE: "ko" }, acceptLanguage: "en" }), NOW)?.locale).toBe("ko");
    expect(sharePageReader(request({ acceptLanguage: "ko-KR,ko;q=0.9" }), NOW)?.locale).toBe("ko");
    expect(sharePageReader(request({ acceptLanguage: "fr" }), NOW)?.locale).toBe("en");
  });

  it("takes today in the reader's time zone, and UTC's without a valid zone", () => {
    expect(sharePageReader(request({ cookies: { tz: "Asia/Seoul" } }), NOW)?.day).toBe("2026-12-01");
    expect(sharePageReader(request({ cookies: { tz: "Not/AZone" } }), NOW)?.day).toBe("2026-11-30");
  });

  it("takes the remembered mentor name only when it is a valid name", () => {
    expect(sharePageReader(request({ cookies: { waypoint_mentor_name: "Mina" } }), NOW)?.mentorName).toBe("Mina");
    expect(sharePageReader(request({ cookies: { waypoint_mentor_name: "a\u0007b" } }), NOW)?.mentorName).toBeNull();
  });
});

describe("sharePageSlot", () => {
  it("differs whenever anything about the reader differs", () => {
    const reader = sharePageReader(request(), NOW)!;
    const slots = new Set([
      sharePageSlot(reader),
      sharePageSlot({ ...reader, locale: "ko" }),
      sharePageSlot({ ...reader, day: "2026-12-01" }),
      sharePageSlot({ ...reader, mentorName: "Mina" }),
      sharePageSlot({ ...reader, address: "/share/abc?skill=sql" }),
      sharePageSlot({ ...reader, address: "/share/abd" }),
    ]);
    expect(slots.size).toBe(6);
  });
});
