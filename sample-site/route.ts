import iconv from 'iconv-lite';
import type { Catalog, Charset, CharsetDeclaration, SiteKey } from './build-catalog.ts';

/** One canned answer of a sample-site server. */
export interface Route {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Answer only after the site's slowMs. */
  slow?: boolean;
}

/** What every renderer needs once the servers listen. */
export interface RenderContext {
  catalog: Catalog;
  origins: Record<SiteKey, string>;
  seed: number;
}

/** Routes of one site, keyed by path (plus `?page=N` for the Big5 list script). */
export type SiteRoutes = Map<string, Route>;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Encodes a page in its charset, refusing characters the charset cannot hold: a `?` in a GBK
 * or Big5 page would silently corrupt the manifest's promise that the page shows its title.
 */
export function encodePage(text: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const body = iconv.encode(text, charset);
  const back = iconv.decode(body, charset);
  if (back !== text) {
    const bad = [...text].find((char) => iconv.decode(iconv.encode(char, charset), charset) !== char);
    throw new Error(`sample site: character ${JSON.stringify(bad)} cannot be written in ${charset}`);
  }
  return body;
}

/** Whether the page's template must write a charset <meta>. */
export function declaresInMeta(declaration: CharsetDeclaration): boolean {
  return declaration === 'meta' || declaration === 'header+meta';
}

/**
 * An HTML page, its Content-Type carrying the charset only when the declaration says so (the
 * template writes the <meta> itself); a `bom` page starts with the UTF-8 byte-order mark.
 */
export function htmlRoute(html: string, charset: Charset, declaration: CharsetDeclaration, status = 200): Route {
  const inHeader = declaration === 'header' || declaration === 'header+meta';
  if (declaration === 'bom' && charset !== 'utf-8') throw new Error(`sample site: a byte-order mark needs utf-8, not ${charset}`);
  const body = encodePage(html, charset);
  return {
    status,
    headers: { 'content-type': inHeader ? `text/html; charset=${charset}` : 'text/html' },
    body: declaration === 'bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body,
  };
}

export function textRoute(text: string, contentType: string, status = 200): Route {
  return { status, headers: { 'content-type': contentType }, body: Buffer.from(text, 'utf8') };
}

export function redirectRoute(location: string, status: 301 | 302): Route {
  return { status, headers: { location, 'content-type': 'text/html; charset=utf-8' }, body: Buffer.from(`<a href="${escapeHtml(location)}">Moved</a>`) };
}

/** `YYYY-MM-DD HH:MM` style pieces of a +08:00 ISO time. */
export function formatTime(iso: string, pattern: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!match) throw new Error(`not an ISO time: ${iso}`);
  const [, y, m, d, hh, mm] = match;
  return pattern
    .replace('YYYY', y)
    .replace('MM', m)
    .replace('DD', d)
    .replace('M', String(Number(m)))
    .replace('D', String(Number(d)))
    .replace('hh', hh)
    .replace('mm', mm);
}
