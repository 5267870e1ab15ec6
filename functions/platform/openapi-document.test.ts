import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './openapi-document.js';

interface Parameter {
  name: string;
  in: string;
  schema?: { pattern?: string; example?: unknown };
}
type Operation = { parameters?: Parameter[]; responses: Record<string, unknown>; security?: unknown[] };

const document = buildOpenApiDocument();
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({
    name: `${method.toUpperCase()} ${path}`,
    method,
    operation,
  })),
);

describe('the OpenAPI document', () => {
  it('has patterns a validator can compile, each matching its own example', () => {
    const parameters = operations.flatMap(({ name, operation }) => (operation.parameters ?? []).map((parameter) => ({ name, parameter })));
    const withPattern = parameters.filter(({ parameter }) => parameter.schema?.pattern !== undefined);
    expect(withPattern.length).toBeGreaterThan(0);
    for (const { name, parameter } of withPattern) {
      const pattern = parameter.schema?.pattern ?? '';
      const context = `${name} ${parameter.name}: ${pattern}`;
      expect(pattern, context).not.toMatch(/\/[a-z]*$/);
      const regex = new RegExp(pattern, 'u');
      if (typeof parameter.schema?.example === 'string') expect(regex.test(parameter.schema.example), context).toBe(true);
    }
  });

  it('describes the candidates search as it is checked: three letters at least', () => {
    const search = operations.find(({ name }) => name === 'GET /api/committees/{committeeId}/candidates');
    const q = search?.operation.parameters?.find((parameter) => parameter.name === 'q');
    const regex = new RegExp(q?.schema?.pattern ?? '(?!)', 'u');
    expect(regex.test('Mar')).toBe(true);
    expect(regex.test('Léa')).toBe(true);
    expect(regex.test('Ma')).toBe(false);
    expect(search?.operation.responses).toHaveProperty('429');
  });

  it('gives every route the answers of the middleware in front of it', () => {
    for (const { name, method, operation } of operations) {
      // A route without authentication (the anonymous ballot, `security: []`) has no 401 to give.
      const anonymous = Array.isArray(operation.security) && operation.security.length === 0;
      const expected = anonymous ? ['400', '431', '503'] : ['400', '401', '431', '503'];
      expect(Object.keys(operation.responses), name).toEqual(expect.arrayContaining(expected));
      if (['post', 'put', 'patch'].includes(method)) {
        expect(Object.keys(operation.responses), name).toEqual(expect.arrayContaining(['413', '415']));
      }
      // The anonymous ballot takes no Idempotency-Key (its credential is its key): no 422.
      if (method === 'post')
        expect(Object.keys(operation.responses), name).toEqual(expect.arrayContaining(anonymous ? ['409'] : ['409', '422']));
    }
  });
});
