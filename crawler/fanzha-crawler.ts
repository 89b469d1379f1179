import type { IncomingMessage } from 'node:http';
import { CheerioCrawler, NonRetryableError, type CheerioCrawlerOptions, type Configuration } from 'crawlee';
import * as cheerio from 'cheerio';
import { decodeHtml } from './charset.ts';

export interface FanzhaCrawlerOptions extends CheerioCrawlerOptions {
  /** Largest response body read, in bytes; a larger page fails without retry. @default 5242880 */
  maxResponseBytes?: number;
}

/**
 * CheerioCrawler that decides the charset itself (BOM, header, <meta>, byte sniffing) instead of trusting the
 * Content-Type header alone, so GBK and Big5 pages that declare their charset only in a <meta> are read correctly,
 * and that refuses over-large bodies before buffering them.
 * The decoded page is `body`; its charset is on `request.userData.charset`.
 */
export class FanzhaCrawler extends CheerioCrawler {
  private readonly maxResponseBytes: number;

  constructor(options: FanzhaCrawlerOptions, config?: Configuration) {
    const { maxResponseBytes = 5 * 1024 * 1024, ...crawlerOptions } = options;
    // Keep the bytes as they came: "latin1" makes crawlee pass the raw stream through without transcoding.
    super({ ...crawlerOptions, forceResponseEncoding: 'latin1' }, config);
    this.maxResponseBytes = maxResponseBytes;
  }

  protected override async _parseHTML(response: IncomingMessage, isXml: boolean, crawlingContext: any): Promise<any> {
    const bytes = await readCapped(response, this.maxResponseBytes, crawlingContext.request.url);
    const decoded = decodeHtml(bytes, String(response.headers['content-type'] ?? ''));
    crawlingContext.request.userData.charset = decoded.charset;
    const $ = cheerio.load(decoded.html, { xml: isXml ? { xmlMode: true } : false });
    return { $, body: decoded.html, enqueueLinks: crawlingContext.enqueueLinks };
  }
}

async function readCapped(stream: AsyncIterable<Buffer | string>, limit: number, url: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    size += buffer.length;
    if (size > limit) {
      (stream as unknown as { destroy?: () => void }).destroy?.();
      throw new NonRetryableError(`response from ${url} is larger than ${limit} bytes; skipped`);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
