import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../classifier/stats/chinese-number.ts';

type Row = [input: string, value: number, approx: boolean, percent?: boolean];

const NUMBERS: Row[] = [
  ['6.9亿', 690_000_000, false],
  ['70万', 700_000, false],
  ['三千余', 3000, true],
  ['一千二百万', 12_000_000, false],
  ['1.2万', 12_000, false],
  ['两千六', 2600, false],
  ['一万二', 12_000, false],
  ['三百五', 350, false],
  ['十余', 10, true],
  ['十多', 10, true],
  ['二十余', 20, true],
  ['上万', 10_000, true],
  ['上千', 1000, true],
  ['上亿', 100_000_000, true],
  ['数百', 100, true],
  ['数十万', 100_000, true],
  ['几十', 10, true],
  ['十几万', 100_000, true],
  ['１２３', 123, false],
  ['１．５万', 15_000, false],
  ['1,234', 1234, false],
  ['12,345,678', 12_345_678, false],
  ['萬', 10_000, false],
  ['3億', 300_000_000, false],
  ['兩千', 2000, false],
  ['一萬二千', 12_000, false],
  ['十五', 15, false],
  ['十', 10, false],
  ['二十', 20, false],
  ['一百零五', 105, false],
  ['一千零五十', 1050, false],
  ['三万五千', 35_000, false],
  ['3万5千', 35_000, false],
  ['3亿5000万', 350_000_000, false],
  ['1万亿', 1_000_000_000_000, false],
  ['2千万', 20_000_000, false],
  ['三亿四千万', 340_000_000, false],
  ['二〇二四', 2024, false],
  ['三四万', 30_000, true],
  ['2.3万余', 23_000, true],
  ['3余万', 30_000, true],
  ['一千二百余万', 12_000_000, true],
  ['300多万', 3_000_000, true],
  ['10万+', 100_000, true],
  ['近3万', 30_000, true],
  ['约3万', 30_000, true],
  ['超过1000', 1000, true],
  ['逾2,000', 2000, true],
  ['0.5', 0.5, false],
  ['5', 5, false],
  ['三点五', 3.5, false],
  ['壹佰贰拾', 120, false],
  ['一千二百', 1200, false],
];

const PERCENTS: Row[] = [
  ['百分之八', 8, false, true],
  ['百分之十二点五', 12.5, false, true],
  ['百分之三十', 30, false, true],
  ['12.5%', 12.5, false, true],
  ['１２．５％', 12.5, false, true],
  ['3.2个百分点', 3.2, false, true],
  ['三成', 30, false, true],
  ['七成以上', 70, true, true],
  ['四成左右', 40, true, true],
];

describe('parseChineseNumber', () => {
  it.each(NUMBERS)('reads %s as %d (approx %s)', (input, value, approx) => {
    expect(parseChineseNumber(input)).toEqual({ value, approx });
  });

  it.each(PERCENTS)('reads the percentage %s as %d', (input, value, approx, percent) => {
    expect(parseChineseNumber(input)).toEqual({ value, approx, percent });
  });

  it.each(['', 'abc', '1..2', '万万', '千百', '多', '余', '分之', '百分之', '.', ',', '%', '十成成', '第三'])(
    'returns null for the non-numeral %j',
    (input) => {
      expect(parseChineseNumber(input)).toBeNull();
    },
  );

  it('never throws, whatever it is given', () => {
    const alphabet = '0123456789.,%一二两三四五六七八九十百千万亿零〇余多几数上约近逾成点分之个百分点萬億兩abc 　\u0000\ud800';
    let seed = 42;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const len = Math.floor(random() * 12);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(random() * alphabet.length)];
      expect(() => parseChineseNumber(s)).not.toThrow();
    }
    expect(parseChineseNumber(undefined as unknown as string)).toBeNull();
    expect(parseChineseNumber('9'.repeat(1_000_000))).toBeNull();
  });
});
