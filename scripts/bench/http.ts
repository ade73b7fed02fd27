// HTTP throughput of the pages that matter, each against the prebuilt-file floor of the same
// server in the same run (so a slow or busy machine moves both sides), with autocannon on loopback.
import autocannon from "autocannon";
import type { Account } from "../harness/client";

export interface HttpFigure {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

interface Target {
  name: string;
  path: string;
  method?: "GET" | "POST";
  body?: string;
  account?: Account;
  /** Extra request headers: Accept-Language or a language cookie for the Korean pages. */
  headers?: Record<string, string>;
}

export async function measure(base: string, target: Target, seconds: number, connections = 50): Promise<HttpFigure> {
  const headers: Record<string, string> = { "x-forwarded-for": target.account?.ip ?? "2001:db8::be:7c", ...target.headers };
  if (target.account) headers.cookie = [target.account.cookie, target.headers?.cookie].filter(Boolean).join("; ");
  if (target.body) headers["content-type"] = "application/json";
  const result = await autocannon({
    url: base + target.path,
    method: target.method ?? "GET",
    body: target.body,
    headers,
    connections,
    duration: seconds,
    timeout: 10,
  });
  return {
    name: target.name,
    path: target.path,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}

/** A short run so the JIT, route caches and the database pages are warm before measuring. */
export async function warm(base: string, target: Target): Promise<void> {
  await measure(base, target, 2, 10);
}
