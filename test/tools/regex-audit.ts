/**
 * Regex audit: every regular expression in src/ goes through recheck (a ReDoS checker; its pure-JS build runs
 * offline) so no pattern can backtrack catastrophically on hostile input.
 *
 * Regexes are found two ways, so patterns added later are covered without a list to keep up to date:
 *  - statically: every regex literal and every `new RegExp('literal')` / `RegExp('literal')` in src/**\/*.ts
 *    (test files excluded), read with the TypeScript parser;
 *  - at run time: `new RegExp(expr)` built from data (word lists, gazetteers) is caught by wrapping the RegExp
 *    constructor while src/ is imported and extract() runs on sample texts (see test/regex-audit.test.ts).
 *
 * A regex recheck calls vulnerable may stay only with a comment `redos-ok: <why>` on its line or the line
 * above (e.g. "anchored and only run on one line of at most 60 characters").
 *
 *   npx tsx test/tools/regex-audit.ts      prints every regex with its verdict; exit code 1 on a finding
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { checkSync } from 'recheck';
import { ROOT } from '../helpers/shared.js';

const SELF = 'regex-audit.ts';

export interface FoundRegex {
  source: string;
  flags: string;
  /** file:line, relative to the repo root. */
  where: string;
  /** The regex carries a `redos-ok:` comment (the reason), on its line or the line above. */
  waiver?: string;
}

export interface Dynamic {
  where: string;
  code: string;
}

export function sourceFiles(dir = join(ROOT, 'src')): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.ts$/.test(e.name) && !/\.(test|spec)\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

const WAIVER_RE = /redos-ok:\s*(\S.*)$/;

/** The `redos-ok:` reason on line `line` (1-based) of `lines` or the line above. */
export function waiverAt(lines: string[], line: number): string | undefined {
  for (const l of [lines[line - 1], lines[line - 2]]) {
    const m = l !== undefined ? WAIVER_RE.exec(l) : null;
    if (m) return m[1]!.trim();
  }
  return undefined;
}

/** Regex literals and RegExp constructions with literal arguments in one file; non-literal constructions apart. */
export function scanFile(file: string): { found: FoundRegex[]; dynamic: Dynamic[] } {
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const rel = relative(ROOT, file);
  const found: FoundRegex[] = [];
  const dynamic: Dynamic[] = [];
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const add = (source: string, flags: string, n: ts.Node) => {
    const line = lineOf(n);
    const waiver = waiverAt(lines, line);
    found.push({ source, flags, where: `${rel}:${line}`, ...(waiver ? { waiver } : {}) });
  };
  const literal = (e: ts.Expression | undefined): string | undefined =>
    e && (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) ? e.text : undefined;
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const t = (n as ts.RegularExpressionLiteral).text;
      const cut = t.lastIndexOf('/');
      add(t.slice(1, cut), t.slice(cut + 1), n);
    } else if (
      (ts.isNewExpression(n) || ts.isCallExpression(n)) &&
      ts.isIdentifier(n.expression) && n.expression.text === 'RegExp'
    ) {
      const args = n.arguments ?? ts.factory.createNodeArray();
      const src = literal(args[0]);
      const flags = args.length > 1 ? literal(args[1]) : '';
      if (src !== undefined && flags !== undefined) add(src, flags, n);
      else dynamic.push({ where: `${rel}:${lineOf(n)}`, code: n.getText(sf).slice(0, 120) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { found, dynamic };
}

export function scanSources(files = sourceFiles()): { found: FoundRegex[]; dynamic: Dynamic[] } {
  const found: FoundRegex[] = [];
  const dynamic: Dynamic[] = [];
  for (const f of files) {
    const r = scanFile(f);
    found.push(...r.found);
    dynamic.push(...r.dynamic);
  }
  return { found, dynamic };
}

/**
 * Record every RegExp that src/ constructs while `run` runs: the constructor is wrapped, each construction
 * is attributed to the first src/ frame of its stack (constructions from node_modules are ignored).
 */
export async function captureConstructed(run: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const seen = new Map<string, FoundRegex>();
  const srcDir = join(ROOT, 'src');
  const fileLines = new Map<string, string[]>();
  const record = (args: unknown[]) => {
    const [p, f] = args;
    const source = p instanceof Original ? p.source : String(p);
    const flags = f !== undefined ? String(f) : p instanceof Original ? p.flags : '';
    // The caller is the first frame outside this file: a regex that a dependency builds (compromise, zod),
    // even while src/ imports or calls it, is the dependency's and not audited here.
    const frames = (new Error().stack ?? '').split('\n').slice(1).filter((l) => /\sat\s/.test(l));
    const frame = frames.find((l) => !l.includes(SELF));
    if (!frame || !frame.includes(srcDir) || frame.includes('node_modules')) return;
    const m = /(\/[^():]+\.ts):(\d+)/.exec(frame) ?? /(\/[^():]+):(\d+)/.exec(frame);
    const file = m?.[1] ?? srcDir;
    const line = Number(m?.[2] ?? 0);
    if (!fileLines.has(file)) {
      try {
        fileLines.set(file, readFileSync(file, 'utf8').split('\n'));
      } catch {
        fileLines.set(file, []);
      }
    }
    const waiver = waiverAt(fileLines.get(file)!, line);
    const key = `${flags}/${source}`;
    if (!seen.has(key)) seen.set(key, { source, flags, where: `${relative(ROOT, file)}:${line}`, ...(waiver ? { waiver } : {}) });
  };
  const Wrapped: RegExpConstructor = new Proxy(Original, {
    construct(target, args, newTarget): object {
      record(args);
      return Reflect.construct(target, args, newTarget === Wrapped ? target : newTarget);
    },
    apply(target, thisArg, args): RegExp {
      record(args);
      return Reflect.apply(target, thisArg, args) as RegExp;
    },
  });
  globalThis.RegExp = Wrapped;
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

export interface Verdict extends FoundRegex {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  attack?: string;
  error?: string;
}

const cache = new Map<string, Omit<Verdict, keyof FoundRegex>>();

/** recheck's verdict on one regex (deterministic: recheck's fuzzer has a fixed default seed). */
export function check(r: FoundRegex, timeoutMs = 30_000): Verdict {
  const key = `${r.flags}/${r.source}`;
  let v = cache.get(key);
  if (!v) {
    // `d` (match indices) and `g` change what a match reports, not how it backtracks; recheck knows no `d`.
    const d = checkSync(r.source, r.flags.replace(/d/g, ''), { timeout: timeoutMs });
    if (d.status === 'vulnerable') {
      v = { status: 'vulnerable', complexity: d.complexity.summary, attack: d.attack.pattern };
    } else if (d.status === 'safe') {
      v = { status: 'safe', complexity: d.complexity.summary };
    } else {
      v = { status: 'unknown', error: JSON.stringify(d.error) };
    }
    cache.set(key, v);
  }
  return { ...r, ...v };
}

/** One entry per distinct pattern (source and flags), the first place it was found kept. */
export function unique(rs: FoundRegex[]): FoundRegex[] {
  const seen = new Map<string, FoundRegex>();
  for (const r of rs) if (!seen.has(`${r.flags}/${r.source}`)) seen.set(`${r.flags}/${r.source}`, r);
  return [...seen.values()];
}

/** A finding: vulnerable or not checkable, and without a `redos-ok:` reason. */
export const isFinding = (v: Verdict) => v.status !== 'safe' && !v.waiver;

export function formatVerdict(v: Verdict): string {
  const tag = v.status === 'safe' ? 'ok  ' : v.waiver ? 'OK* ' : 'FAIL';
  const detail =
    v.status === 'vulnerable' ? ` ${v.complexity}; attack ${v.attack}` : v.status === 'unknown' ? ` not checkable: ${v.error}` : '';
  return `${tag} ${v.where}  /${v.source}/${v.flags}${detail}${v.waiver ? `  (redos-ok: ${v.waiver})` : ''}`;
}

async function main() {
  const { found, dynamic } = scanSources();
  const built = await captureConstructed(async () => {
    const { extract } = await import('../../src/index.js');
    extract('Officials said at least 12 people were killed in Kabul on Monday, according to Reuters.');
  });
  const verdicts = unique([...found, ...built]).map((r) => check(r));
  for (const v of verdicts) console.log(formatVerdict(v));
  for (const d of dynamic) console.log(`dyn  ${d.where}  ${d.code}  (checked at run time when built)`);
  const bad = verdicts.filter(isFinding);
  console.log(`${verdicts.length} regexes, ${bad.length} findings, ${verdicts.filter((v) => v.waiver).length} waived`);
  if (bad.length) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
