import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** One string literal, template piece or JSX text of a source file, as written (quotes included). */
export interface TextPiece {
  start: number;
  end: number;
  raw: string;
  /** The piece's value as JavaScript sees it (for JSX text: as written). */
  text: string;
}

/** Every piece of text in `source`: string literals, template pieces and JSX text. Comments and code are left out. */
export function frenchTextPieces(fileName: string, source: string): TextPiece[] {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : fileName.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const pieces: TextPiece[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      // JSX text has no trivia: its leading space is text (« </strong> : suite »), which getStart would skip.
      const start = ts.isJsxText(node) ? node.pos : node.getStart(file);
      pieces.push({ start, end: node.end, raw: source.slice(start, node.end), text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return pieces;
}

// The helper's own tests hold loose spaces on purpose, and so does this file's scan.
const LEFT_ALONE = ['shared/text/french-typography.test.ts', 'test/e2e/french-typography.test.ts'];

function walk(dir: string, out: string[]) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(path, out);
    } else if (/\.tsx?$/.test(entry.name) && !LEFT_ALONE.includes(path)) out.push(path);
  }
}

/** The sources whose strings reach people (the web, the API, the demo data) and the tests that quote them. */
export function sourceFilesForTypography(): string[] {
  const files: string[] = [];
  for (const dir of ['web/src', 'shared', 'functions', 'test']) walk(dir, files);
  return files;
}
