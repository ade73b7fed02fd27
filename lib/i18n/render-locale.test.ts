import { describe, expect, it } from "vitest";
import { rememberRenderLocale, renderLocale } from "./render-locale";

describe("render locale", () => {
  it("keeps nothing outside a server render, so no language outlives its request", () => {
    rememberRenderLocale("ko");
    expect(renderLocale()).toBeUndefined();
  });
});
