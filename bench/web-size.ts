import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fixed, table } from './lib/measure.js';

const WEB_ROOT = join('web', 'dist');
const ASSETS = join(WEB_ROOT, 'assets');

/** The files a chunk pulls in statically, itself included. */
function withStaticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(ASSETS, file), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*"\.\/([\w.-]+\.js)"/g)) withStaticImports(match[1] ?? '', seen);
  return seen;
}

/** Bytes of the body as they come over the wire from the local server for `acceptEncoding`. */
function wireBytes(url: string, acceptEncoding: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`${url}: ${res.statusCode}`))));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Bytes on the wire (KB) of the JavaScript and CSS each page loads, as the local server
 * sends them (compressed as CloudFront does): the entry (which holds the young person's
 * "Mon dossier") alone, then the entry plus each lazily loaded chunk; brotli (what phones
 * ask for) against gzip and the files as built, all fetched in the same run.
 */
export async function benchWebSize(serverUrl: string): Promise<string> {
  if (!existsSync(ASSETS)) throw new Error('web/dist is missing: run npm run build:web first.');
  const files = readdirSync(ASSETS);
  const html = readFileSync(join(WEB_ROOT, 'index.html'), 'utf8');
  const entry = /src="\/assets\/([\w.-]+\.js)"/.exec(html)?.[1] ?? '';
  const css = [...html.matchAll(/href="\/assets\/([\w.-]+\.css)"/g)].map((match) => match[1] ?? '');
  const entryFiles = new Set([...withStaticImports(entry), ...css]);

  const sizes = new Map<string, { identity: number; gzip: number; br: number }>();
  for (const file of [...files, 'index.html'].filter((name) => /\.(js|css|html)$/.test(name))) {
    const url = `${serverUrl}/${file === 'index.html' ? '' : 'assets/'}${file}`;
    sizes.set(file, { identity: await wireBytes(url, 'identity'), gzip: await wireBytes(url, 'gzip'), br: await wireBytes(url, 'br') });
  }
  const total = (list: Iterable<string>, encoding: 'identity' | 'gzip' | 'br') =>
    [...list].reduce((sum, file) => sum + (sizes.get(file)?.[encoding] ?? 0), 0) / 1024;
  const row = (label: string, list: Set<string>) => {
    const brotli = total(list, 'br');
    return [label, fixed(total(list, 'identity')), fixed(total(list, 'gzip')), fixed(brotli), fixed(brotli / total(list, 'identity'), 2)];
  };

  const first = new Set(['index.html', ...entryFiles]);
  const rows: (string | number)[][] = [row('first load: index.html, entry (dev login, "Mon dossier"), CSS', first)];
  for (const chunk of files.filter((file) => file.endsWith('.js') && !entryFiles.has(file)).sort()) {
    rows.push(row(`+ ${chunk.replace(/-[\w-]{8}\.js$/, '')}`, new Set([...first, ...withStaticImports(chunk)])));
  }
  return [
    '### Web: bytes on the wire from the local server, each page (KB; HTML, JavaScript and CSS)',
    '',
    table(['page', 'as built', 'gzip', 'brotli (phones)', 'ratio brotli / as built'], rows),
  ].join('\n');
}
