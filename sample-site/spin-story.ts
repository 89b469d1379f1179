import type { Story } from './story.ts';

/** Word swaps a content farm uses to disguise a copied story (longest first, so 犯罪嫌疑人 wins over 嫌疑人). */
export const SPIN_SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['犯罪嫌疑人', '涉案疑犯'],
  ['积极', '踊跃'],
  ['群众', '大众'],
  ['诈骗', '欺诈'],
  ['民警', '警务人员'],
  ['提醒', '提示'],
  ['近日', '日前'],
  ['迅速', '快速'],
  ['抓获', '捕获'],
  ['受害人', '被害者'],
  ['成功', '顺利'],
  ['立即', '马上'],
  ['目前', '当前'],
];

/** Replaces every listed word by its synonym. */
export function swapSynonyms(text: string, synonyms = SPIN_SYNONYMS): string {
  return synonyms.reduce((out, [word, synonym]) => out.split(word).join(synonym), text);
}

/**
 * The spun copy a spam site publishes: synonyms swapped, the brand stuffed into every other
 * paragraph and into a closing advert paragraph.
 */
export function spinStory(story: Story, brand: string): Pick<Story, 'title' | 'paragraphs'> {
  const paragraphs = story.paragraphs.map((paragraph, index) => {
    const swapped = swapSynonyms(paragraph);
    return index % 2 === 0 ? `${brand}提醒您：${swapped}` : `${swapped}${brand}温馨提示，${brand}与您一起守护钱袋子。`;
  });
  paragraphs.push(`更多最新资讯，尽在${brand}。${brand}信誉第一，${brand}注册即送彩金，${brand}欢迎您的光临！`);
  return { title: swapSynonyms(story.title), paragraphs };
}
