import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

type Directives = Record<string, string[]>;

/**
 * What the pages really load: our own scripts only (Vite emits no inline script), styles from
 * antd's CSS-in-JS (<style> elements at run time) and antd-mobile's style attributes, images that
 * are ours (QR codes, posters, photos) or the page's own (data: for the image challenge, blob: for
 * photo previews), and fetches to our API. The OpenAPI docs at /api/docs fit the same policy
 * (@fastify/swagger-ui serves its scripts and styles as files), so they need none of their own.
 */
export function contentSecurityPolicy({ isHttps }: { isHttps: boolean }): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    // on plain http (a LAN address, a laptop) upgrading would point every asset at a port that has no TLS
    ...(isHttps ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/**
 * Helmet's headers on every answer, pages and API alike. Referrer-Policy is no-referrer: residents'
 * tracking codes, attendance and online-consultation tokens sit in the URL path (/t/<code>), and no
 * part of the app needs a Referer (CSRF is checked by token), so none is ever sent, not even to our
 * own reverse proxy's logs. HSTS only when PUBLIC_URL is https, the deployment's word that the host
 * answers on TLS (often at the reverse proxy, so the request itself may well arrive as plain http).
 */
export const securityHeaders = fp(async (app: FastifyInstance, { publicUrl }: { publicUrl: string }) => {
  const isHttps = new URL(publicUrl).protocol === 'https:';
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy({ isHttps }) },
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: isHttps ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
});
