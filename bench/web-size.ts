import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fixed, table } from './lib/measure.js';

const ASSETS = join('web', 'dist', 'assets');

function gzipKb(file: string): number {
  return gzipSync(readFileSync(join(ASSETS, file))).length / 1024;
}

/** The files a chunk pulls in statically, itself included. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(ASSETS, file), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) withStaticImports(match[1] ?? '', seen);
  return seen;
}

/**
 * Bytes (gzip) of JavaScript and CSS each page loads: the entry (which holds the young
 * person's "Mon dossier") alone, then the entry plus each lazily loaded chunk.
 */
export function benchWebSize(): string {
  if (!existsSync(ASSETS)) throw new Error('web/dist is missing: run npm run build:web first.');
  const files = readdirSync(ASSETS);
  const html = readFileSync(join('web', 'dist', 'index.html'), 'utf8');
  const entry = /src="\/assets\/([\w.-]+\.js)"/.exec(html)?.[1] ?? '';
  const css = [...html.matchAll(/href="\/assets\/([\w.-]+\.css)"/g)].map((match) => match[1] ?? '');
  const entryFiles = withStaticImports(entry);
  const cssKb = css.reduce((sum, file) => sum + gzipKb(file), 0);
  const entryKb = [...entryFiles].reduce((sum, file) => sum + gzipKb(file), 0);

  const rows: (string | number)[][] = [
    ['entry: dev login, "Mon dossier" (young person)', fixed(entryKb), fixed(cssKb), fixed(entryKb + cssKb)],
  ];
  for (const chunk of files.filter((file) => file.endsWith('.js') && !entryFiles.has(file)).sort()) {
    const chunkKb = [...withStaticImports(chunk)].filter((file) => !entryFiles.has(file)).reduce((sum, file) => sum + gzipKb(file), 0);
    rows.push([`entry + ${chunk.replace(/\.js$/, '')}`, fixed(entryKb + chunkKb), fixed(cssKb), fixed(entryKb + chunkKb + cssKb)]);
  }
  return ['### Web: JavaScript and CSS each page loads (KB, gzip)', '', table(['page', 'JS', 'CSS', 'total'], rows)].join('\n');
}
