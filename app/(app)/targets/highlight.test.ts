import { describe, expect, it } from "vitest";
import { highlightSegments } from "./highlight";

const text = "Python and SQL, then more Python.";
const spans = { python: [{ start: 0, end: 6 }, { start: 26, end: 32 }], sql: [{ start: 11, end: 14 }] };

describe("highlightSegments", () => {
  it("marks every occurrence of the kept skills, in order", () => {
    expect(highlightSegments(text, spans, new Set(["python", "sql"]))).toEqual([
      { text: "Python", skill: "python" },
      { text: " and " },
      { text: "SQL", skill: "sql" },
      { text: ", then more " },
      { text: "Python", skill: "python" },
      { text: "." },
    ]);
  });

  it("leaves removed skills as plain text", () => {
    const segments = highlightSegments(text, spans, new Set(["sql"]));
    expect(segments.filter((s) => s.skill).map((s) => s.text)).toEqual(["SQL"]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  it("skips overlapping and out-of-range spans without losing text", () => {
    const odd = { a: [{ start: 0, end: 10 }, { start: 30, end: 99 }], b: [{ start: 5, end: 14 }, { start: -1, end: 2 }, { start: 8, end: 8 }] };
    const segments = highlightSegments(text, odd, new Set(["a", "b"]));
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.skill)).toEqual([{ text: "Python and", skill: "a" }]);
  });

  it("gives the text back unchanged when nothing is kept", () => {
    expect(highlightSegments(text, spans, new Set())).toEqual([{ text }]);
    expect(highlightSegments("", spans, new Set(["python"]))).toEqual([]);
  });
});
