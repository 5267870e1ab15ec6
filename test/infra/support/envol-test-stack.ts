import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Aspects } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { AREAS, type AreaDefinition } from '../../../shared/areas.js';
import { EnvolStack, type EnvolStackProps, REPO_ROOT } from '../../../infra/lib/envol-stack.js';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** A throw-away project layout: one handler per area and a tiny web build. */
export interface FixtureProject {
  readonly functionsPath: string;
  readonly webAssetPath: string;
  remove(): void;
}

/**
 * Writes the fixtures under test/infra/fixtures (inside the project root, where
 * NodejsFunction wants its entries), one folder per call so test files can run in parallel.
 * Bundling is skipped in tests, so the handlers only need to exist.
 */
export function createFixtureProject(areas: readonly AreaDefinition[] = AREAS): FixtureProject {
  mkdirSync(FIXTURES_DIR, { recursive: true });
  const root = mkdtempSync(join(FIXTURES_DIR, 'tmp-'));
  const functionsPath = join(root, 'functions');
  for (const area of areas) {
    mkdirSync(join(functionsPath, area.name), { recursive: true });
    writeFileSync(join(functionsPath, area.name, 'handler.ts'), 'export const handler = async () => ({ statusCode: 204 });\n');
  }
  const webAssetPath = join(root, 'web');
  mkdirSync(join(webAssetPath, 'assets'), { recursive: true });
  writeFileSync(join(webAssetPath, 'index.html'), '<!doctype html><title>Envol</title><script type="module" src="/assets/app-1a2b3c.js"></script>\n');
  writeFileSync(join(webAssetPath, 'assets', 'app-1a2b3c.js'), 'console.log("envol");\n');
  return { functionsPath, webAssetPath, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export interface SynthOptions {
  /** CDK context values, as `-c name=value` would give them. */
  readonly context?: Record<string, unknown>;
  /** Stack props on top of the fixture paths. */
  readonly props?: EnvolStackProps;
  /** Apply the cdk-nag AwsSolutions pack, as infra/bin/envol.ts does. */
  readonly nag?: boolean;
}

export interface SynthesizedEnvol {
  readonly app: App;
  readonly stack: EnvolStack;
  readonly template: Template;
}

/** Builds the Envol stack against a fixture project, with esbuild bundling skipped. */
export function synthEnvol(fixture: FixtureProject, options: SynthOptions = {}): SynthesizedEnvol {
  const app = new App({ context: { 'aws:cdk:bundling-stacks': [], ...options.context } });
  const stack = new EnvolStack(app, 'Envol', {
    projectRoot: REPO_ROOT,
    functionsPath: fixture.functionsPath,
    webAssetPath: fixture.webAssetPath,
    ...options.props,
  });
  if (options.nag) Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  return { app, stack, template: Template.fromStack(stack) };
}

type Resource = { Type: string; Properties?: Record<string, unknown>; Metadata?: Record<string, unknown> };

/** Every resource of a type, keyed by logical id. */
export function resourcesOfType(template: Template, type: string): Record<string, Resource> {
  return template.findResources(type) as Record<string, Resource>;
}

/** The Lambda function of an area, found by the service name it is given. */
export function functionOfArea(template: Template, area: string): { logicalId: string; properties: Record<string, any> } {
  const matches = Object.entries(resourcesOfType(template, 'AWS::Lambda::Function')).filter(
    ([, resource]) => (resource.Properties as any)?.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === `envol-${area}`,
  );
  if (matches.length !== 1) throw new Error(`Expected one function for area ${area}, found ${matches.length}.`);
  const [logicalId, resource] = matches[0]!;
  return { logicalId, properties: resource.Properties as Record<string, any> };
}

/** Every IAM statement of the inline policies attached to a role. */
export function statementsOfRole(template: Template, roleLogicalId: string): Array<{ Action: string | string[]; Resource: unknown }> {
  return Object.values(resourcesOfType(template, 'AWS::IAM::Policy'))
    .filter((policy) => ((policy.Properties as any).Roles as unknown[]).some((role: any) => role.Ref === roleLogicalId))
    .flatMap((policy) => (policy.Properties as any).PolicyDocument.Statement);
}

/** The actions of statements, flattened. */
export function actionsOf(statements: Array<{ Action: string | string[] }>): string[] {
  return statements.flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
}
