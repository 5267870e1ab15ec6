import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The web's API types are inferred from the server's zod schemas (types.ts). That costs the
// young person's bundle nothing only while every run-time import from outside web/src leads
// to modules that load no schema library and no SDK. This walks the imports to prove it.
const WEB_SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_ONLY_PACKAGES = /^(zod|@hono\/zod-openapi|hono|@aws-sdk\/|jose|ulid)/;

/** The modules a file imports at run time (`import type` and `export type` left out). */
function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of code.matchAll(/^(?:import|export)\s+(type\s+)?(?:[\s\S]*?\s+from\s+)?'([^']+)';/gm)) {
    if (!match[1]) specifiers.push(match[2] ?? '');
  }
  return specifiers;
}

function resolveRelative(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier);
  if (path.endsWith('.js')) return path.replace(/\.js$/, '.ts');
  for (const ending of ['.ts', '.tsx', '/index.ts']) {
    const candidate = `${path}${ending}`;
    try {
      readFileSync(candidate);
      return candidate;
    } catch {
      // try the next ending
    }
  }
  return path;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every server-only package reached at run time from `file`, with the chain of imports that reaches it. */
function serverOnlyReach(file: string, chain: string[], seen: Set<string>): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  return runtimeImports(file).flatMap((specifier) => {
    if (SERVER_ONLY_PACKAGES.test(specifier)) return [[...chain, specifier].join(' → ')];
    if (!specifier.startsWith('.')) return [];
    const target = resolveRelative(file, specifier);
    return serverOnlyReach(target, [...chain, target.replace(`${WEB_SRC}/`, '')], seen);
  });
}

describe('web API types', () => {
  it('come from the server schemas through type-only imports', () => {
    const types = readFileSync(join(WEB_SRC, 'api', 'types.ts'), 'utf8');
    expect(types).toMatch(/z\.infer<typeof youthSchema>/);
    expect(runtimeImports(join(WEB_SRC, 'api', 'types.ts'))).toEqual([]);
  });

  it('bring no schema library or SDK into the web bundle at run time', () => {
    const seen = new Set<string>();
    const reached = sourceFiles(WEB_SRC).flatMap((file) => serverOnlyReach(file, [file.replace(`${WEB_SRC}/`, '')], seen));
    expect(reached).toEqual([]);
  });

  it('notice a run-time import of zod, even through a local re-export', () => {
    const schemas = join(WEB_SRC, '..', '..', 'shared', 'schemas', 'common.ts');
    expect(serverOnlyReach(schemas, ['common.ts'], new Set()).join('\n')).toMatch(/zod-openapi\.ts → (zod|@asteasolutions)/);
  });
});
