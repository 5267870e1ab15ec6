import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Plugin } from 'vite';

const SOURCE = fileURLToPath(new URL('./src/sw/service-worker.ts', import.meta.url));

/** The young person's pages are loaded from here (and the entry, index.html). */
const YOUTH_PAGES = /\/web\/src\/youth\//;

export interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  /** Chunks it imports statically, and its CSS. */
  imports: string[];
}

/**
 * The files the service worker keeps from its install on: what opens Envol (the entry and
 * what it imports) and the young person's pages with what they import. Staff and organiser
 * pages are left out: not worth a young person's mobile data.
 */
export function precacheList(chunks: BuiltChunk[], publicFiles: string[]): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const kept = new Set<string>();
  const visit = (fileName: string) => {
    if (kept.has(fileName)) return;
    kept.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) visit(imported);
  };
  for (const chunk of chunks) {
    if (chunk.isEntry || (chunk.facadeModuleId && YOUTH_PAGES.test(chunk.facadeModuleId))) visit(chunk.fileName);
  }
  return ['/', '/config.json', ...publicFiles, ...kept].map((file) => (file.startsWith('/') ? file : `/${file}`)).sort();
}

/**
 * Writes `sw.js` at the root of the build (its scope is the whole site): the service worker
 * of web/src/sw/service-worker.ts with the list of files to keep and a version that changes
 * with any of them. Hand-written rather than vite-plugin-pwa: Workbox's build tool brings
 * Babel and Rollup plugins (hundreds of packages) for two caching rules.
 */
export function serviceWorkerPlugin(publicFiles: string[]): Plugin {
  return {
    name: 'envol-service-worker',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const chunks: BuiltChunk[] = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk'
          ? [
              {
                fileName: output.fileName,
                isEntry: output.isEntry,
                facadeModuleId: output.facadeModuleId,
                imports: [...output.imports, ...(output.viteMetadata?.importedCss ?? [])],
              },
            ]
          : [],
      );
      const precache = precacheList(chunks, publicFiles);
      const version = createHash('sha256')
        .update(Object.keys(bundle).sort().join('\n'))
        .update(precache.join('\n'))
        .digest('hex')
        .slice(0, 16);
      const result = await build({
        entryPoints: [SOURCE],
        bundle: true,
        write: false,
        minify: true,
        format: 'iife',
        target: 'es2020',
        define: { __ENVOL_PRECACHE__: JSON.stringify(precache), __ENVOL_VERSION__: JSON.stringify(version) },
      });
      const code = result.outputFiles[0]?.text;
      if (!code) throw new Error('The service worker did not build.');
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
    },
  };
}
