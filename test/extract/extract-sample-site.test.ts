import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeHtml } from '../../crawler/charset.ts';
import { extractArticle } from '../../crawler/extract/extract-article.ts';
import { startSampleSite, type SampleSite } from '../../sample-site/start-sample-site.ts';

/**
 * Every article page of the sample site (GBK police site, UTF-8 portal, Big5 site, spam site), fetched over HTTP and
 * decoded as the crawler does: the extractor must return the manifest's title exactly, the publish time to the minute,
 * the source, and the body paragraph for paragraph. Two seeds, because the seed changes the chrome around articles.
 */
for (const seed of [20240510, 7]) {
  describe(`extraction on the sample site (seed ${seed})`, () => {
    let site: SampleSite;
    beforeAll(async () => {
      site = await startSampleSite({ seed, slowMs: 20 });
    });
    afterAll(async () => {
      await site?.close();
    });

    it('reads every article page exactly', async () => {
      expect(site.articles.length).toBeGreaterThan(0);
      for (const article of site.articles) {
        const response = await fetch(article.url);
        const decoded = decodeHtml(new Uint8Array(await response.arrayBuffer()), response.headers.get('content-type'));
        const extracted = extractArticle(decoded.html, { url: article.url });
        const where = `${article.site} ${article.url} (${article.charsetDeclaredBy})`;

        expect(decoded.charset.replace('gb18030', 'gbk'), where).toBe(article.charset);
        expect(extracted.isArticle, `${where}: ${extracted.reason}`).toBe(true);
        expect(extracted.title, where).toBe(article.title);
        expect(extracted.publishedAt?.slice(0, 16), where).toBe(article.publishedAt.slice(0, 16));
        expect(extracted.publishedAt?.slice(-6), where).toBe('+08:00');
        expect(extracted.source, where).toBe(article.source);
        expect(extracted.paragraphs, where).toEqual(article.body.split('\n'));
      }
    });
  });
}
