import { describe, expect, it } from "vitest";
import { whyFrontDoesNotFit } from "./front-fit";

const TODAY = {
  basePath: "",
  redirects: [{ internal: true }],
  headers: [
    { headers: [{ key: "X-Content-Type-Options" }] },
    { has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [{ key: "Strict-Transport-Security" }] },
    { headers: [{ key: "Referrer-Policy" }] },
  ],
};

describe("whether the prebuilt front fits a build", () => {
  it("fits the routing Waypoint builds with today", () => {
    expect(whyFrontDoesNotFit(TODAY)).toBeNull();
  });

  it("stands aside for anything Next would do on these addresses that the front would skip", () => {
    expect(whyFrontDoesNotFit({ ...TODAY, basePath: "/app" })).toMatch(/basePath/);
    expect(whyFrontDoesNotFit({ ...TODAY, i18n: { locales: ["en", "ko"] } })).toMatch(/i18n/);
    expect(whyFrontDoesNotFit({ ...TODAY, trailingSlash: true })).toMatch(/trailingSlash/);
    expect(whyFrontDoesNotFit({ ...TODAY, redirects: [{ internal: true }, {}] })).toMatch(/redirects/);
    expect(whyFrontDoesNotFit({ ...TODAY, headers: [...TODAY.headers, { headers: [{ key: "Cross-Origin-Opener-Policy" }] }] })).toMatch(/Cross-Origin-Opener-Policy/);
    // HSTS sent on any other condition than the one as-file.ts follows.
    expect(whyFrontDoesNotFit({ ...TODAY, headers: [{ headers: [{ key: "Strict-Transport-Security" }] }] })).toMatch(/HSTS/);
    expect(
      whyFrontDoesNotFit({ ...TODAY, headers: [{ has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], missing: [{ type: "header", key: "x" }], headers: [{ key: "Strict-Transport-Security" }] }] }),
    ).toMatch(/HSTS/);
  });
});
