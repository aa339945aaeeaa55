/** Median wall time in milliseconds of `fn` over `runs` calls, after `warmup` untimed calls. */
export function medianMs(fn: () => unknown, runs = 200, warmup = 20): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
