/**
 * The Content-Security-Policy to serve the story with; `npm run preview` sends it, and the
 * browser tests check the page runs under it with no violation. Nothing inline, nothing
 * evaluated, nothing from another origin. Workers (MapLibre's) come from our origin; blob:
 * stays for MapLibre's image decoding. frame-ancestors is open on purpose: newsrooms embed us.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  'frame-ancestors *',
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};
