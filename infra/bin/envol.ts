import { App, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readEnvolContext } from '../lib/context.js';
import { EnvolStack } from '../lib/envol-stack.js';

// No `env`: the stack is environment-agnostic, so `cdk synth` works offline without
// credentials, and `cdk deploy` targets the account and region of the current profile.
const app = new App();

new EnvolStack(app, 'Envol', {
  description: "Envol : accompagner les jeunes de l'ASE de 16 à 21 ans vers l'autonomie",
  ...readEnvolContext(app),
});

Tags.of(app).add('project', 'envol');
// cdk-nag 3 is a policy-validation plugin (no longer an Aspect): any unacknowledged
// AwsSolutions finding fails `cdk synth`. Acknowledgements, each with its reason, are also
// written into the template metadata (cdk_nag.rules_to_suppress) as an audit trail.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true, writeSuppressionsToCloudFormation: true }));
