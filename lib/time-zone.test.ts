import { describe, expect, it } from "vitest";
import { dayIn, isTimeZone } from "./time-zone";

describe("the user's day", () => {
  it("is already today in Seoul while UTC is still on yesterday", () => {
    const morningInSeoul = new Date("2026-11-30T23:30:00Z"); // 08:30 on 1 December in Seoul
    expect(dayIn("Asia/Seoul", morningInSeoul)).toBe("2026-12-01");
    expect(dayIn("UTC", morningInSeoul)).toBe("2026-11-30");
    expect(dayIn("America/Los_Angeles", new Date("2026-12-01T05:00:00Z"))).toBe("2026-11-30");
  });

  it("takes only zone names the runtime knows", () => {
    expect(isTimeZone("Asia/Seoul")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("Asia/Seoul; path=/")).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
  });
});
