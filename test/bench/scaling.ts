/**
 * Scaling bench: time per MB of extract() (and of its first stages) at 1 KB, 64 KB, 1 MB and 8 MB inputs,
 * built at run time from the BBC corpus in ../shared (never copied into the repo). Linear time means the
 * time per MB stays flat; a spread of more than 2× between sizes is flagged as non-linear.
 *
 *   npm run bench -- scaling          (through test/bench/run.ts)
 *   npx tsx test/bench/scaling.ts     (on its own; exit code 1 when non-linear)
 *   --sizes=1k,64k,1m,8m --budget=2 --repeats=3   (sizes; CPU seconds aimed at per size; fewest repeats)
 */
import { pathToFileURL } from 'node:url';
import { extract } from '../../src/index.js';
import { normalise } from '../../src/normalise.js';
import { segment } from '../../src/segment.js';
import { hasShared, readJsonl, sharedPath } from '../helpers/shared.js';

const MB = 1 << 20;
const SIZE_NAMES: Record<string, number> = { '1k': 1 << 10, '64k': 64 << 10, '1m': MB, '8m': 8 * MB };
export const MAX_SPREAD = 2;

export interface ScalingRow {
  size: string;
  chars: number;
  inputs: number;
  /** CPU milliseconds per MB of input (MB = 2^20 UTF-16 units), fastest of several repeats. */
  normalise: number;
  segment: number;
  extract: number;
}

export interface ScalingReport {
  rows: ScalingRow[];
  /** max/min of extract's ms per MB over the sizes. */
  spread: number;
  linear: boolean;
}

/** One long stream of corpus text: articles joined by blank lines, cycled until it holds `chars`. */
function corpusText(chars: number): string {
  const path = sharedPath('corpus', 'bbc-news.jsonl');
  const texts = readJsonl<{ text?: unknown }>(path)
    .map((r) => r.text)
    .filter((t): t is string => typeof t === 'string' && t.trim() !== '');
  if (texts.length === 0) throw new Error(`no texts in ${path}`);
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n');
}

/** Windows of `size` characters from the stream: enough of them to make about `target` characters in all. */
function windows(stream: string, size: number, target: number): string[] {
  const k = Math.max(1, Math.floor(target / size));
  const out: string[] = [];
  for (let i = 0; i < k; i++) {
    const start = (i * size) % Math.max(1, stream.length - size);
    out.push(stream.slice(start, start + size));
  }
  return out;
}

/** CPU milliseconds used by this process so far (user + system): steadier than wall time on a busy machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * ms per MB of `fn` over all inputs: the fastest of several repeats (at least 3, more while under `budgetMs`,
 * at most 9). The minimum is the measure least disturbed by other processes and by stray GC pauses.
 */
function msPerMB(inputs: string[], fn: (s: string) => unknown, budgetMs: number, minRepeats = 3): number {
  const chars = inputs.reduce((n, s) => n + s.length, 0);
  const runs: number[] = [];
  const t0 = cpuMs();
  do {
    const t = cpuMs();
    for (const s of inputs) fn(s);
    runs.push(((cpuMs() - t) * MB) / chars);
  } while (runs.length < minRepeats || (runs.length < 9 && cpuMs() - t0 < budgetMs));
  return Math.min(...runs);
}

export function measure(sizes: string[] = ['1k', '64k', '1m', '8m'], budgetSeconds = 2, minRepeats = 3): ScalingReport {
  const lengths = sizes.map((s) => {
    const n = SIZE_NAMES[s.toLowerCase()];
    if (!n) throw new Error(`unknown size ${s} (use ${Object.keys(SIZE_NAMES).join(', ')})`);
    return n;
  });
  const biggest = Math.max(...lengths);
  const stream = corpusText(Math.max(biggest, MB) + 1);
  // Warm up the JIT and compromise's lazy set-up on something small first.
  for (const s of windows(stream, 4096, 64 * 1024)) extract(s);

  const rows: ScalingRow[] = sizes.map((name, i) => {
    const size = lengths[i]!;
    // Small sizes: many different windows (1 MB in all), so each size reads comparable text.
    const inputs = windows(stream, size, Math.max(size, MB));
    const budget = budgetSeconds * 1000;
    const stages = (s: string) => {
      const n = normalise(s);
      return segment(s, n.text, n.furniture);
    };
    return {
      size: name,
      chars: size,
      inputs: inputs.length,
      normalise: msPerMB(inputs, normalise, budget / 4, minRepeats),
      segment: msPerMB(inputs, stages, budget / 4, minRepeats),
      extract: msPerMB(inputs, (s) => extract(s), budget, minRepeats),
    };
  });
  const per = rows.map((r) => r.extract);
  const spread = Math.max(...per) / Math.min(...per);
  return { rows, spread, linear: spread <= MAX_SPREAD };
}

export function format(report: ScalingReport): string {
  const pad = (s: string, n: number) => s.padStart(n);
  const lines = [
    'scaling: CPU ms per MB of input (fastest of several repeats; "segment" includes normalise)',
    `${pad('size', 6)} ${pad('inputs', 7)} ${pad('normalise', 10)} ${pad('segment', 10)} ${pad('extract', 10)}`,
    ...report.rows.map(
      (r) =>
        `${pad(r.size, 6)} ${pad(String(r.inputs), 7)} ${pad(r.normalise.toFixed(1), 10)} ${pad(r.segment.toFixed(1), 10)} ${pad(r.extract.toFixed(1), 10)}`,
    ),
  ];
  const stageSpread = (k: 'normalise' | 'segment') => {
    const xs = report.rows.map((r) => r[k]);
    return Math.max(...xs) / Math.min(...xs);
  };
  lines.push(
    `spread of extract ms/MB across sizes: ${report.spread.toFixed(2)}× ` +
      (report.linear ? `(linear: flat within ${MAX_SPREAD}×)` : `NON-LINEAR: more than ${MAX_SPREAD}×`),
    `spread of normalise: ${stageSpread('normalise').toFixed(2)}×, of normalise+segment: ${stageSpread('segment').toFixed(2)}×`,
  );
  return lines.join('\n');
}

/** Entry point for test/bench/run.ts and for running this file alone. Returns false when non-linear. */
export async function main(args: string[] = []): Promise<boolean> {
  if (!hasShared) {
    console.error('scaling bench: ../shared/corpus is missing (set NEWSCLAIMS_SHARED)');
    return false;
  }
  const sizes = args.find((a) => a.startsWith('--sizes='))?.slice(8).split(',');
  const budget = Number(args.find((a) => a.startsWith('--budget='))?.slice(9) ?? 2);
  const repeats = Number(args.find((a) => a.startsWith('--repeats='))?.slice(10) ?? 3);
  const report = measure(sizes, budget, Math.max(1, repeats));
  console.log(format(report));
  return report.linear;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (ok) => {
      if (!ok) process.exitCode = 1;
    },
    (e: unknown) => {
      console.error(e);
      process.exitCode = 2;
    },
  );
}
