import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  type ResponseSecurityHeadersBehavior,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface WebHostingProps {
  /** Host name of the HTTP API (execute-api), served under `/api/*`. */
  readonly apiDomainName: string;
  /** Managed login base URL: the only other origin the page talks to (token endpoint). */
  readonly cognitoDomainUrl: string;
  /** ARN of a CLOUDFRONT-scope WAF web ACL (created in us-east-1) to attach, if any. */
  readonly webAclArn?: string;
}

/**
 * The page's Content Security Policy: everything from our own origin, plus the Cognito
 * managed login domain for the token exchange (fetch) and for sign-in/sign-out redirects.
 */
export function webContentSecurityPolicy(cognitoDomainUrl: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${cognitoDomainUrl}`,
    `form-action 'self' ${cognitoDomainUrl}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    "manifest-src 'self'",
    "worker-src 'self'",
  ].join('; ');
}

/** Headers every response carries, page or API. */
function commonSecurityHeaders(): Omit<ResponseSecurityHeadersBehavior, 'contentSecurityPolicy'> {
  return {
    strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
    contentTypeOptions: { override: true },
    frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
    // Nothing of a URL (ids of young people, ?code=) leaves for another origin.
    referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN, override: true },
  };
}

/**
 * The web application's home: a private bucket read by CloudFront through Origin Access
 * Control, and one distribution that serves the pages and forwards `/api/*` to the HTTP
 * API, so pages and API share one origin and no CORS is needed.
 */
export class WebHosting extends Construct {
  readonly bucket: Bucket;
  readonly logBucket: Bucket;
  readonly distribution: Distribution;
  /** `https://<distribution domain>`, no trailing slash. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);

    // CloudFront standard logs and S3 server access logs, kept a year. CloudFront's legacy
    // logging grants itself an ACL on the bucket, so ACLs stay enabled (BUCKET_OWNER_PREFERRED:
    // the log files still belong to the account); public access is blocked all the same.
    this.logBucket = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket is the access-log destination of the site bucket and of CloudFront; logging it into itself would loop, and a second log bucket would only move the finding.',
    });

    // S3-managed encryption: the bucket holds the public static build and config.json
    // (client id, URLs), nothing secret; SSE-KMS would also need CloudFront in the key policy.
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const pageHeaders = new ResponseHeadersPolicy(this, 'PageHeaders', {
      comment: 'Envol pages: security headers and CSP',
      securityHeadersBehavior: {
        ...commonSecurityHeaders(),
        contentSecurityPolicy: {
          contentSecurityPolicy: webContentSecurityPolicy(props.cognitoDomainUrl),
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()', override: true },
          { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
        ],
      },
    });

    // API responses: the same headers, plus defaults the API may replace (override: false)
    // with its own CSP or Cache-Control. The default CSP allows no script and no fetch; the
    // inline <style> of the generated /api/docs page is the only thing it lets through.
    const apiHeaders = new ResponseHeadersPolicy(this, 'ApiHeaders', {
      comment: 'Envol API: security headers, no caching of personal data by default',
      securityHeadersBehavior: {
        ...commonSecurityHeaders(),
        contentSecurityPolicy: {
          contentSecurityPolicy:
            "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
          override: false,
        },
      },
      customHeadersBehavior: {
        customHeaders: [{ header: 'Cache-Control', value: 'no-store', override: false }],
      },
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Envol: web application and /api',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Every edge: départements include Réunion, Mayotte and Guyane.
      priceClass: PriceClass.PRICE_CLASS_ALL,
      enableLogging: true,
      logBucket: this.logBucket,
      logFilePrefix: 'cloudfront/',
      logIncludesCookies: false,
      ...(props.webAclArn ? { webAclId: props.webAclArn } : {}),
      // No errorResponses rewriting 403/404 to index.html: the app routes with the URL
      // hash, and such a rewrite would also swallow the API's 403 and 404 answers.
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: pageHeaders,
        compress: true,
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
          }),
          // HTTPS only (no redirect): a redirected POST would lose its body.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Everything the viewer sent (Authorization, Idempotency-Key, query string)
          // except Host, which must be the execute-api host name.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeaders,
          compress: true,
        },
      },
    });
    this.origin = `https://${this.distribution.distributionDomainName}`;

    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: young people may sign in from abroad (studies, holidays, placements across a border); every request is authenticated, and threat protection in Cognito flags unusual sign-ins.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          'The distribution uses the default *.cloudfront.net certificate, whose minimum TLS version CloudFront does not let us set; once a custom domain and ACM certificate are added, set TLSv1.2_2021.',
      },
    );
    if (!props.webAclArn) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR2',
        reason:
          'A CloudFront web ACL must be created in us-east-1 and this stack deploys in the region of the data (eu-west-3); pass an existing one with the webAclArn context value. Until then API throttling and Cognito threat protection limit abuse.',
      });
    }
  }
}
