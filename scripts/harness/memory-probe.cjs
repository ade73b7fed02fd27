// Preloaded into `next start` by the load run only (node --expose-gc --require …): on SIGUSR2 the
// server collects garbage fully and reports its memory on stderr, so "memory before" and "after"
// compare live data, not whenever V8 last chose to shrink its heap.
// It also reports how long the event loop was held up since the last probe, to tell a server that
// is merely busy (many short turns) from one that blocks (a few long ones).
// A `--require` preload runs as CommonJS, before any ES module loader exists.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { monitorEventLoopDelay } = require("node:perf_hooks");
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();

process.on("SIGUSR2", () => {
  if (typeof global.gc === "function") {
    global.gc();
    global.gc();
  }
  const loop = { loopDelayP99Ms: loopDelay.percentile(99) / 1e6, loopDelayMaxMs: loopDelay.max / 1e6 };
  loopDelay.reset();
  process.stderr.write(`[memory-probe] ${JSON.stringify({ ...process.memoryUsage(), ...loop })}\n`);
});
