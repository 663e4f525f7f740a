/**
 * Tracking parameters in a source's URL: they follow readers for the site that added them
 * and say nothing about the source, so editors are asked to remove them.
 */

/** Exact names (lower case) of common click and campaign identifiers. */
const TRACKING_NAMES = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'ocid',
  'cmpid',
  'icid',
  'smid',
  'ref_src',
  '_ga',
  '_gl',
]);
/** Families of campaign parameters: Google Analytics (utm_), AT Internet (at_), HubSpot (_hs). */
const TRACKING_PREFIXES = ['utm_', 'at_', '_hs'];

export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/**
 * The tracking parameters in `url`, in order, and the URL without them. The rest of the
 * query is kept byte for byte (URLSearchParams would re-encode it).
 */
export function findTrackingParameters(url: string): { names: string[]; cleaned: string } {
  const queryStart = url.indexOf('?');
  if (queryStart < 0) return { names: [], cleaned: url };
  const hashStart = url.indexOf('#', queryStart);
  const query = url.slice(queryStart + 1, hashStart < 0 ? undefined : hashStart);
  const hash = hashStart < 0 ? '' : url.slice(hashStart);
  const names: string[] = [];
  const kept = query.split('&').filter((pair) => {
    const name = decodeName(pair.split('=')[0]!);
    if (!isTrackingParameter(name)) return true;
    names.push(name);
    return false;
  });
  const rest = kept.filter(Boolean).join('&');
  return { names, cleaned: url.slice(0, queryStart) + (rest ? `?${rest}` : '') + hash };
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}
