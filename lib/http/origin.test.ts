import { describe, expect, it } from "vitest";
import { foreignOrigin, requestHost } from "./origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("foreignOrigin", () => {
  it("passes requests without Origin (scripts, integrations) and same-host ones", () => {
    expect(foreignOrigin(headers({ host: "waypoint.test" }))).toBeNull();
    expect(foreignOrigin(headers({ host: "waypoint.test", origin: "https://waypoint.test" }))).toBeNull();
  });

  it("compares with the forwarded host when a proxy in front names one", () => {
    expect(foreignOrigin(headers({ host: "127.0.0.1:3000", "x-forwarded-host": "waypoint.test, inner", origin: "https://waypoint.test" }))).toBeNull();
    expect(foreignOrigin(headers({ host: "waypoint.test", "x-forwarded-host": "other.test", origin: "https://waypoint.test" }))).toBe("other-origin");
  });

  it("names each way a request shows it is foreign", () => {
    expect(foreignOrigin(headers({ host: "waypoint.test", "sec-fetch-site": "cross-site" }))).toBe("cross-site");
    expect(foreignOrigin(headers({ host: "waypoint.test", origin: "null" }))).toBe("null-origin");
    expect(foreignOrigin(headers({ host: "waypoint.test", origin: "not a url" }))).toBe("malformed-origin");
    expect(foreignOrigin(headers({ host: "waypoint.test", origin: "https://evil.test" }))).toBe("other-origin");
  });
});

describe("requestHost", () => {
  it("is empty when the request names no host", () => {
    expect(requestHost(headers({}))).toBe("");
  });
});
