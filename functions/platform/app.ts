import { createPublicApp } from '../../shared/http/create-area-app.js';
import { renderDocsPage } from './docs-page.js';
import { buildOpenApiDocument } from './openapi-document.js';

/** Public routes: health, the OpenAPI document and its docs page. */
export function createPlatformApp() {
  const app = createPublicApp('/api');
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  // Built on first use, not at import: keeps the cold start short.
  const openApi = () => {
    document ??= buildOpenApiDocument();
    return document;
  };
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/openapi.json', (c) => c.json(openApi()));
  app.get('/docs', (c) => c.html(renderDocsPage(openApi())));
  return app;
}
