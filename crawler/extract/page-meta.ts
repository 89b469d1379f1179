import type { CheerioAPI } from 'cheerio';

/**
 * The head-of-page facts: <meta> values by lower-cased name/property/itemprop, JSON-LD objects, and the <title>.
 * Read once, before the body is searched.
 */
export interface PageMeta {
  meta: Map<string, string>;
  jsonLd: Array<Record<string, unknown>>;
  titleTag: string | null;
}

export function readPageMeta($: CheerioAPI): PageMeta {
  const meta = new Map<string, string>();
  $('meta').each((_, element) => {
    const attribs = element.attribs ?? {};
    const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? attribs['http-equiv'] ?? '').trim().toLowerCase();
    const value = (attribs.content ?? '').trim();
    if (key && value && !meta.has(key)) meta.set(key, value);
  });

  const jsonLd: Array<Record<string, unknown>> = [];
  $('script[type="application/ld+json"]').each((_, element) => {
    const raw = $(element).text();
    if (raw.length > 200_000) return;
    try {
      collectObjects(JSON.parse(raw), jsonLd, 0);
    } catch {
      // Broken JSON-LD is common; the rest of the page still speaks.
    }
  });

  const titleText = $('title').first().text().replace(/\s+/g, ' ').trim();
  return { meta, jsonLd, titleTag: titleText || null };
}

function collectObjects(value: unknown, out: Array<Record<string, unknown>>, depth: number): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectObjects(item, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  out.push(record);
  if (record['@graph']) collectObjects(record['@graph'], out, depth + 1);
}

/** First non-empty meta value among `keys`. */
export function metaValue(pageMeta: PageMeta, keys: string[]): string | null {
  for (const key of keys) {
    const value = pageMeta.meta.get(key);
    if (value) return value;
  }
  return null;
}

/** First string value of `field` among JSON-LD objects (names of nested objects are read too, e.g. author.name). */
export function jsonLdValue(pageMeta: PageMeta, field: string): string | null {
  for (const object of pageMeta.jsonLd) {
    const value = object[field];
    const text = stringOf(value);
    if (text) return text;
  }
  return null;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const parts = value.map(stringOf).filter((v): v is string => !!v);
    return parts.length ? parts.join(' ') : null;
  }
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return ((value as { name: string }).name).trim() || null;
  }
  return null;
}
