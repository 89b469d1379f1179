import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../crawler/charset.ts';
import { extractArticle } from '../../crawler/extract/extract-article.ts';

const SIMPLIFIED =
  '<p>湖北省公安厅发布消息：今年以来全省公安机关共破获电信网络诈骗案件3100余起，抓获犯罪嫌疑人4200余名，为群众挽回损失2.6亿元。' +
  '警方提醒广大群众，不要轻信陌生来电，不要点击来历不明的链接，凡是要求转账到“安全账户”的都是诈骗。</p>';
const TRADITIONAL =
  '<p>台北市警察局刑事警察大隊表示，今年以來轄區共發生假投資詐騙案件四百餘件，財損金額超過新台幣十二億元。' +
  '警方呼籲民眾，切勿相信網路上保證獲利的投資廣告，如有疑問請撥打一六五反詐騙諮詢專線查證。</p>';

function page(charsetMeta: string | null, body: string): string {
  const meta = charsetMeta ? `<meta http-equiv="Content-Type" content="text/html; charset=${charsetMeta}">` : '';
  return `<!DOCTYPE html><html><head>${meta}<title>测试页</title></head><body>${body}</body></html>`;
}

interface Case {
  behaviour: string;
  bytes: Uint8Array;
  contentType?: string | null;
  charset: string;
  detectedBy: string;
  text: string;
}

const cases: Case[] = [
  { behaviour: 'reads a GBK page that says gb2312', bytes: iconv.encode(page('gb2312', SIMPLIFIED), 'gbk'), charset: 'gb18030', detectedBy: 'meta', text: '挽回损失2.6亿元' },
  { behaviour: 'reads a Big5 page that says big5', bytes: iconv.encode(page('big5', TRADITIONAL), 'big5'), charset: 'big5', detectedBy: 'meta', text: '新台幣十二億元' },
  { behaviour: 'reads a UTF-8 page mislabelled gb2312 as UTF-8', bytes: Buffer.from(page('gb2312', SIMPLIFIED)), charset: 'utf-8', detectedBy: 'sniff', text: '安全账户' },
  { behaviour: 'reads a UTF-8 page mislabelled big5 as UTF-8', bytes: Buffer.from(page('big5', TRADITIONAL)), charset: 'utf-8', detectedBy: 'sniff', text: '反詐騙諮詢專線' },
  { behaviour: 'reads a GBK page mislabelled utf-8 as GBK', bytes: iconv.encode(page('utf-8', SIMPLIFIED), 'gbk'), charset: 'gb18030', detectedBy: 'sniff', text: '陌生来电' },
  { behaviour: 'reads a Big5 page mislabelled gb2312 as Big5', bytes: iconv.encode(page('gb2312', TRADITIONAL), 'big5'), charset: 'big5', detectedBy: 'sniff', text: '刑事警察大隊' },
  { behaviour: 'reads a GBK page with no declaration by sniffing', bytes: iconv.encode(page(null, SIMPLIFIED), 'gbk'), charset: 'gb18030', detectedBy: 'sniff', text: '4200余名' },
  { behaviour: 'reads a Big5 page with no declaration by sniffing', bytes: iconv.encode(page(null, TRADITIONAL), 'big5'), charset: 'big5', detectedBy: 'sniff', text: '假投資詐騙' },
  { behaviour: 'trusts the HTTP header over a missing meta', bytes: iconv.encode(page(null, SIMPLIFIED), 'gbk'), contentType: 'text/html; charset=GBK', charset: 'gb18030', detectedBy: 'header', text: '3100余起' },
  { behaviour: 'ignores a server default of ISO-8859-1 on a GBK page', bytes: iconv.encode(page('gbk', SIMPLIFIED), 'gbk'), contentType: 'text/html; charset=ISO-8859-1', charset: 'gb18030', detectedBy: 'meta', text: '湖北省公安厅' },
  { behaviour: 'ignores a wrong utf-8 header when the meta is right', bytes: iconv.encode(page('gbk', SIMPLIFIED), 'gbk'), contentType: 'text/html; charset=utf-8', charset: 'gb18030', detectedBy: 'meta', text: '湖北省公安厅' },
  { behaviour: 'follows a UTF-8 byte order mark', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('gbk', SIMPLIFIED))]), charset: 'utf-8', detectedBy: 'bom', text: '安全账户' },
  { behaviour: 'reads a UTF-8 page cut inside a character', bytes: Buffer.from(page('utf-8', SIMPLIFIED)).subarray(0, Buffer.byteLength(page('utf-8', SIMPLIFIED)) - 30), charset: 'utf-8', detectedBy: 'meta', text: '挽回损失' },
  { behaviour: 'reads a charset given only by <meta charset>', bytes: iconv.encode(`<html><head><meta charset="GB18030"></head><body>${SIMPLIFIED}</body></html>`, 'gb18030'), charset: 'gb18030', detectedBy: 'meta', text: '不要点击' },
];

describe('decodeHtml', () => {
  for (const c of cases) {
    it(c.behaviour, () => {
      const decoded = decodeHtml(c.bytes, c.contentType);
      expect(decoded.charset).toBe(c.charset);
      expect(decoded.detectedBy).toBe(c.detectedBy);
      expect(decoded.html).toContain(c.text);
      expect(decoded.html).not.toMatch(/\ufffd|ï¿½|鍏|锟斤拷/);
    });
  }

  it('reports pure ASCII as the declared charset without guessing', () => {
    expect(decodeHtml(Buffer.from('<html><body>hello</body></html>'))).toMatchObject({ charset: 'utf-8', detectedBy: 'default' });
  });

  it('gives a GBK page to the extractor without mojibake', () => {
    const html = page('gbk', `<h1>湖北警方通报</h1><div>发布时间：2024-05-10 04:48 来源：湖北日报</div>${SIMPLIFIED}`);
    const article = extractArticle(decodeHtml(iconv.encode(html, 'gbk')).html);
    expect(article.isArticle).toBe(true);
    expect(article.body).toContain('为群众挽回损失2.6亿元');
    expect(article.source).toBe('湖北日报');
  });
});
