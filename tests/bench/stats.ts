import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export async function measure(fn: () => unknown, iterations = 1000, warmup = 200): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}

export function ms(value: number): string {
  return `${value.toFixed(2)} ms`;
}

export function report(label: string, viaDispatch: Timing, raw: Timing): void {
  console.log(
    `${label.padEnd(28)} dispatch median ${ms(viaDispatch.median)}, p95 ${ms(viaDispatch.p95)} | raw median ${ms(raw.median)}, p95 ${ms(raw.p95)} | ratio (median) ${(viaDispatch.median / raw.median).toFixed(2)}`,
  );
}
