/**
 * How long browsers and CloudFront may keep each file of the web build, in one place for
 * the S3 upload (`infra/lib/web-content.ts`) and the local server. Kept free of any import.
 *
 * Vite puts content-hashed files under `assets/`: their name changes whenever they do, so
 * they are kept a year and never revalidated. Everything else (index.html, config.json,
 * a service worker, a web manifest, unhashed files) keeps its name across deploys and is
 * revalidated on every load, so that a deploy is seen at once and a service worker is
 * never stuck on an old version.
 */
export const HASHED_ASSETS_FOLDER = 'assets';

export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const REVALIDATE_CACHE_CONTROL = 'no-cache';

/** The `Cache-Control` of a file of the web build, from its URL path. */
export function cacheControlForWebPath(path: string): string {
  return path.startsWith(`/${HASHED_ASSETS_FOLDER}/`) ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
}
