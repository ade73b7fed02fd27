import http from "node:http";
import { PEER_HEADER } from "@/lib/rate-limit";

const INSTALLED = Symbol.for("waypoint.peerHeader");

/**
 * Next's route handlers and server actions see a Web `Request`, which has no socket, and Next only
 * fills X-Forwarded-For with the socket address when the client sent none (so a client can write
 * its own). This stamps every incoming request with the TCP peer's address under PEER_HEADER,
 * replacing any value the client sent, before Next reads the request. http.Server is patched at
 * the prototype, so it covers the server `next start` has already created.
 */
export function installPeerHeader(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof proto.emit;
}
