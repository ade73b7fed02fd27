import { afterEach, describe, expect, it, vi } from "vitest";

async function load(publicUrl?: string) {
  vi.resetModules();
  vi.stubEnv("WAYPOINT_PUBLIC_URL", publicUrl ?? "");
  return import("./public-url");
}

afterEach(() => vi.unstubAllEnvs());

describe("publicOrigin", () => {
  it("uses WAYPOINT_PUBLIC_URL when set, whatever the request says", async () => {
    const { publicOrigin, mailableOrigin } = await load("https://waypoint.example");
    const forged = new Headers({ host: "evil.example", "x-forwarded-host": "evil.example" });
    expect(publicOrigin(forged)).toBe("https://waypoint.example");
    expect(mailableOrigin(forged)).toBe("https://waypoint.example");
  });

  it("without it, takes the Host header and never X-Forwarded-Host", async () => {
    const { publicOrigin } = await load();
    expect(publicOrigin(new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" }))).toBe("http://127.0.0.1:3000");
    expect(publicOrigin(new Headers({ host: "waypoint.example" }))).toBe("https://waypoint.example");
    expect(publicOrigin(new Headers({ host: "evil.example/<script>" }))).toBe("http://localhost:3000");
  });

  it("mails links to a loopback host only: a forged Host must not receive someone's reset token", async () => {
    const { mailableOrigin } = await load();
    expect(mailableOrigin(new Headers({ host: "localhost:3000" }))).toBe("http://localhost:3000");
    expect(mailableOrigin(new Headers({ host: "evil.example" }))).toBeNull();
  });
});
