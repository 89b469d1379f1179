import { describe, expect, it } from 'vitest';
import { normalizeText, toHalfWidth } from '../../classifier/normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['converts Taiwan Traditional to Simplified', '臺北市警察局破獲假投資詐騙集團', '台北市警察局破获假投资诈骗集团'],
    ['converts Hong Kong Traditional to Simplified', '香港警方呼籲市民提高警覺，切勿轉賬', '香港警方呼吁市民提高警觉，切勿转账'],
    ['converts Traditional currency names', '損失新臺幣300萬元', '损失新台币300万元'],
    ['leaves Simplified text unchanged', '宜昌市公安局破获一起刷单返利诈骗案', '宜昌市公安局破获一起刷单返利诈骗案'],
    ['folds full-width digits and letters', '涉案金额１２０万元，下载ＡＰＰ', '涉案金额120万元，下载APP'],
    ['folds full-width percent and decimal point', '同比下降５．８２％', '同比下降5.82%'],
    ['keeps Chinese sentence punctuation', '警方提醒：切勿转账！', '警方提醒：切勿转账！'],
    ['turns the ideographic space into a plain space', '反诈\u3000宣传', '反诈 宣传'],
    ['folds runs of spaces and tabs', '电信  网络\t\t诈骗', '电信 网络 诈骗'],
    ['keeps paragraphs as single line breaks', '第一段\r\n\r\n  第二段\n\n\n第三段', '第一段\n第二段\n第三段'],
    ['trims the ends', '  \n反诈中心\n ', '反诈中心'],
  ])('%s', (_behaviour, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('toHalfWidth', () => {
  it.each([
    ['ＱＱ号１２３４５', 'QQ号12345'],
    ['９６１１０', '96110'],
    ['，。？', '，。？'],
  ])('%s → %s', (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});
