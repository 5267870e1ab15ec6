import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../../functions/platform/openapi-document.js';
import { PACKAGE_FORMAT } from '../../functions/youth-archive/archives-package.js';
import { BUNDLE_BUDGET_BYTES, OPENAPI_DOCUMENT_FUNCTION } from '../../infra/lib/function-bundling.js';
import { AREAS } from '../../shared/areas.js';
import { OPENAPI_DOCUMENT_FILE } from '../../shared/openapi-document-file.js';

interface SynthResource {
  Type: string;
  Metadata?: { 'aws:asset:path'?: string };
  Properties: { Code?: { S3Key?: unknown }; Environment?: { Variables?: Record<string, unknown> } };
}

/** What a bundle answers to one request, imported in a fresh Node process as Lambda would. */
function firstAnswer(bundle: string, path: string): { statusCode: number; body: string } {
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: '',
    headers: { host: 'synth.test' },
    isBase64Encoded: false,
    requestContext: {
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: 'r',
      stage: '$default',
    },
  };
  const script = `const { handler } = await import(${JSON.stringify(bundle)}); const r = await handler(${JSON.stringify(event)}, { awsRequestId: 'r' }); process.stdout.write(JSON.stringify({ statusCode: r.statusCode, body: r.body }));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      ENVOL_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
      ENVOL_ISSUER: 'https://issuer.test',
      ENVOL_AUDIENCE: 'test',
      ENVOL_TABLE: 'test',
      ENVOL_CURSOR_SECRET: 'test-cursor-secret-test-cursor-secret',
      AWS_REGION: 'eu-west-3',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
  });
  if (result.status !== 0) throw new Error(`${bundle}: ${result.stderr}`);
  return JSON.parse(result.stdout) as { statusCode: number; body: string };
}

/**
 * `cdk synth` as a developer runs it: offline, no AWS credentials, real esbuild
 * bundling of every area's handler and the built web. (The other infra tests skip
 * bundling to stay fast.)
 */
describe('cdk synth', () => {
  let output: string;
  let synth: ReturnType<typeof spawnSync>;
  /** Every function the stack deploys (areas and any other), by name, with its bundle folder. */
  let bundles: { name: string; dir: string }[];

  beforeAll(() => {
    expect(existsSync('web/dist/index.html'), 'npm test builds the web first').toBe(true);
    output = mkdtempSync(join(tmpdir(), 'envol-synth-'));
    synth = spawnSync('npx', ['cdk', 'synth', '--quiet', '--no-notices', '--output', output], {
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '', CDK_DISABLE_VERSION_CHECK: 'true' },
    });
    if (synth.status !== 0) return;
    const template = JSON.parse(readFileSync(join(output, 'Envol.template.json'), 'utf8')) as { Resources: Record<string, SynthResource> };
    bundles = Object.values(template.Resources).flatMap((resource) => {
      const service = resource.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME;
      const asset = resource.Metadata?.['aws:asset:path'];
      if (resource.Type !== 'AWS::Lambda::Function' || typeof service !== 'string' || !service.startsWith('envol-') || !asset) return [];
      return [{ name: service.slice('envol-'.length), dir: join(output, asset) }];
    });
  }, 300_000);

  it('works offline and bundles one Lambda per area', () => {
    expect(synth.status, String(synth.stderr)).toBe(0);
    expect(bundles.map(({ name }) => name)).toEqual(expect.arrayContaining(AREAS.map((area) => area.name)));
    const assets = readdirSync(output).filter((name) => name.startsWith('asset.') && existsSync(join(output, name, 'index.mjs')));
    expect(assets.length).toBe(bundles.length);
  });

  it('keeps every function bundle within the budget', () => {
    const sizes = bundles.map(({ name, dir }) => ({ name, kilobytes: Math.round(statSync(join(dir, 'index.mjs')).size / 1024) }));
    const over = sizes.filter(({ kilobytes }) => kilobytes * 1024 > BUNDLE_BUDGET_BYTES);
    expect(over, `budget ${BUNDLE_BUDGET_BYTES / 1024} KB (infra/lib/function-bundling.ts)`).toEqual([]);
  });

  it('ships no OpenAPI generator or metadata and no credential chain but the environment', () => {
    for (const { name, dir } of bundles) {
      const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
      expect(code, name).not.toMatch(/OpenApiGeneratorV31|generateDocument/);
      // Nor the real `.openapi()`, which rebuilds each schema to file its metadata (`extendedFrom`).
      expect(code, name).not.toMatch(/extendedFrom/);
      expect(code, name).not.toMatch(/fromSSO|fromIni|AWS_CONTAINER_CREDENTIALS_FULL_URI/);
      // Only the French messages of zod: no other locale's words.
      expect(code, name).not.toMatch(/se esperaba|erwartet/);
    }
  });

  it('serves from the platform bundle the OpenAPI document the local server builds', () => {
    const platform = bundles.find(({ name }) => name === OPENAPI_DOCUMENT_FUNCTION);
    expect(platform).toBeDefined();
    const dir = platform?.dir ?? '';
    expect(existsSync(join(dir, OPENAPI_DOCUMENT_FILE))).toBe(true);
    const answer = firstAnswer(join(dir, 'index.mjs'), '/api/openapi.json');
    expect(answer.statusCode).toBe(200);
    expect(JSON.parse(answer.body)).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('leaves the archives package and its ZIP writer out of the youth bundle: only youth-archive holds them', () => {
    const code = (name: string) => readFileSync(join(bundles.find((bundle) => bundle.name === name)?.dir ?? '', 'index.mjs'), 'utf8');
    // The package's format name, and fflate's ZIP writer's own error message.
    expect(code('youth-archive')).toContain(PACKAGE_FORMAT);
    expect(code('youth-archive')).toContain('filename too long');
    expect(code('youth')).not.toContain(PACKAGE_FORMAT);
    expect(code('youth')).not.toContain('filename too long');
  });

  it('answers a first request from every area bundle', () => {
    const id = '01JD2Y3QK9V8N6M4R2T0W1X5Z7';
    for (const area of AREAS.filter(({ name }) => name !== OPENAPI_DOCUMENT_FUNCTION)) {
      const bundle = bundles.find(({ name }) => name === area.name);
      // Under its first prefix, or at its first GET route key for an area of route keys only.
      const getRouteKey = area.routeKeys?.find((key) => key.startsWith('GET '))?.slice('GET '.length);
      const path = area.prefixes[0] ? `${area.prefixes[0]}/${id}` : (getRouteKey ?? '').replace(/\{\w+\}/g, id);
      const answer = firstAnswer(join(bundle?.dir ?? '', 'index.mjs'), path);
      // No token: refused in the error shape before any database call.
      expect(answer.statusCode, area.name).toBe(401);
      expect(JSON.parse(answer.body).error.code, area.name).toBe('UNAUTHENTICATED');
    }
  });
});
