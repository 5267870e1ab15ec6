/**
 * `npm run typography`: makes the spaces before `? ! ; :` and `%` and inside « » narrow and
 * no-break (U+202F) in every string literal, template and JSX text of the sources, so that
 * what the built pages and the API say never breaks a line before a « ? ». The check that
 * fails on a loose space is test/e2e/french-typography.test.ts; this fixes what it finds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tightenFrenchSpaces } from '../shared/text/french-typography.js';
import { frenchTextPieces, sourceFilesForTypography } from '../test/support/french-strings.js';

let changed = 0;
for (const file of sourceFilesForTypography()) {
  const source = readFileSync(file, 'utf8');
  // Rewritten from the end so that earlier offsets stay true.
  const pieces = frenchTextPieces(file, source).sort((a, b) => b.start - a.start);
  let next = source;
  for (const piece of pieces) {
    // The character before the piece counts as a word: « {count} : » is a JSX text starting with a space.
    const fixed = tightenFrenchSpaces(`x${piece.raw}`).slice(1);
    if (fixed !== piece.raw) next = next.slice(0, piece.start) + fixed + next.slice(piece.end);
  }
  if (next !== source) {
    writeFileSync(file, next);
    changed += 1;
    console.log(`typography: ${file}`);
  }
}
console.log(`typography: ${changed} file(s) changed.`);
