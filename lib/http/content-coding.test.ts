import { describe, expect, it } from "vitest";
import { acceptsCoding, chooseContentCoding } from "./content-coding";

const BOTH = ["gzip", "br"] as const;

describe("chooseContentCoding", () => {
  it("sends the page as it is to a client that names no coding", () => {
    expect(chooseContentCoding(null, BOTH)).toBeNull();
    expect(chooseContentCoding("", BOTH)).toBeNull();
    expect(chooseContentCoding("identity", BOTH)).toBeNull();
  });

  it("prefers brotli when a browser takes both, whatever order it lists them in", () => {
    expect(chooseContentCoding("gzip, deflate, br, zstd", BOTH)).toBe("br");
    expect(chooseContentCoding("br, gzip", ["gzip", "br"])).toBe("br");
  });

  it("falls back to gzip when brotli is not offered or not taken", () => {
    expect(chooseContentCoding("gzip, deflate, br", ["gzip"])).toBe("gzip");
    expect(chooseContentCoding("gzip, deflate", BOTH)).toBe("gzip");
  });

  it("follows quality values, and never sends a coding given q=0", () => {
    expect(chooseContentCoding("br;q=0.5, gzip;q=0.8", BOTH)).toBe("gzip");
    expect(chooseContentCoding("br;q=0, gzip", BOTH)).toBe("gzip");
    expect(chooseContentCoding("br;q=0, gzip;q=0", BOTH)).toBeNull();
    expect(chooseContentCoding("GZIP ; Q=1.0", BOTH)).toBe("gzip");
  });

  it("reads * as every coding not named", () => {
    expect(chooseContentCoding("*", BOTH)).toBe("br");
    expect(chooseContentCoding("br;q=0, *", BOTH)).toBe("gzip");
    expect(chooseContentCoding("*;q=0, identity", BOTH)).toBeNull();
  });

  it("reads a malformed weight as a refusal, not as an acceptance", () => {
    expect(chooseContentCoding("br;q=high, gzip", BOTH)).toBe("gzip");
    expect(chooseContentCoding("br;q=2", BOTH)).toBeNull();
    expect(chooseContentCoding("br;q", BOTH)).toBeNull();
  });

  it("lets the first mention of a coding stand, and reads x-gzip as gzip", () => {
    expect(chooseContentCoding("br;q=0, br", BOTH)).toBeNull();
    expect(chooseContentCoding("x-gzip", BOTH)).toBe("gzip");
  });

  it("says whether a client takes a coding we do not keep, such as deflate", () => {
    expect(acceptsCoding("deflate", "deflate")).toBe(true);
    expect(acceptsCoding("gzip, deflate;q=0", "deflate")).toBe(false);
    expect(acceptsCoding("*", "deflate")).toBe(true);
    expect(acceptsCoding(null, "gzip")).toBe(false);
  });
});
