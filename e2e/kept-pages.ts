import type { APIResponse } from "@playwright/test";
import { expect } from "./fixtures";

/** Says whether a page kept by its data (docs/decisions/0016, 0017) was rendered or sent again. */
export const SOURCE = "x-waypoint-page-source";

/** Reads a page twice as the same reader: the first may be rendered or kept, the second must be kept. */
export async function readTwice(read: () => Promise<APIResponse>): Promise<string> {
  const first = await read();
  expect(first.status()).toBe(200);
  const second = await read();
  expect(second.status()).toBe(200);
  expect(second.headers()[SOURCE]).toBe("kept");
  const html = await second.text();
  expect(html).toBe(await first.text());
  return html;
}
