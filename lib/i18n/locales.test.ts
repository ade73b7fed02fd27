import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

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
