import { Aws, Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';

/** Custom attributes carried by the ID token as `custom:role` and `custom:departement`. */
export const ROLE_ATTRIBUTE = 'role';
export const DEPARTEMENT_ATTRIBUTE = 'departement';

export type MfaPolicy = 'required' | 'optional';

/**
 * The user pool domain prefix used when no `cognitoDomainPrefix` context is given:
 * `envol-` and the first block of the CloudFormation stack id (a UUID), resolved at deploy
 * time. Unique per stack without any account lookup, so synth stays offline and two
 * stacks in one region (staging and production, or another operator's) never ask for the
 * same prefix.
 */
export function defaultDomainPrefix(): string {
  const stackUuid = Fn.select(2, Fn.split('/', Aws.STACK_ID));
  return Fn.join('', ['envol-', Fn.select(0, Fn.split('-', stackUuid))]);
}

/** The managed login base URL for a domain prefix, e.g. `https://envol-62.auth.eu-west-3.amazoncognito.com`. */
export function cognitoDomainUrl(domainPrefix: string): string {
  return `https://${domainPrefix}.auth.${Aws.REGION}.amazoncognito.com`;
}

export interface IdentityProps {
  /** Prefix of the managed login domain (`<prefix>.auth.<region>.amazoncognito.com`). */
  readonly domainPrefix: string;
  /** The web application's origin, e.g. `https://d111.cloudfront.net`, without trailing slash. */
  readonly appOrigin: string;
  /** `required` unless the operator decides otherwise (see the COG2 acknowledgement). */
  readonly mfa?: MfaPolicy;
}

/**
 * Who may sign in: a Cognito user pool whose accounts are created by département admins
 * (no self sign-up), signing in with their email, and one public web client using the
 * authorization code flow with PKCE.
 */
export class Identity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly domain: UserPoolDomain;
  /** Token issuer (`iss`), the value the API and the functions check. */
  readonly issuerUrl: string;
  readonly jwksUrl: string;
  /** Managed login base URL, for the web configuration and the CSP. */
  readonly domainUrl: string;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);
    const mfa = props.mfa ?? 'required';

    this.userPool = new UserPool(this, 'UserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      // Mutable so that an admin can move someone to another role or département.
      customAttributes: {
        [ROLE_ATTRIBUTE]: new StringAttribute({ minLen: 1, maxLen: 32, mutable: true }),
        [DEPARTEMENT_ATTRIBUTE]: new StringAttribute({ minLen: 2, maxLen: 3, mutable: true }),
      },
      keepOriginal: { email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        passwordHistorySize: 5,
        tempPasswordValidity: Duration.days(3),
      },
      // An authenticator app (TOTP). No SMS: costly, SIM-swappable, and it would need an
      // SNS role; no email OTP: it needs SES, and the mailbox is also the recovery channel.
      mfa: mfa === 'required' ? Mfa.REQUIRED : Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false, email: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      // Plus tier for threat protection: compromised-credential checks and adaptive
      // authentication (risky sign-ins blocked or challenged). Worth its per-user price for
      // accounts that open child-protection files.
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Votre accès à Envol',
        emailBody:
          'Bonjour,<br><br>Un compte Envol a été créé pour vous.<br>Identifiant : {username}<br>Mot de passe provisoire : {####}<br><br>À la première connexion, vous choisirez votre mot de passe et configurerez une application d’authentification.',
      },
      userVerification: {
        emailSubject: 'Envol : vérification de votre adresse e-mail',
        emailBody: 'Votre code de vérification Envol est {####}.',
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    if (mfa === 'optional') {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions-COG2',
        reason:
          'MFA is optional because this deployment sets the context value mfa=optional: the operator chose to let young people sign in without an authenticator app. TOTP stays available to every user.',
      });
    }

    // Managed login (not the classic hosted UI): it walks users through TOTP enrolment and
    // can speak French (add `lang=fr` to the authorize URL).
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: props.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.domainUrl = cognitoDomainUrl(props.domainPrefix);

    const appUrl = `${props.appOrigin}/`;
    const readable = new ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, givenName: true, familyName: true })
      .withCustomAttributes(ROLE_ATTRIBUTE, DEPARTEMENT_ATTRIBUTE);
    // Never the custom attributes: a user must not promote themselves or change
    // département. Only admins set them, with AdminUpdateUserAttributes (IAM-authorised).
    const writable = new ClientAttributes().withStandardAttributes({ givenName: true, familyName: true });

    this.client = this.userPool.addClient('WebClient', {
      // A browser application cannot keep a secret; PKCE protects the code instead.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        // Cognito refuses URLs with a fragment, so the web app receives `?code=` on `/`.
        callbackUrls: [appUrl],
        logoutUrls: [appUrl],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      // A working day: a phone left unlocked or a shared office computer does not stay
      // signed in to child-protection files overnight.
      refreshTokenValidity: Duration.hours(12),
      readAttributes: readable,
      writeAttributes: writable,
    });

    // Managed login needs a branding per client; Cognito's default look is enough.
    new CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });

    const stack = Stack.of(this);
    this.issuerUrl = `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${this.userPool.userPoolId}`;
    this.jwksUrl = `${this.issuerUrl}/.well-known/jwks.json`;
  }
}
