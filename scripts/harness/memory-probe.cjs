// Preloaded into `next start` by the load run only (node --expose-gc --require …): on SIGUSR2 the
// server collects garbage fully and reports its memory on stderr, so "memory before" and "after"
// compare live data, not whenever V8 last chose to shrink its heap.
process.on("SIGUSR2", () => {
  if (typeof global.gc === "function") {
    global.gc();
    global.gc();
  }
  process.stderr.write(`[memory-probe] ${JSON.stringify(process.memoryUsage())}\n`);
});
