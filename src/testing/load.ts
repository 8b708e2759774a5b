/**
 * Fixture files on disk: NAME.expected.json beside its article, NAME.txt (plain text) or
 * NAME.json (an article object {text, id?, publishedAt?, ...} or a JSON string).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extract } from '../extract.js';
import type { Article, ExtractionResult } from '../schema.js';
import { checkFixture, FixtureError, parseFixture, type Fixture, type FixtureReport } from './fixture.js';

const EXPECTED = '.expected.json';

export interface FixtureFile {
  name: string;
  /** NAME.expected.json */
  expectedPath: string;
  /** NAME.txt or NAME.json; undefined when neither exists. */
  articlePath?: string;
}

/** The article beside an expected file: NAME.txt first, then NAME.json. */
function articleOf(dir: string, name: string): string | undefined {
  for (const ext of ['.txt', '.json']) {
    const p = join(dir, name + ext);
    if (existsSync(p)) return p;
  }
  return undefined;
}

/**
 * Fixtures named by paths: a directory gives every NAME.expected.json in it (and below it), sorted;
 * a file may be NAME.expected.json, NAME.txt or NAME.json.
 */
export function findFixtures(paths: string[]): FixtureFile[] {
  const out: FixtureFile[] = [];
  const seen = new Set<string>();
  const add = (expectedPath: string) => {
    if (seen.has(expectedPath)) return;
    seen.add(expectedPath);
    const name = basename(expectedPath).slice(0, -EXPECTED.length);
    const articlePath = articleOf(dirname(expectedPath), name);
    out.push({ name, expectedPath, ...(articlePath ? { articlePath } : {}) });
  };
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(join(dir, entry.name));
      else if (entry.isFile() && entry.name.endsWith(EXPECTED)) add(join(dir, entry.name));
    }
  };
  for (const p of paths) {
    if (!existsSync(p)) throw new FixtureError(`${p}: no such file or directory`);
    if (statSync(p).isDirectory()) { walk(p); continue; }
    if (p.endsWith(EXPECTED)) { add(p); continue; }
    const name = basename(p).replace(/\.(txt|json)$/, '');
    const expected = join(dirname(p), name + EXPECTED);
    if (!existsSync(expected)) throw new FixtureError(`${p}: no ${name}${EXPECTED} beside it`);
    add(expected);
  }
  return out;
}

export interface LoadedFixture extends FixtureFile {
  article: Article;
  fixture: Fixture;
}

/** Read and validate one fixture; throws a FixtureError that says which file and why. */
export function loadFixture(file: FixtureFile): LoadedFixture {
  if (!file.articlePath) throw new FixtureError(`${file.expectedPath}: no ${file.name}.txt or ${file.name}.json beside it`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file.expectedPath, 'utf8'));
  } catch (e) {
    throw new FixtureError(`${file.expectedPath}: not valid JSON (${(e as Error).message})`);
  }
  const fixture = parseFixture(json, file.expectedPath);
  const raw = readFileSync(file.articlePath, 'utf8');
  let article: Article;
  if (file.articlePath.endsWith('.json')) {
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      throw new FixtureError(`${file.articlePath}: not valid JSON (${(e as Error).message})`);
    }
    if (typeof obj === 'string') article = { text: obj };
    else if (obj && typeof obj === 'object' && typeof (obj as { text?: unknown }).text === 'string') article = obj as Article;
    else throw new FixtureError(`${file.articlePath}: expected an article object with a string "text", or a JSON string`);
  } else {
    article = { text: raw };
  }
  const meta = fixture.article;
  if (meta?.publishedAt && article.publishedAt === undefined) article = { ...article, publishedAt: meta.publishedAt };
  if (meta?.id && article.id === undefined) article = { ...article, id: meta.id };
  return { ...file, article, fixture };
}

export interface FixtureRun extends FixtureFile {
  /** Set when the fixture could not be read or validated (a failure). */
  error?: string;
  result?: ExtractionResult;
  report?: FixtureReport;
}

/** Run extraction over fixture files and check each; a broken file is a failed run, not a throw. */
export function runFixtures(
  paths: string[],
  run: (article: Article) => ExtractionResult = (a) => extract(a),
): FixtureRun[] {
  return findFixtures(paths).map((file) => {
    try {
      const { article, fixture } = loadFixture(file);
      const result = run(article);
      return { ...file, result, report: checkFixture(result, fixture) };
    } catch (e) {
      if (e instanceof FixtureError) return { ...file, error: e.message };
      throw e;
    }
  });
}
