import { describe, expect, it } from "vitest";
import { DATA_MARKER, takeDataMarker } from "./data-marker";

describe("takeDataMarker", () => {
  const marker = (digest: string) => `<meta name="${DATA_MARKER}" content="${digest}"/>`;

  it("takes the one marker out and names its digest", () => {
    expect(takeDataMarker(`<head><title>x</title>${marker("abc_-1")}</head><body>plan</body>`)).toEqual({
      html: "<head><title>x</title></head><body>plan</body>",
      digest: "abc_-1",
    });
  });

  it("names no digest when there is none or more than one, and still takes every marker out", () => {
    expect(takeDataMarker("<head></head>")).toEqual({ html: "<head></head>", digest: null });
    expect(takeDataMarker(`${marker("a")}${marker("b")}<p>x</p>`)).toEqual({ html: "<p>x</p>", digest: null });
  });
});
