/**
 * The file the OpenAPI document is written to beside the `platform` bundle at build, read
 * by that Lambda on the first request for it. Kept free of any import: the CDK app and the
 * Lambda both read it.
 */
export const OPENAPI_DOCUMENT_FILE = 'openapi.json';
