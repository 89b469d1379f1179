import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Words too common to say anything about which story an article tells. */
const EXTRA = ['记者', '近日', '日前', '目前', '今年', '去年', '一个', '一些', '进行', '相关', '工作', '表示', '没有', '我们', '他们', '自己', '通过', '其中', '已经', '可以'];

let words: Set<string> | undefined;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const jieba = dirname(require.resolve('nodejieba/package.json'));
  const list = readFileSync(join(jieba, 'submodules/cppjieba/dict/stop_words.utf8'), 'utf8').split(/\r?\n/);
  return new Set([...list.map((word) => word.trim()).filter(Boolean), ...EXTRA]);
}

export function isStopWord(word: string): boolean {
  words ??= load();
  return words.has(word);
}
