import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { EnvolStack, type EnvolStackProps } from '../../../infra/lib/envol-stack.js';
import { logicalIdOf } from '../../../infra/lib/logical-id.js';
import { AREAS, type AreaDefinition } from '../../../shared/areas.js';

/** A throw-away project: a lock file, one handler per area, the alerts and retention jobs', and a tiny web build. */
export interface FixtureProject {
  readonly projectRoot: string;
  readonly functionsPath: string;
  readonly webAssetPath: string;
  remove(): void;
}

/**
 * Writes a project layout in the system temp folder, never in the repository (a commit
 * taken while tests run must not pick fixtures up), one folder per call so that test files
 * can run in parallel. Bundling is skipped in tests, so handlers and lock file only need to
 * exist; one handler per area keeps the fixtures in step with shared/areas.ts.
 */
export function createFixtureProject(areas: readonly AreaDefinition[] = AREAS): FixtureProject {
  const projectRoot = mkdtempSync(join(tmpdir(), 'envol-infra-'));
  writeFileSync(join(projectRoot, 'package-lock.json'), '{}\n');
  const functionsPath = join(projectRoot, 'functions');
  for (const area of areas) {
    mkdirSync(join(functionsPath, area.name), { recursive: true });
    writeFileSync(join(functionsPath, area.name, 'handler.ts'), 'export const handler = async () => ({ statusCode: 204 });\n');
  }
  // The daily alerts job is a function of its own, outside the API areas.
  mkdirSync(join(functionsPath, 'alerts'), { recursive: true });
  writeFileSync(join(functionsPath, 'alerts', 'handler.ts'), 'export const handler = async () => ({});\n');
  // And the daily retention job.
  mkdirSync(join(functionsPath, 'retention'), { recursive: true });
  writeFileSync(join(functionsPath, 'retention', 'handler.ts'), 'export const handler = async () => ({});\n');
  // So is the reminder sender, beside the reminders area's handler.
  writeFileSync(join(functionsPath, 'reminders', 'sender-handler.ts'), 'export const handler = async () => ({});\n');
  const webAssetPath = join(projectRoot, 'web');
  mkdirSync(join(webAssetPath, 'assets'), { recursive: true });
  writeFileSync(
    join(webAssetPath, 'index.html'),
    '<!doctype html><title>Envol</title><script type="module" src="/assets/app-1a2b3c.js"></script>\n',
  );
  writeFileSync(join(webAssetPath, 'assets', 'app-1a2b3c.js'), 'console.log("envol");\n');
  return { projectRoot, functionsPath, webAssetPath, remove: () => rmSync(projectRoot, { recursive: true, force: true }) };
}

export interface BuildOptions {
  /** CDK context values, as `-c name=value` would give them. */
  readonly context?: Record<string, unknown>;
  /** Stack props on top of the fixture paths. */
  readonly props?: EnvolStackProps;
  /** Register the cdk-nag AwsSolutions pack exactly as infra/bin/envol.ts does. */
  readonly nag?: boolean;
}

export interface BuiltEnvol {
  readonly app: App;
  readonly stack: EnvolStack;
}

/** Builds (without synthesizing) the Envol stack against a fixture project, esbuild skipped. */
export function buildEnvol(fixture: FixtureProject, options: BuildOptions = {}): BuiltEnvol {
  // The cloud assembly (with a copy of every asset) goes into the fixture, removed with it.
  const app = new App({
    outdir: mkdtempSync(join(fixture.projectRoot, 'cdk.out-')),
    context: { 'aws:cdk:bundling-stacks': [], ...options.context },
  });
  const stack = new EnvolStack(app, 'Envol', {
    projectRoot: fixture.projectRoot,
    functionsPath: fixture.functionsPath,
    webAssetPath: fixture.webAssetPath,
    ...options.props,
  });
  if (options.nag) {
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }));
  }
  return { app, stack };
}

/** Builds and synthesizes the stack; the template is what CloudFormation would receive. */
export function synthEnvol(fixture: FixtureProject, options: BuildOptions = {}): BuiltEnvol & { template: Template } {
  const built = buildEnvol(fixture, options);
  return { ...built, template: Template.fromStack(built.stack) };
}

/** The item actions a serving function gets on the main table (no Scan, no batch write, nothing on the table itself). */
export const ITEM_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
];

/** On the ballot box, the same without DeleteItem: a participation marker is never taken back. */
export const BALLOT_ITEM_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'];

export interface CfnResource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly Metadata?: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

export interface IamStatement {
  readonly Action: string | string[];
  readonly Resource: unknown;
}

/** Every resource of a type, keyed by logical id. */
export function resourcesOfType(template: Template, type: string): Record<string, CfnResource> {
  return template.findResources(type) as Record<string, CfnResource>;
}

/** The single resource of a type. */
export function onlyResourceOfType(template: Template, type: string): { logicalId: string; properties: Record<string, unknown> } {
  const entries = Object.entries(resourcesOfType(template, type));
  if (entries.length !== 1) throw new Error(`Expected one ${type}, found ${entries.length}.`);
  const [logicalId, resource] = entries[0] as [string, CfnResource];
  return { logicalId, properties: resource.Properties };
}

export interface LambdaProperties {
  readonly Runtime: string;
  readonly Architectures: string[];
  readonly MemorySize: number;
  readonly Timeout: number;
  readonly TracingConfig?: { Mode: string };
  readonly LoggingConfig?: { LogFormat?: string; LogGroup?: unknown };
  readonly Environment: { Variables: Record<string, unknown> };
  readonly Role: { 'Fn::GetAtt': [string, string] };
}

/** The Lambda function of an area, recognised by the service name it is given. */
export function functionOfArea(template: Template, area: string): { logicalId: string; properties: LambdaProperties } {
  const matches = Object.entries(resourcesOfType(template, 'AWS::Lambda::Function'))
    .map(([logicalId, resource]) => ({ logicalId, properties: resource.Properties as unknown as LambdaProperties }))
    .filter(({ properties }) => properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME === `envol-${area}`);
  if (matches.length !== 1) throw new Error(`Expected one function for area ${area}, found ${matches.length}.`);
  return matches[0] as { logicalId: string; properties: LambdaProperties };
}

/** Every statement of the inline policies attached to a role. */
export function statementsOfRole(template: Template, roleLogicalId: string): IamStatement[] {
  return Object.values(resourcesOfType(template, 'AWS::IAM::Policy'))
    .filter((policy) => (policy.Properties.Roles as Array<{ Ref?: string }>).some((role) => role.Ref === roleLogicalId))
    .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: IamStatement[] }).Statement);
}

/** The actions of statements, flattened. */
export function actionsOf(statements: readonly IamStatement[]): string[] {
  return statements.flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
}

/** The template resource of an L2 construct of the stack (a table, a key...), by its logical id. */
export function resourceOf(template: Template, construct: IConstruct): { logicalId: string; resource: CfnResource } {
  const logicalId = logicalIdOf(construct);
  const resource = (template.toJSON().Resources as Record<string, CfnResource>)[logicalId];
  if (!resource) throw new Error(`No resource ${logicalId} for ${construct.node.path}.`);
  return { logicalId, resource };
}

/**
 * The actions granted on a resource (its `Fn::GetAtt [id, Arn]`, alone or inside a
 * Fn::Join such as `<arn>/index/*`), whether CDK kept one statement per grant or merged
 * them (`@aws-cdk/aws-iam:minimizePolicies`).
 */
export function actionsOn(statements: readonly IamStatement[], logicalId: string): string[] {
  const arn = JSON.stringify({ 'Fn::GetAtt': [logicalId, 'Arn'] });
  return actionsOf(statements.filter((statement) => JSON.stringify(statement.Resource).includes(arn)));
}
