import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("accepts an empty environment with safe defaults", () => {
    const env = parseEnv({});
    expect(env.WAYPOINT_TRUST_PROXY).toBe(0);
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.WAYPOINT_RELAXED_LIMITS).toBe(false);
    expect(env.WAYPOINT_PUBLIC_URL).toBeUndefined();
  });

  it("treats empty strings as unset", () => {
    expect(parseEnv({ WAYPOINT_PUBLIC_URL: "", WAYPOINT_TRUST_PROXY: "" }).WAYPOINT_TRUST_PROXY).toBe(0);
  });

  it("reads flags and trims a trailing slash from the public URL", () => {
    const env = parseEnv({ WAYPOINT_TRUST_PROXY: "1", WAYPOINT_PUBLIC_URL: "https://waypoint.example/" });
    expect(env.WAYPOINT_TRUST_PROXY).toBe(1);
    expect(parseEnv({ WAYPOINT_TRUST_PROXY: "2" }).WAYPOINT_TRUST_PROXY).toBe(2);
    expect(env.WAYPOINT_PUBLIC_URL).toBe("https://waypoint.example");
  });

  it("refuses a proxy count spelled as a word, naming the variable", () => {
    expect(() => parseEnv({ WAYPOINT_TRUST_PROXY: "true" })).toThrow(/WAYPOINT_TRUST_PROXY/);
  });

  it("refuses an SMTP URL of another scheme", () => {
    expect(() => parseEnv({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL/);
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.example:465" }).SMTP_URL).toBe("smtps://u:p@mail.example:465");
  });

  it("refuses a public URL without an http(s) scheme", () => {
    expect(() => parseEnv({ WAYPOINT_PUBLIC_URL: "waypoint.example" })).toThrow(/WAYPOINT_PUBLIC_URL/);
    expect(() => parseEnv({ WAYPOINT_PUBLIC_URL: "ftp://waypoint.example" })).toThrow(/WAYPOINT_PUBLIC_URL/);
  });

  it("takes a path, a file: URL or a PostgreSQL URL as the database and refuses other schemes", () => {
    for (const url of ["data/waypoint.db", "/var/lib/waypoint.db", "file:data/x.db", "file:///tmp/x.db", "postgres://u:p@db:5432/waypoint", "postgresql://db/waypoint"]) {
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
    for (const url of ["mysql://db/waypoint", "postgress://db/waypoint", "https://db.example/waypoint"]) {
      expect(() => parseEnv({ DATABASE_URL: url })).toThrow(/DATABASE_URL: must be a file path/);
    }
  });

  it("refuses an OAuth id without its secret", () => {
    expect(() => parseEnv({ AUTH_GITHUB_ID: "abc" })).toThrow(/AUTH_GITHUB_SECRET/);
    expect(parseEnv({ AUTH_GOOGLE_ID: "a", AUTH_GOOGLE_SECRET: "b" }).AUTH_GOOGLE_ID).toBe("a");
  });
});
