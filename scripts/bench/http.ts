// HTTP throughput of the pages that matter, each against the prebuilt-file floor of the same
// server in the same run (so a slow or busy machine moves both sides), with autocannon on loopback.
import { readFileSync } from "node:fs";
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
  /**
   * The server's own CPU time per answered request (user + system, from /proc), when its PID is
   * known. Unlike req/s it hardly moves when other work shares the cores: what the page costs.
   */
  cpuMsPerRequest?: number;
}

/** User + system CPU time of a process so far, in ms (Linux /proc; clock ticks of 10 ms). */
function cpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
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

export async function measure(base: string, target: Target, seconds: number, connections = 50, serverPid?: number): Promise<HttpFigure> {
  const cpuBefore = serverPid ? cpuMs(serverPid) : undefined;
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
  const cpuAfter = serverPid ? cpuMs(serverPid) : undefined;
  const answered = result.requests.total - result.errors - result.timeouts;
  return {
    cpuMsPerRequest: cpuBefore !== undefined && cpuAfter !== undefined && answered > 0 ? (cpuAfter - cpuBefore) / answered : undefined,
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
