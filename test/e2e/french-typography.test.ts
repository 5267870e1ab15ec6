import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasLooseFrenchSpacing } from '../../shared/text/french-typography.js';
import { frenchTextPieces, sourceFilesForTypography } from '../support/french-strings.js';

/** Every string of `files` with a plain space where French wants a narrow no-break one, as « file: text ». */
function looseStrings(files: string[]): string[] {
  return files.flatMap((file) =>
    frenchTextPieces(file, readFileSync(file, 'utf8'))
      .filter((piece) => hasLooseFrenchSpacing(piece.text))
      .map((piece) => `${file}: ${piece.text.trim().slice(0, 120)}`),
  );
}

// What `npm run typography` fixes, and what to run when this fails.
describe('French typography: no line ever starts with « ? ! : ; » or ends with « «', () => {
  it('finds no loose space in the strings of the built pages (web/dist)', () => {
    const dir = 'web/dist/assets';
    const bundles = readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(dir, name));
    expect(bundles.length).toBeGreaterThan(3);
    expect(looseStrings(bundles)).toEqual([]);
  });

  it('finds no loose space in what the API and the demo data say (shared, functions)', () => {
    const server = sourceFilesForTypography().filter((file) => /^(shared|functions)\//.test(file) && !file.includes('.test.'));
    expect(server.length).toBeGreaterThan(50);
    expect(looseStrings(server)).toEqual([]);
  });
});
