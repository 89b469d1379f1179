import { describe, expect, it } from 'vitest';
import { classifyUrl, compileLinkRules, discoverLinks, parseFeedLinks, parseSitemap } from '../../crawler/discover-links.ts';

const rules = compileLinkRules({ articlePatterns: ['/jwzx/\\d{4}/\\d+\\.html$'], listPatterns: ['/jwzx/index(_\\d+)?\\.html$'] });

describe('link discovery', () => {
  it.each([
    ['http://a.cn/jwzx/2024/123.html', 'article'],
    ['http://a.cn/jwzx/index_2.html', 'list'],
    ['http://a.cn/about.html', null],
  ])('classifies %s as %s', (url, kind) => {
    expect(classifyUrl(url, rules)).toBe(kind);
  });

  it('finds article and list links, normalised and deduplicated in page order', () => {
    const html = `<a href="/jwzx/2024/2.html">b</a><a href="/jwzx/2024/1.html#c">a</a><a href="/jwzx/2024/2.html?utm_source=x">b</a>
      <a href="index_1.html">next</a><a href="/about.html">about</a><a href="javascript:;">x</a>`;
    expect(discoverLinks(html, 'http://a.cn/jwzx/index.html', rules)).toEqual({
      articles: ['http://a.cn/jwzx/2024/2.html', 'http://a.cn/jwzx/2024/1.html'],
      lists: ['http://a.cn/jwzx/index_1.html'],
    });
  });

  it('honours <base href>', () => {
    const html = '<head><base href="http://b.cn/jwzx/"></head><a href="2024/9.html">x</a>';
    expect(discoverLinks(html, 'http://a.cn/', rules).articles).toEqual(['http://b.cn/jwzx/2024/9.html']);
  });

  it('reads item links from RSS and Atom feeds', () => {
    const rss = '<rss><channel><item><title>一</title><link>http://a.cn/n/1.html</link></item><item><link>/n/2.html</link></item></channel></rss>';
    expect(parseFeedLinks(rss, 'http://a.cn/rss.xml')).toEqual(['http://a.cn/n/1.html', 'http://a.cn/n/2.html']);
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="alternate" href="http://a.cn/n/3.html"/><link rel="edit" href="http://a.cn/edit/3"/></entry></feed>';
    expect(parseFeedLinks(atom, 'http://a.cn/atom.xml')).toEqual(['http://a.cn/n/3.html']);
  });

  it('reads pages and nested sitemaps from a sitemap', () => {
    const xml = `<urlset><url><loc>http://a.cn/n/1.html</loc></url><url><loc>http://a.cn/n/2.html</loc></url></urlset>`;
    expect(parseSitemap(xml, 'http://a.cn/sitemap.xml')).toEqual({ pages: ['http://a.cn/n/1.html', 'http://a.cn/n/2.html'], sitemaps: [] });
    const index = `<sitemapindex><sitemap><loc>http://a.cn/s1.xml</loc></sitemap></sitemapindex>`;
    expect(parseSitemap(index, 'http://a.cn/sitemap.xml')).toEqual({ pages: [], sitemaps: ['http://a.cn/s1.xml'] });
  });
});
