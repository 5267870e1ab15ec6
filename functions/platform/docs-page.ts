export type OpenApiDocument = ReturnType<typeof import('./openapi-document.js').buildOpenApiDocument>;

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char);

function schemaName(content: unknown): string {
  const ref = (content as { 'application/json'?: { schema?: { $ref?: string } } } | undefined)?.['application/json']?.schema?.$ref;
  return ref ? (ref.split('/').pop() ?? '') : '';
}

/** A readable, dependency-free page listing every route of the OpenAPI document. */
export function renderDocsPage(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item ?? {})
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ path, method, operation: operation as Record<string, unknown> })),
  );
  const rows = operations
    .map(({ path, method, operation }) => {
      const body = schemaName((operation.requestBody as { content?: unknown } | undefined)?.content);
      const responses = Object.entries((operation.responses as Record<string, { description?: string }>) ?? {})
        .map(([status, response]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(response.description ?? '')}</li>`)
        .join('');
      return `<section><h2><span class="m">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h2>
<p>${escapeHtml(String(operation.summary ?? ''))}</p>${body ? `<p>Corps : <code>${escapeHtml(body)}</code></p>` : ''}<ul>${responses}</ul></section>`;
    })
    .join('\n');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Envol — documentation de l’API</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1a1a1a}h2{font-size:1.1rem;margin-bottom:.25rem}section{border-top:1px solid #ccc;padding:.5rem 0}.m{display:inline-block;min-width:4.5rem;font-weight:700;color:#0b4f8a}code{background:#f2f2f2;padding:0 .2rem}</style>
</head><body><main><h1>Envol — documentation de l’API</h1><p>${escapeHtml(document.info.description ?? '')}</p>
<p>Document complet : <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>${rows}</main></body></html>`;
}
