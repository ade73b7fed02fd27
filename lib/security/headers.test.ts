import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, prebuiltContentSecurityPolicy } from "./headers";

const scriptSrc = (csp: string) => csp.split("; ").find((d) => d.startsWith("script-src "))!.split(" ").slice(1);

describe("content security policies", () => {
  it("a prebuilt page allows its scripts by hash and origin only: no nonce, no inline, no eval", () => {
    const csp = prebuiltContentSecurityPolicy(["'sha256-abc='", "'sha256-def='"]);
    expect(scriptSrc(csp)).toEqual(["'self'", "'sha256-abc='", "'sha256-def='"]);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline'[^;]*script|'unsafe-eval'|'strict-dynamic'/);
  });

  it("a rendered page keeps its nonce and the same other directives", () => {
    const rendered = contentSecurityPolicy("n0nce");
    expect(scriptSrc(rendered)).toEqual(["'self'", "'nonce-n0nce'", "'strict-dynamic'"]);
    const rest = (csp: string) => csp.split("; ").filter((d) => !d.startsWith("script-src "));
    expect(rest(rendered)).toEqual(rest(prebuiltContentSecurityPolicy([])));
  });
});
