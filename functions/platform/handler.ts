import { readFileSync } from 'node:fs';
import { lambdaHandler } from '../../shared/http/lambda-handler.js';
import { OPENAPI_DOCUMENT_FILE } from '../../shared/openapi-document-file.js';
import { createPlatformApp } from './app.js';
import type { OpenApiDocument } from './docs-page.js';

/** The document written beside this bundle at build (see infra/lib/function-bundling.ts). */
const readDocument = () => JSON.parse(readFileSync(new URL(`./${OPENAPI_DOCUMENT_FILE}`, import.meta.url), 'utf8')) as OpenApiDocument;

export const handler = lambdaHandler(createPlatformApp(readDocument));
