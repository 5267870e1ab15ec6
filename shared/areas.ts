/**
 * The API areas. Each area is one Hono app in `functions/<area>/app.ts`, one Lambda
 * in AWS, and is mounted under its prefixes and route keys by the local server. Kept free
 * of any import so that the CDK app can read it without loading the apps.
 */
export interface AreaDefinition {
  /** Folder under functions/ and the Lambda's logical name. */
  name: string;
  /** Path prefixes this area answers, each matched as `<prefix>` and `<prefix>/*` (none for an area of route keys only). */
  prefixes: readonly string[];
  /**
   * Routes this area answers under another area's prefix (API Gateway route keys,
   * `METHOD /path/{param}`): API Gateway prefers a route key to that area's `{proxy+}`,
   * and the local server matches route keys before any prefix, as API Gateway does.
   */
  routeKeys?: readonly string[];
  /** True when the routes need no token (the API Gateway JWT authorizer is not attached). */
  public: boolean;
  /** True for the one area that reads and writes the committees' ballot table. */
  ballotBox: boolean;
  /**
   * True for the area that erases files at the end of their intermediate period (RGPD): it
   * may delete, by key and without reading, the ballot box's markers that name a member.
   */
  erasesBallotMarkers?: boolean;
  /**
   * Routes of a non-public area that take no identity at all (API Gateway route keys,
   * `METHOD /path/{param}`): no authorizer in AWS, and the app refuses a token or a cookie.
   */
  anonymousRoutes?: readonly string[];
}

/**
 * Whether `method path` is one of `routeKeys` (`METHOD /a/{param}/b`, each `{param}` one
 * path segment), their patterns compiled once: an area asks it of every request it serves.
 */
export function routeKeysMatcher(routeKeys: readonly string[]): (method: string, path: string) => boolean {
  const routes = routeKeys.map((routeKey) => {
    const [method = '', template = ''] = routeKey.split(' ');
    return { method, pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`) };
  });
  return (method, path) => {
    const wanted = method.toUpperCase();
    return routes.some((route) => route.method === wanted && route.pattern.test(path));
  };
}

export const AREAS: readonly AreaDefinition[] = [
  { name: 'youth', prefixes: ['/api/youth'], public: false, ballotBox: false },
  // The RGPD export of a file and the file's end of life, under the youth area's prefix: they
  // read every other area and the archives package brings a ZIP writer, which every cold
  // start of `youth` would load. Erasing a file deletes its ballot markers.
  {
    name: 'youth-archive',
    prefixes: [],
    public: false,
    ballotBox: false,
    erasesBallotMarkers: true,
    routeKeys: [
      'GET /api/youth/{id}/export',
      'GET /api/youth/archived',
      'GET /api/youth/retention-settings',
      'PUT /api/youth/retention-settings',
      'POST /api/youth/{id}/archive/open',
      'POST /api/youth/{id}/reopen',
      'POST /api/youth/{id}/archives-package',
      'POST /api/youth/{id}/hand-over',
      'POST /api/youth/{id}/destroy',
    ],
  },
  { name: 'interviews', prefixes: ['/api/interviews'], public: false, ballotBox: false },
  {
    name: 'committees',
    prefixes: ['/api/committees'],
    public: false,
    ballotBox: true,
    // Casting a ballot: the credential it carries is the only proof needed, and no identity may travel with a choice.
    anonymousRoutes: [
      'POST /api/committees/{committeeId}/consultations/{consultationId}/ballots',
      'POST /api/committees/{committeeId}/consultations/{consultationId}/follow-ups/{questionId}/answers',
    ],
  },
  { name: 'grids', prefixes: ['/api/grids'], public: false, ballotBox: false },
  { name: 'housing', prefixes: ['/api/housing'], public: false, ballotBox: false },
  // The staff directory and the binôme's and département's view (caseload, calendar, indicators).
  { name: 'dashboard', prefixes: ['/api/staff', '/api/dashboard'], public: false, ballotBox: false },
  // Reminders by SMS and e-mail: one's channels and consent, what was sent, failures; the
  // STOP link of a message needs no sign-in (the signed token in it says who).
  { name: 'reminders', prefixes: ['/api/reminders'], public: false, ballotBox: false, anonymousRoutes: ['POST /api/reminders/stop'] },
  // Health, OpenAPI document and its docs page; as `/api` it also answers every path no
  // other area claims, so an unknown route gets a 404 in the API's error shape.
  // Keep it last: the local server mounts areas in this order.
  { name: 'platform', prefixes: ['/api'], public: true, ballotBox: false },
];
