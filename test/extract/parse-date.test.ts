import { describe, expect, it } from 'vitest';
import { findDates, parseDate, toIso } from '../../crawler/extract/parse-date.ts';
import { dateFromUrl } from '../../crawler/extract/find-publish-time.ts';

describe('parseDate reads dates as Chinese pages write them', () => {
  const table: Array<[string, string | null]> = [
    ['发布时间：2024-05-10 04:48', '2024-05-10T04:48:00+08:00'],
    ['2024年5月10日 10:20', '2024-05-10T10:20:00+08:00'],
    ['2024年05月10日10时20分', '2024-05-10T10:20:00+08:00'],
    ['2024/05/10', '2024-05-10T00:00:00+08:00'],
    ['2024.5.10 9:05:33', '2024-05-10T09:05:33+08:00'],
    ['来源：湖北日报 2024-05-10', '2024-05-10T00:00:00+08:00'],
    ['2024-04-18T09:30:00+08:00', '2024-04-18T09:30:00+08:00'],
    ['2024-04-18T01:30:00Z', '2024-04-18T01:30:00+00:00'],
    ['2024-04-18T01:30:00.000-0500', '2024-04-18T01:30:00-05:00'],
    ['2024年3月21日 下午4:05', '2024-03-21T16:05:00+08:00'],
    ['２０２４年５月１０日', '2024-05-10T00:00:00+08:00'],
    ['二〇二四年五月十日', null],
    ['20240510', '2024-05-10T00:00:00+08:00'],
    ['1715287680', '2024-05-10T04:48:00+08:00'],
    ['2024-02-30', null],
    ['电话 0717-6221100', null],
    ['1850-01-01', null],
  ];
  for (const [input, iso] of table) {
    it(`${input} → ${iso}`, () => {
      const date = parseDate(input);
      expect(date ? toIso(date) : null).toBe(iso);
    });
  }
});

describe('findDates', () => {
  it('finds every date in a line, in order', () => {
    const dates = findDates('2024-05-10 04:48 来源：新华网 （更新于2024-05-11）');
    expect(dates.map(toIso)).toEqual(['2024-05-10T04:48:00+08:00', '2024-05-11T00:00:00+08:00']);
  });

  it('marks whether a clock time was given', () => {
    expect(findDates('2024年5月10日').map((d) => d.hasTime)).toEqual([false]);
    expect(findDates('2024年5月10日 10:20').map((d) => d.hasTime)).toEqual([true]);
  });
});

describe('dateFromUrl', () => {
  const table: Array<[string, string | null]> = [
    ['http://www.gov.cn/xinwen/2024-05/10/content_123.htm', '2024-05-10T00:00:00+08:00'],
    ['http://news.example.cn/2024/05/10/abc.html', '2024-05-10T00:00:00+08:00'],
    ['http://www.example.gov.cn/art/t20240510_5550.html', '2024-05-10T00:00:00+08:00'],
    ['http://example.com/news/123456.html', null],
  ];
  for (const [url, iso] of table) {
    it(`${url} → ${iso}`, () => {
      const date = dateFromUrl(url);
      expect(date ? toIso(date) : null).toBe(iso);
    });
  }
});

describe('parseDate with a time-zone label between date and time', () => {
  it('reads 2012-01-11  HKT  21:43 (RTHK style)', () => {
    const date = parseDate('2012-01-11  HKT  21:43');
    expect(date ? toIso(date) : null).toBe('2012-01-11T21:43:00+08:00');
  });
});
