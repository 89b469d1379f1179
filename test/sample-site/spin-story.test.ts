import { describe, expect, it } from 'vitest';
import { spinStory, swapSynonyms } from '../../sample-site/spin-story.ts';
import type { Story } from '../../sample-site/story.ts';

describe('swapSynonyms', () => {
  it.each([
    ['民警提醒广大群众积极防范电信网络诈骗', '警务人员提示广大大众踊跃防范电信网络欺诈'],
    ['抓获犯罪嫌疑人23名', '捕获涉案疑犯23名'],
    ['嫌疑人已到案', '嫌疑人已到案'],
    ['涉案金额1800余万元', '涉案金额1800余万元'],
  ])('%s → %s', (input, expected) => {
    expect(swapSynonyms(input)).toBe(expected);
  });
});

describe('spinStory', () => {
  const story: Story = {
    id: 's',
    title: '警方破获诈骗案',
    publishedAt: '2024-05-10T10:20:00+08:00',
    source: null,
    paragraphs: ['近日，警方破获一起诈骗案。', '民警提醒：不要轻信。'],
    relevant: true,
    fraudTypes: [],
    region: null,
  };

  it('swaps synonyms and stuffs the brand into every paragraph plus a closing advert', () => {
    expect(spinStory(story, 'XX娱乐城')).toEqual({
      title: '警方破获欺诈案',
      paragraphs: [
        'XX娱乐城提醒您：日前，警方破获一起欺诈案。',
        '警务人员提示：不要轻信。XX娱乐城温馨提示，XX娱乐城与您一起守护钱袋子。',
        '更多最新资讯，尽在XX娱乐城。XX娱乐城信誉第一，XX娱乐城注册即送彩金，XX娱乐城欢迎您的光临！',
      ],
    });
  });
});
