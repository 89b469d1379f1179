/** Query parameters that only track a visit and never change the page. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'spm', 'scm', 'from', 'isappinstalled', 'share_token',
  'sharer', 'share', 'tt_from', 'utm', 'wfr', 'ref', 'referer', 'source', '_t', 'timestamp',
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
}

/**
 * The form of a URL fanzha stores and dedupes on: http(s) only, no fragment, no tracking parameters,
 * lower-case host, no default port, remaining parameters sorted. Returns null for anything not crawlable.
 */
export function normalizeUrl(input: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase();
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParam(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [name, value] of kept) url.searchParams.append(name, value);
  if (url.pathname === '') url.pathname = '/';
  return url.toString();
}
