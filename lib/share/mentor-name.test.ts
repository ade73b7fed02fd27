import { describe, expect, it } from "vitest";
import { mentorNameCookie, readMentorName } from "./mentor-name";

describe("remembered mentor name", () => {
  it("reads back a valid name, trimmed", () => {
    expect(readMentorName("  Mentor Kim ")).toBe("Mentor Kim");
    expect(readMentorName("김멘토")).toBe("김멘토");
  });

  it("ignores what a form would refuse", () => {
    expect(readMentorName(undefined)).toBeUndefined();
    expect(readMentorName("   ")).toBeUndefined();
    expect(readMentorName("x".repeat(81))).toBeUndefined();
    expect(readMentorName("Kim\u0000")).toBeUndefined();
    expect(readMentorName("Kim\nEvil")).toBeUndefined();
  });

  it("is scoped to the one share page it was typed on", () => {
    const cookie = mentorNameCookie("abc", "Kim");
    expect(cookie.path).toBe("/share/abc");
    expect(cookie.httpOnly).toBe(true);
  });
});
