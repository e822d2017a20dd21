import autocannon from 'autocannon';

/**
 * Runs autocannon against a URL and returns the figures benchmarks print. Everything is measured in the same
 * run as its baseline, and reported as a ratio, because absolute numbers on a shared machine mean little.
 */
export type Figures = {
  label: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
};

export async function measure(
  label: string,
  url: string,
  options: { connections?: number; duration?: number; headers?: Record<string, string> } = {},
): Promise<Figures> {
  const result = await autocannon({
    url,
    connections: options.connections ?? 10,
    duration: options.duration ?? 5,
    headers: options.headers,
    // The load generator runs on its own thread so it does not share the server's event loop.
    workers: 1,
  });
  return {
    label,
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p90,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}

/** A short run first, so the JIT and the database caches are warm when the measured run starts. */
export async function warmUp(url: string, seconds = 2): Promise<void> {
  await autocannon({ url, connections: 4, duration: seconds, workers: 1 });
}

export function printTable(rows: Figures[]): void {
  console.log('\n  scenario                         req/s     p50 ms  p97.5 ms  p99 ms   errors  non-2xx');
  for (const r of rows) {
    console.log(
      `  ${r.label.padEnd(30)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(9)} ${r.p95.toFixed(1).padStart(9)} ${r.p99
        .toFixed(1)
        .padStart(7)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)}`,
    );
  }
}

export type Check = { name: string; actual: number; target: number; op: '>=' | '<=' };

/** Prints each target with its measured value; returns false if any was missed. */
export function checkTargets(checks: Check[]): boolean {
  let ok = true;
  console.log('\n  target                                            measured    target   result');
  for (const c of checks) {
    const pass = c.op === '>=' ? c.actual >= c.target : c.actual <= c.target;
    ok &&= pass;
    console.log(
      `  ${c.name.padEnd(48)} ${c.actual.toFixed(3).padStart(9)} ${c.op} ${String(c.target).padStart(6)}   ${pass ? 'ok' : 'MISSED'}`,
    );
  }
  return ok;
}
