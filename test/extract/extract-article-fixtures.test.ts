import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../crawler/charset.ts';
import { extractArticle } from '../../crawler/extract/extract-article.ts';

/**
 * Fixture folders test/fixtures/pages/<case>/{input.html, expected.json}: hand-written pages in the shape of real
 * Chinese police, procuratorate and portal pages. expected.json names only the fields the case is about.
 */
interface Expected {
  isArticle: boolean;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  author?: string | null;
  /** Number of body paragraphs. */
  paragraphs?: number;
  bodyIncludes?: string[];
  bodyExcludes?: string[];
}

const root = join(import.meta.dirname, '../fixtures/pages');
const cases = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('extractArticle on fixture pages', () => {
  it('has fixture pages to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    it(`reads ${name} as a careful reader would`, () => {
      const bytes = readFileSync(join(root, name, 'input.html'));
      const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as Expected;
      const article = extractArticle(decodeHtml(bytes).html, { url: `http://fixture.test/${name}.html` });

      expect(article.isArticle, article.reason).toBe(expected.isArticle);
      if (!expected.isArticle) expect(article.reason).toBeTruthy();
      for (const field of ['title', 'publishedAt', 'source', 'author'] as const) {
        if (field in expected) expect(article[field], field).toBe(expected[field]);
      }
      if (expected.paragraphs !== undefined) expect(article.paragraphs).toHaveLength(expected.paragraphs);
      expect(article.body).toBe(article.paragraphs.join('\n'));
      for (const text of expected.bodyIncludes ?? []) expect(article.body).toContain(text);
      for (const text of expected.bodyExcludes ?? []) expect(article.body).not.toContain(text);
    });
  }
});
