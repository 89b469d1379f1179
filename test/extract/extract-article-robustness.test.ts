import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../crawler/charset.ts';
import { extractArticle, MAX_HTML_CHARS } from '../../crawler/extract/extract-article.ts';

const article = readFileSync(join(import.meta.dirname, '../fixtures/pages/police-gbk-dateline/input.html'), 'utf8');

describe('extractArticle on input that is not a clean page', () => {
  const notArticles: Array<{ behaviour: string; input: string; reason: RegExp }> = [
    { behaviour: 'says an empty string is an empty page', input: '', reason: /empty/ },
    { behaviour: 'says whitespace only is an empty page', input: ' \n\t ', reason: /empty/ },
    { behaviour: 'says a page with an empty body has no text', input: '<html><head><title>空页面</title></head><body></body></html>', reason: /no text/ },
    { behaviour: 'says a page cut off in its head has no text', input: article.slice(0, 300), reason: /no text|too little/ },
    { behaviour: 'says random bytes are binary', input: decodeHtml(randomBytes(20_000)).html, reason: /binary|no text|too little|no sentences/ },
    { behaviour: 'says NUL-filled input is binary', input: '\u0000\u0001\u0002'.repeat(5000), reason: /binary/ },
    { behaviour: 'says a page of navigation links only is chrome', input: `<body>${'<a href="/x">栏目名称</a> '.repeat(200)}</body>`, reason: /./ },
  ];
  for (const c of notArticles) {
    it(c.behaviour, () => {
      const result = extractArticle(c.input);
      expect(result.isArticle).toBe(false);
      expect(result.reason).toMatch(c.reason);
      expect(result.body).toBe('');
      expect(result.paragraphs).toEqual([]);
    });
  }

  it('still reads a page truncated in the middle of its body', () => {
    const cut = article.slice(0, article.indexOf('接到报警后') + 60);
    const result = extractArticle(cut);
    expect(result.isArticle).toBe(true);
    expect(result.title).toBe('宜昌警方破获一起冒充公检法诈骗案 追回被骗资金46万元');
    expect(result.body).toContain('5月9日，宜昌市公安局西陵区分局');
  });

  it('refuses input over the size cap quickly, without parsing it', () => {
    const huge = '<html><body>' + '<p>诈骗</p>'.repeat(Math.ceil(MAX_HTML_CHARS / 8)) + '</body></html>';
    const started = Date.now();
    const result = extractArticle(huge);
    expect(result.isArticle).toBe(false);
    expect(result.reason).toMatch(/larger than/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('survives markup nested tens of thousands of levels deep', () => {
    const deep = '<html><body>' + '<div>'.repeat(30_000) + '<p>一段文字，没有结束标签。</p>';
    const started = Date.now();
    const result = extractArticle(deep);
    expect(typeof result.isArticle).toBe('boolean');
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('reads a 2 MB page with a huge comment thread in bounded time', () => {
    const filler = '<div class="comment"><p>网友留言：这种骗局一定要当心，大家互相提醒。</p></div>'.repeat(25_000);
    const big = article.replace('</body>', `${filler}</body>`);
    const started = Date.now();
    const result = extractArticle(big);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(result.isArticle).toBe(true);
    expect(result.body).not.toContain('网友留言');
  });

  it('never throws on non-string input from a careless caller', () => {
    expect(extractArticle(undefined as unknown as string)).toMatchObject({ isArticle: false, reason: 'input is not text' });
  });
});
