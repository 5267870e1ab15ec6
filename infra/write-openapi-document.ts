/**
 * Writes the OpenAPI document to the file given as argument. Run at build, beside the
 * `platform` bundle (`OPENAPI_DOCUMENT_BUNDLING` in lib/function-bundling.ts), so that the
 * Lambda serves the very document the local server builds, without shipping the generator.
 */
import { writeFileSync } from 'node:fs';
import { buildOpenApiDocument } from '../functions/platform/openapi-document.js';

const target = process.argv[2];
if (!target) throw new Error('Usage: write-openapi-document.ts <file>');
writeFileSync(target, JSON.stringify(buildOpenApiDocument()));
