/**
 * What a deployed function bundles in place of `@hono/zod-openapi` (an esbuild alias,
 * `FUNCTION_ALIASES` in infra/lib/function-bundling.ts); tests and the local server run
 * the real package, and `zod-openapi-lambda.test.ts` holds the two to the same answers.
 *
 * Why: the real module calls `extendZodWithOpenApi(z)` with zod's whole namespace, which
 * makes a bundler keep every export of zod, its forty-odd locales included (over 350 KB
 * minified), and its `OpenAPIHono` carries the OpenAPI generator in its methods. A
 * Lambda needs neither: the document is written at build, beside the `platform` bundle.
 *
 * What stays the same: `createRoute` and `OpenAPIHono.openapi(route, handler, hook?)`
 * validate the query, path, headers, cookies and JSON or form body with the route's zod
 * schemas (through @hono/zod-validator, as the real one does), answer 415 to a body of a
 * type the route does not declare, and fall back to the nearest parent's `defaultHook`.
 * `.openapi()` on schemas is the real one (its metadata is harmless). Only the document
 * and the registry of definitions are gone.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { zValidator } from '@hono/zod-validator';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodType } from 'zod';

// Only `ZodType` is what the extension touches: passing it alone keeps the rest of zod
// out of the bundle.
extendZodWithOpenApi({ ZodType } as unknown as Parameters<typeof extendZodWithOpenApi>[0]);

// biome-ignore lint/suspicious/noExplicitAny: the route configurations and hooks of every area, whatever their types.
type Loose = any;
type Target = 'query' | 'param' | 'header' | 'cookie' | 'json' | 'form';

interface RouteConfig {
  method: string;
  path: string;
  middleware?: MiddlewareHandler | MiddlewareHandler[];
  hide?: boolean;
  request?: {
    query?: ZodType;
    params?: ZodType;
    headers?: ZodType;
    cookies?: ZodType;
    body?: { required?: boolean; content?: Record<string, { schema?: unknown } | undefined> };
  };
}

/** The route definition as given, with Hono's form of its path (`/{id}` → `/:id`). */
export function createRoute<Route extends RouteConfig>(config: Route): Route & { getRoutingPath(): string } {
  return Object.defineProperty({ ...config }, 'getRoutingPath', {
    value: () => toHonoPath(config.path),
    enumerable: false,
  }) as Route & { getRoutingPath(): string };
}

const toHonoPath = (path: string) => path.replaceAll(/\/{(.+?)}/g, '/:$1');
const isJson = (type: string) => /^application\/([a-z-.]+\+)?json/i.test(type);
const isForm = (type: string) => /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(type);
const isZod = (value: unknown): value is ZodType => value instanceof ZodType;

/** Whether a request's content type is one of the route's declared media types. */
function accepts(contentType: string, mediaType: string): boolean {
  if (mediaType === '*/*') return true;
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (isJson(mediaType)) return isJson(essence);
  if (isForm(mediaType)) return isForm(essence);
  if (mediaType.endsWith('/*')) return essence.startsWith(mediaType.slice(0, -1).toLowerCase());
  return essence === mediaType.toLowerCase();
}

async function hasBody(c: Context): Promise<boolean> {
  if (c.req.raw.body === null) return false;
  return (await c.req.raw.clone().arrayBuffer()).byteLength > 0;
}

/** A Hono app whose `openapi()` validates each route's request with its zod schemas. */
export class OpenAPIHono extends Hono<Loose, Loose, Loose> {
  defaultHook: Loose;
  parent: OpenAPIHono | undefined;
  /** The real registry feeds the document; here it records nothing. */
  readonly openAPIRegistry = { registerComponent() {}, registerPath() {}, register() {}, registerParameter() {} };

  constructor(init?: Loose) {
    super(init);
    this.defaultHook = init?.defaultHook;
  }

  /** This app's hook, else the nearest parent's (the area app's `validationHook`). */
  private resolveHook(): Loose {
    const seen = new Set<OpenAPIHono>();
    for (let app: OpenAPIHono | undefined = this; app && !seen.has(app); app = app.parent) {
      if (app.defaultHook) return app.defaultHook;
      seen.add(app);
    }
    return undefined;
  }

  openapi = (route: RouteConfig, handler: Loose, hook?: Loose): this => {
    const onResult = hook ?? ((result: unknown, c: Context) => this.resolveHook()?.(result, c));
    const validate = (target: Target, schema: ZodType) => zValidator(target, schema, onResult) as MiddlewareHandler;
    const request = route.request ?? {};
    const validators: MiddlewareHandler[] = [];
    if (request.query) validators.push(validate('query', request.query));
    if (request.params) validators.push(validate('param', request.params));
    if (request.headers) validators.push(validate('header', request.headers));
    if (request.cookies) validators.push(validate('cookie', request.cookies));

    const content = request.body?.content ?? {};
    const mediaTypes = Object.keys(content);
    if (mediaTypes.some((type) => isZod(content[type]?.schema) && (isJson(type) || isForm(type)))) {
      validators.push(async (c, next) => {
        const contentType = c.req.header('content-type');
        const declared = contentType ? mediaTypes.some((type) => accepts(contentType, type)) : !(await hasBody(c));
        if (!declared) throw new HTTPException(415, { message: 'Unsupported Media Type' });
        await next();
      });
    }
    for (const type of mediaTypes) {
      const schema = content[type]?.schema;
      if (!isZod(schema)) continue;
      const target = isJson(type) ? 'json' : isForm(type) ? 'form' : undefined;
      if (!target) continue;
      const validator = validate(target, schema);
      if (request.body?.required) {
        validators.push(validator);
        continue;
      }
      // An optional body is validated when one of its type is sent, and is `{}` otherwise.
      const matches = target === 'json' ? isJson : isForm;
      validators.push(async (c, next) => {
        const contentType = c.req.header('content-type');
        if (contentType && matches(contentType)) return validator(c, next);
        c.req.addValidatedData(target, {});
        await next();
      });
    }
    const middleware = route.middleware ? [route.middleware].flat() : [];
    this.on([route.method], [toHonoPath(route.path)], ...middleware, ...validators, handler);
    return this;
  };

  override route(path: string, app: Loose): this {
    super.route(path, app);
    if (app instanceof OpenAPIHono) app.parent ??= this;
    return this;
  }

  /** Hono's `basePath` returns a plain Hono; keep this class and its hook. */
  override basePath(path: string): Loose {
    const cloned = super.basePath(path) as Loose;
    const app = new OpenAPIHono({ defaultHook: this.defaultHook }) as Loose;
    app.router = cloned.router;
    app.routes = cloned.routes;
    app.getPath = cloned.getPath;
    app.errorHandler = cloned.errorHandler;
    app._basePath = cloned._basePath;
    return app;
  }

  getOpenAPIDocument(): never {
    throw new Error('A deployed function does not build the OpenAPI document: it is written at build, beside the platform bundle.');
  }

  getOpenAPI31Document(): never {
    return this.getOpenAPIDocument();
  }
}
