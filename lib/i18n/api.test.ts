import { describe, expect, it } from "vitest";
import { HttpError } from "@/lib/http/errors";
import { apiLocale } from "./api";

const req = (query = "", acceptLanguage?: string) =>
  new Request(`http://localhost/api/v1/roles${query}`, { headers: acceptLanguage ? { "Accept-Language": acceptLanguage } : {} });

describe("apiLocale", () => {
  it("prefers ?lang, then Accept-Language, then English", () => {
    expect(apiLocale(req("?lang=ko", "en"))).toBe("ko");
    expect(apiLocale(req("?lang=en", "ko-KR"))).toBe("en");
    expect(apiLocale(req("", "ko-KR,ko;q=0.9"))).toBe("ko");
    expect(apiLocale(req("", "fr"))).toBe("en");
    expect(apiLocale(req())).toBe("en");
  });

  it("refuses an unknown or repeated lang with a 400", () => {
    for (const query of ["?lang=fr", "?lang=", "?lang=KO", "?lang=ko&lang=en"]) {
      expect(() => apiLocale(req(query)), query).toThrow(HttpError);
      try {
        apiLocale(req(query));
      } catch (error) {
        expect((error as HttpError).code).toBe("bad_request");
      }
    }
  });
});
