import { Hono } from 'hono';
import type { AppEnv } from '../../shared/http/app-env.js';
import { withPublicDefaults } from '../../shared/http/public-app.js';
import { type OpenApiDocument, renderDocsPage } from './docs-page.js';

/**
 * Public routes: health, the OpenAPI document and its docs page. The document comes from
 * `loadDocument`, called on first use (never at import, for a short cold start): the local
 * server builds it from the area apps, the Lambda reads the file written at build.
 */
export function createPlatformApp(loadDocument: () => OpenApiDocument) {
  const app = withPublicDefaults(new Hono<AppEnv>().basePath('/api'));
  let document: OpenApiDocument | undefined;
  const openApi = () => {
    document ??= loadDocument();
    return document;
  };
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/openapi.json', (c) => c.json(openApi()));
  app.get('/docs', (c) => c.html(renderDocsPage(openApi())));
  return app;
}
