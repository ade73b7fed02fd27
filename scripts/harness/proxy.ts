// A round-robin HTTP proxy in front of app replicas, like the load balancer of a deployment
// (docs/deploy.md): each request goes to the next replica in turn, with the client's address
// appended to X-Forwarded-For, so the replicas run with WAYPOINT_TRUST_PROXY counting it. A
// replica that cannot be reached answers 502, which the runs count as a 5xx.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RoundRobin {
  url: string;
  /** Requests sent to each replica, in the order of `upstreams`. */
  served: number[];
  close(): Promise<void>;
}

/** Response header naming the replica that answered (0-based), for the runs' reports. */
export const REPLICA_HEADER = "x-harness-replica";

export async function roundRobin(port: number, upstreams: string[]): Promise<RoundRobin> {
  const targets = upstreams.map((u) => new URL(u));
  const served = targets.map(() => 0);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  let turn = 0;
  const server = http.createServer((request, response) => {
    const index = turn++ % targets.length;
    served[index]!++;
    const target = targets[index]!;
    const chain = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        // Host stays the proxy's: links and Auth.js callbacks name the address clients use.
        headers: { ...request.headers, "x-forwarded-for": chain, "x-forwarded-proto": "http" },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [REPLICA_HEADER]: String(index) });
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502, { [REPLICA_HEADER]: String(index) });
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
