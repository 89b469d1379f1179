import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../crawler/normalize-url.ts';

describe('normalizeUrl', () => {
  it.each([
    ['drops the fragment', 'http://a.cn/news/1.html#top', 'http://a.cn/news/1.html'],
    ['drops utm and spm tracking parameters', 'http://a.cn/1.html?utm_source=wx&id=3&spm=a.b', 'http://a.cn/1.html?id=3'],
    ['sorts the remaining parameters', 'http://a.cn/p?b=2&a=1', 'http://a.cn/p?a=1&b=2'],
    ['lower-cases the host and drops the default port', 'HTTP://WWW.Example.CN:80/A.html', 'http://www.example.cn/A.html'],
    ['resolves relative links against the page', '../2024/05/1.html', 'http://a.cn/2024/05/1.html', 'http://a.cn/list/index.html'],
    ['keeps non-default ports', 'http://127.0.0.1:18601/a.html', 'http://127.0.0.1:18601/a.html'],
    ['drops credentials', 'http://user:pw@a.cn/x', 'http://a.cn/x'],
  ])('%s', (_name, input, expected, base?: string) => {
    expect(normalizeUrl(input, base)).toBe(expected);
  });

  it.each([['javascript:void(0)'], ['mailto:x@a.cn'], ['not a url'], ['ftp://a.cn/file']])('refuses %s', (input) => {
    expect(normalizeUrl(input)).toBeNull();
  });
});
