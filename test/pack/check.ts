/**
 * The packaging check (issue 2): `npm pack` the repo, put the tarball into a scratch project in a temp
 * dir, and check what a user gets — `import { extract } from 'newsclaims'`, `require('newsclaims')`,
 * the extractMany worker in both formats, the bin, and that TypeScript sees the types (ESM and CJS).
 *
 *   tsx test/pack/check.ts            link mode (default, offline, a few seconds): the tarball is unpacked
 *                                     into node_modules/newsclaims and its dependencies are linked from
 *                                     this repo's node_modules
 *   tsx test/pack/check.ts --install  `npm install --offline` of the tarball from the local npm cache
 *                                     (the real install path; slower: ~15 s here)
 * Needs a build (dist/). Exits non-zero with the failing step on any problem.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${e.stdout ?? ''}${e.stderr ?? e.message}`);
  }
}

/** The files a user needs, and a few that must not ship. */
const MUST_SHIP = ['package.json', 'README.md', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/worker.js', 'dist/worker.cjs', 'dist/cli.js'];
const MUST_NOT_SHIP = /^(src|test|fixtures\/.*\.expected\.json|node_modules)\b/;

const ESM_CHECK = `
import { extract, extractMany, schemas, SCHEMA_VERSION } from 'newsclaims';
const r = extract({ id: 'a', text: 'Officials said at least 12 people were killed in Kabul.' });
if (r.schemaVersion !== SCHEMA_VERSION || !schemas.ExtractionResult.safeParse(r).success) throw new Error('bad ESM result');
const out = [];
for await (const b of extractMany(['one', { id: 'two', text: 'two' }, 42], { concurrency: 1 })) out.push(b.ok);
if (out.join() !== 'true,true,false') throw new Error('ESM extractMany: ' + out.join());
console.log('esm ok');
`;

const CJS_CHECK = `
const { extract, extractMany, schemas } = require('newsclaims');
if (!schemas.ExtractionResult.safeParse(extract('Police arrested 40 people.')).success) throw new Error('bad CJS result');
(async () => {
  const out = [];
  for await (const b of extractMany(['one', 'two'], { concurrency: 1 })) out.push(b.ok);
  if (out.join() !== 'true,true') throw new Error('CJS extractMany: ' + out.join());
  console.log('cjs ok');
})().catch((e) => { console.error(e); process.exit(1); });
`;

// Type checks: a wrong call must be an error (so the types are really there, not any).
const TS_ESM = `
import { extract, extractMany, type ExtractionResult, type BatchRecord, type NumericClaim } from 'newsclaims';
const r: ExtractionResult = extract('Officials said 12 people were killed.');
const q: NumericClaim['qualifier'] | undefined = r.claims[0]?.qualifier;
// @ts-expect-error a number is not an article
extract(42);
export async function all(): Promise<number> {
  let n = 0;
  for await (const b of extractMany(['x'], { concurrency: 1 })) {
    const rec: BatchRecord = b;
    n += rec.ok ? rec.result.claims.length : rec.error.length;
  }
  return n + (q ? 1 : 0);
}
`;

const TS_CJS = `
import newsclaims = require('newsclaims');
const r: newsclaims.ExtractionResult = newsclaims.extract({ text: 'x' });
// @ts-expect-error text must be a string
newsclaims.extract({ text: 5 });
export = r.claims.length;
`;

export function checkPack(mode: 'link' | 'install'): string[] {
  const steps: string[] = [];
  for (const f of ['dist/index.js', 'dist/worker.js']) {
    if (!existsSync(join(ROOT, f))) throw new Error(`${f} is missing: run npm run build first`);
  }
  const tmp = mkdtempSync(join(tmpdir(), 'newsclaims-pack-'));
  try {
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', tmp, '--ignore-scripts'], ROOT)) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = packed[0]!.files.map((f) => f.path);
    const missing = MUST_SHIP.filter((f) => !files.includes(f));
    if (missing.length) throw new Error(`the tarball lacks ${missing.join(', ')}`);
    const extra = files.filter((f) => MUST_NOT_SHIP.test(f));
    if (extra.length) throw new Error(`the tarball ships ${extra.join(', ')}`);
    steps.push(`packed ${files.length} files`);
    const tarball = join(tmp, packed[0]!.filename);

    const app = join(tmp, 'app');
    mkdirSync(join(app, 'node_modules', '@types'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
    const repoModules = join(ROOT, 'node_modules');
    if (mode === 'install') {
      run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', tarball], app);
      steps.push('npm install --offline of the tarball');
    } else {
      run('tar', ['xzf', tarball, '-C', app], app);
      renameSync(join(app, 'package'), join(app, 'node_modules', 'newsclaims'));
      const pkg = JSON.parse(readFileSync(join(app, 'node_modules', 'newsclaims', 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      for (const dep of Object.keys(pkg.dependencies ?? {})) symlinkSync(join(repoModules, dep), join(app, 'node_modules', dep), 'dir');
      steps.push('unpacked the tarball, linked its dependencies');
    }
    // A TypeScript user has @types/node; the checker itself comes from this repo.
    if (!existsSync(join(app, 'node_modules', '@types', 'node'))) symlinkSync(join(repoModules, '@types', 'node'), join(app, 'node_modules', '@types', 'node'), 'dir');

    writeFileSync(join(app, 'esm.mjs'), ESM_CHECK);
    writeFileSync(join(app, 'cjs.cjs'), CJS_CHECK);
    if (run(process.execPath, ['esm.mjs'], app).trim() !== 'esm ok') throw new Error('ESM check printed nothing');
    steps.push("import { extract, extractMany } from 'newsclaims' (worker.js)");
    if (run(process.execPath, ['cjs.cjs'], app).trim() !== 'cjs ok') throw new Error('CJS check printed nothing');
    steps.push("require('newsclaims') (worker.cjs)");
    const version = run(process.execPath, [join(app, 'node_modules', 'newsclaims', 'dist', 'cli.js'), '--version'], app).trim();
    const expected = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    if (version !== expected) throw new Error(`the CLI says version ${version}, package.json ${expected}`);
    steps.push(`newsclaims --version = ${version}`);

    writeFileSync(join(app, 'esm.mts'), TS_ESM);
    writeFileSync(join(app, 'cjs.cts'), TS_CJS);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: ['node'], skipLibCheck: true },
      files: ['esm.mts', 'cjs.cts'],
    }));
    run(process.execPath, [join(repoModules, 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], app);
    steps.push('TypeScript sees the types (ESM .mts and CJS .cts consumers)');
    return steps;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    for (const s of checkPack(process.argv.includes('--install') ? 'install' : 'link')) console.log(`ok  ${s}`);
  } catch (err) {
    console.error(`pack check failed: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
