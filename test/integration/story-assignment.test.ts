import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { analyzeArticle, MODEL_VERSION } from '../../classifier/analyze.ts';
import { fingerprintText } from '../../classifier/stories/fingerprint.ts';
import { saveArticle, type ArticleRecord } from '../../storage/article-store.ts';
import { contentHashOf } from '../../worker/process-article-page.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/services.ts';

/** Story assignment in PostgreSQL: joining, merging, keeping round-ups apart, electing the canonical copy. */

// Five paragraphs of one report, without figures (number anchors would change the rule being tested).
const REPORT = [
  '近日，市公安局反诈中心接到辖区居民张女士报警，称其在网上结识一名自称投资导师的男子，被拉进所谓的股票交流群。',
  '群内多名成员每天晒出盈利截图，张女士信以为真，按照对方指引下载了一款投资软件，先后向指定账户转账，发现无法提现后才意识到被骗。',
  '接警后，反诈中心民警立即启动紧急止付程序，联合多家银行对涉案账户进行查询冻结，同时通过资金流向锁定了为诈骗团伙提供银行卡的犯罪嫌疑人。',
  '经过连续奋战，专案组在外省一处出租屋内将犯罪嫌疑人抓获，现场查获作案用的手机、银行卡和网银盾，案件正在进一步侦办中。',
  '警方提醒广大市民，凡是通过网络推荐股票、承诺稳赚不赔的投资平台都是诈骗，切勿轻信陌生人的指导，遇到可疑情况请及时拨打反诈热线咨询。',
];
// A different story on another topic, sharing only the closing tip's vocabulary.
const OTHER_STORY = [
  '某区人民法院近日公开宣判一起帮助信息网络犯罪活动案，被告人明知他人利用信息网络实施犯罪，仍将本人名下的银行卡出租给上线使用。',
  '法院审理查明，被告人通过社交软件结识上线后，按照对方要求办理多张银行卡并交出网银盾，为诈骗资金的转移提供支付结算帮助，从中获取好处费。',
  '法院认为，被告人的行为已构成帮助信息网络犯罪活动罪，依法判处有期徒刑并处罚金，判决宣告后，被告人当庭表示认罪服法，不再上诉。',
];

let sequence = 0;

function record(body: string, options: { url?: string; title?: string; sourceName?: string; publishedAt?: string | null } = {}): ArticleRecord {
  const url = options.url ?? `https://example.gov.cn/news/${++sequence}.html`;
  const title = options.title ?? '投资理财诈骗案告破';
  const analysis = analyzeArticle({ title, body, url, sourceName: options.sourceName });
  return {
    url,
    requestedUrl: url,
    canonicalUrl: null,
    title,
    publishedAt: options.publishedAt ?? null,
    sourceName: options.sourceName ?? 'test',
    creditedSource: null,
    author: null,
    body,
    charset: 'utf-8',
    contentHash: contentHashOf(body),
    fetchedAt: new Date().toISOString(),
    crawlRunId: null,
    searchTokens: '',
    fingerprint: fingerprintText(body),
    analysis,
    modelVersion: MODEL_VERSION,
  };
}

describe('story assignment in the database', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });
  beforeEach(async () => {
    await db.prisma.$executeRawUnsafe('TRUNCATE article, story, story_band RESTART IDENTITY CASCADE');
  });

  const storyOf = async (articleId: number) =>
    (await db.prisma.article.findUniqueOrThrow({ where: { id: articleId }, select: { storyId: true } })).storyId;

  it('files a syndicated copy under its original’s story and keeps another story apart', async () => {
    const original = await saveArticle(db.prisma, record(REPORT.join('\n')));
    const copy = await saveArticle(db.prisma, record(REPORT.slice(0, 4).join('\n'), { title: '男子网上结识投资导师被骗，警方跨省抓获嫌疑人' }));
    const other = await saveArticle(db.prisma, record(OTHER_STORY.join('\n'), { title: '出租银行卡获刑' }));
    expect(copy.storyId).toBe(original.storyId);
    expect(other.storyId).not.toBe(original.storyId);
    expect(await db.prisma.story.count()).toBe(2);
  });

  it('merges two stories that a later full report shows to be one', async () => {
    // The first three and the last three paragraphs: too little overlap to match each other, both inside the full report.
    const head = await saveArticle(db.prisma, record(REPORT.slice(0, 3).join('\n')));
    const tail = await saveArticle(db.prisma, record(REPORT.slice(2).join('\n')));
    expect(tail.storyId).not.toBe(head.storyId);

    const full = await saveArticle(db.prisma, record(REPORT.join('\n')));
    expect(full.storyId).toBe(Math.min(head.storyId!, tail.storyId!));
    expect(await storyOf(head.articleId)).toBe(full.storyId);
    expect(await storyOf(tail.articleId)).toBe(full.storyId);
    expect(await db.prisma.story.count()).toBe(1);
  });

  it('keeps two stories apart when a round-up article contains both', async () => {
    const first = await saveArticle(db.prisma, record(REPORT.join('\n')));
    const second = await saveArticle(db.prisma, record(OTHER_STORY.join('\n'), { title: '出租银行卡获刑' }));
    const roundup = await saveArticle(db.prisma, record([...REPORT, ...OTHER_STORY].join('\n'), { title: '本周反诈要闻' }));
    expect(await storyOf(first.articleId)).not.toBe(await storyOf(second.articleId));
    expect([first.storyId, second.storyId]).toContain(roundup.storyId);
  });

  it('elects an official, clean, early copy as canonical, never a spam copy', async () => {
    const body = REPORT.join('\n');
    const stuffedBody = REPORT.map((p) => p.replace('，', '，鑫旺资讯网提醒，')).join('\n');
    const spam = await saveArticle(
      db.prisma,
      record(stuffedBody, { url: 'https://xinwang-zixun.example.com/a/1.html', title: '投资诈骗案告破_鑫旺资讯网', sourceName: '鑫旺资讯网', publishedAt: '2024-05-01T08:00:00+08:00' }),
    );
    const portal = await saveArticle(db.prisma, record(body, { url: 'https://portal.example.com/n/2.html', sourceName: 'portal', publishedAt: '2024-05-02T09:00:00+08:00' }));
    const police = await saveArticle(db.prisma, record(body, { url: 'https://gaj.example.gov.cn/n/3.html', sourceName: '市公安局', publishedAt: '2024-05-03T09:00:00+08:00' }));
    expect(new Set([spam.storyId, portal.storyId, police.storyId]).size).toBe(1);
    const story = await db.prisma.story.findUniqueOrThrow({ where: { id: police.storyId! } });
    expect(story.canonicalArticleId).toBe(police.articleId);
  });

  it('moves a rewritten article to its new story and re-elects the story it left', async () => {
    const first = await saveArticle(db.prisma, record(REPORT.join('\n'), { url: 'https://a.example.gov.cn/1.html', publishedAt: '2024-05-01T08:00:00+08:00' }));
    const second = await saveArticle(db.prisma, record(REPORT.join('\n'), { url: 'https://b.example.com/2.html', publishedAt: '2024-05-02T08:00:00+08:00' }));
    const story = first.storyId!;
    expect((await db.prisma.story.findUniqueOrThrow({ where: { id: story } })).canonicalArticleId).toBe(first.articleId);

    const rewritten = await saveArticle(db.prisma, record(OTHER_STORY.join('\n'), { url: 'https://a.example.gov.cn/1.html', title: '出租银行卡获刑' }));
    expect(rewritten.status).toBe('updated');
    expect(rewritten.storyId).not.toBe(story);
    expect((await db.prisma.story.findUniqueOrThrow({ where: { id: story } })).canonicalArticleId).toBe(second.articleId);
    expect((await db.prisma.story.findUniqueOrThrow({ where: { id: rewritten.storyId! } })).canonicalArticleId).toBe(rewritten.articleId);
    // The verbatim copy filed no band keys of its own (they all led to the first article), yet the story stays reachable.
    const later = await saveArticle(db.prisma, record(REPORT.join('\n'), { url: 'https://c.example.com/3.html' }));
    expect(later.storyId).toBe(story);
  });

  it('files no band keys for a verbatim copy, all of them for a loose one', async () => {
    const bandsOf = (articleId: number) => db.prisma.storyBand.count({ where: { articleId } });
    const original = await saveArticle(db.prisma, record(REPORT.join('\n')));
    const verbatim = await saveArticle(db.prisma, record(REPORT.join('\n')));
    const trimmed = await saveArticle(db.prisma, record(REPORT.slice(1, 4).join('\n')));
    expect(new Set([original.storyId, verbatim.storyId, trimmed.storyId]).size).toBe(1);
    expect(await bandsOf(original.articleId)).toBeGreaterThan(0);
    expect(await bandsOf(verbatim.articleId)).toBe(0);
    expect(await bandsOf(trimmed.articleId)).toBeGreaterThan(0);
  });

  it('keeps an article in its story when it is saved again by a new model version', async () => {
    const first = await saveArticle(db.prisma, record(REPORT.join('\n'), { url: 'https://a.example.gov.cn/1.html' }));
    const copy = await saveArticle(db.prisma, record(REPORT.join('\n'), { url: 'https://b.example.com/2.html' }));
    const again = await saveArticle(db.prisma, { ...record(REPORT.join('\n'), { url: 'https://a.example.gov.cn/1.html' }), modelVersion: 'next-model' });
    expect(again.status).toBe('updated');
    expect(again.storyId).toBe(first.storyId);
    expect(await storyOf(copy.articleId)).toBe(first.storyId);
    expect(await db.prisma.story.count()).toBe(1);
  });
});
