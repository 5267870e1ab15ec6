import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../shared/areas.js';

/**
 * `cdk synth` as a developer runs it: offline, no AWS credentials, real esbuild
 * bundling of every area's handler and the built web. (The other infra tests skip
 * bundling to stay fast.)
 */
describe('cdk synth', () => {
  it('works offline and bundles one Lambda per area', () => {
    expect(existsSync('web/dist/index.html'), 'npm test builds the web first').toBe(true);
    const output = mkdtempSync(join(tmpdir(), 'envol-synth-'));
    const result = spawnSync('npx', ['cdk', 'synth', '--quiet', '--no-notices', '--output', output], {
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: '', CDK_DISABLE_VERSION_CHECK: 'true' },
    });
    expect(result.status, result.stderr).toBe(0);
    const template = JSON.parse(readFileSync(join(output, 'Envol.template.json'), 'utf8')) as {
      Resources: Record<string, { Type: string; Properties: { Code?: { S3Key?: unknown } } }>;
    };
    const functions = Object.values(template.Resources).filter(
      (resource) => resource.Type === 'AWS::Lambda::Function' && JSON.stringify(resource).includes('envol-'),
    );
    expect(functions.length).toBeGreaterThanOrEqual(AREAS.length);
    const bundles = readdirSync(output).filter((name) => name.startsWith('asset.') && existsSync(join(output, name, 'index.mjs')));
    expect(bundles.length).toBe(AREAS.length);
  }, 300_000);
});
