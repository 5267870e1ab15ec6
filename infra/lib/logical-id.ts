import { type CfnElement, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * The CloudFormation logical id of an L2 construct's main resource, as cdk-nag prints it in
 * finding ids such as `AwsSolutions-IAM5[Resource::<SiteBucket1234.Arn>/*]`.
 */
export function logicalIdOf(construct: IConstruct): string {
  const resource = construct.node.defaultChild as CfnElement | undefined;
  if (!resource) throw new Error(`${construct.node.path} has no CloudFormation resource.`);
  return Stack.of(construct).resolve(resource.logicalId) as string;
}
