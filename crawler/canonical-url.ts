import { normalizeUrl } from './normalize-url.ts';

const LINK_TAG = /<link\b[^>]*>/gi;

/** The page's <link rel="canonical"> target, normalised; a cheap scan of the head instead of a second DOM parse. */
export function findCanonicalUrl(html: string, pageUrl: string): string | null {
  const head = html.slice(0, 200_000);
  for (const tag of head.match(LINK_TAG) ?? []) {
    if (!/\brel\s*=\s*["']?canonical\b/i.test(tag)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = href?.[1] ?? href?.[2] ?? href?.[3];
    if (value) return normalizeUrl(value, pageUrl);
  }
  return null;
}
