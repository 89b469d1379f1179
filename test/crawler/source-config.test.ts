import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourcesFile, parseSources } from '../../crawler/source-config.ts';

describe('source config', () => {
  it('fills documented defaults', () => {
    const [source] = parseSources({ sources: [{ name: '某市公安局', startUrls: ['http://127.0.0.1:1/'] }] });
    expect(source).toMatchObject({ maxPages: 500, maxDepth: 3, maxConcurrency: 2, delayMs: 250, articlePatterns: [] });
  });

  it.each([
    ['a misspelt option', { name: 'x', startUrls: ['http://a.cn/'], maxPage: 3 }, /sources\.0: Unrecognized key\(s\) in object: 'maxPage'/],
    ['a bad URL', { name: 'x', startUrls: ['not a url'] }, /sources\.0\.startUrls\.0: Invalid url/],
    ['a bad regular expression', { name: 'x', startUrls: ['http://a.cn/'], articlePatterns: ['(['] }, /sources\.0\.articlePatterns\.0: not a valid regular expression/],
    ['no way to start', { name: 'x' }, /needs at least one of startUrls, feeds or sitemaps/],
    ['a negative delay', { name: 'x', startUrls: ['http://a.cn/'], delayMs: -1 }, /sources\.0\.delayMs/],
  ])('rejects %s with a message naming the field', (_name, source, message) => {
    expect(() => parseSources({ sources: [source] }, 'sources.json')).toThrow(message);
  });

  it('says when the file is missing or not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fanzha-'));
    await expect(loadSourcesFile(join(dir, 'missing.json'))).rejects.toThrow(/cannot read source config .*missing\.json: ENOENT/);
    await writeFile(join(dir, 'bad.json'), '{"sources": [');
    await expect(loadSourcesFile(join(dir, 'bad.json'))).rejects.toThrow(/is not valid JSON/);
  });
});
