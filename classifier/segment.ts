import { fileURLToPath } from 'node:url';
import nodejieba from 'nodejieba';

/** The domain user dictionary: words jieba would otherwise split (电诈, 止付, 两卡, 杀猪盘 …). */
export const USER_DICT_PATH = fileURLToPath(new URL('./dict/user.dict.utf8', import.meta.url));

let loaded = false;

/** Loads jieba's dictionaries plus ours, once per process (~1–3 s the first time). */
export function loadSegmenter(): void {
  if (loaded) return;
  nodejieba.load({ userDict: USER_DICT_PATH });
  loaded = true;
}

/** Segments text into words, in order, punctuation and whitespace kept as their own tokens. */
export function segment(text: string): string[] {
  loadSegmenter();
  return nodejieba.cut(text, true);
}

const WORD = /[\p{Script=Han}\p{L}\p{N}]/u;

/** Segments text for indexing and search: search-mode cut, lower-cased, punctuation and spaces dropped. */
export function searchTokens(text: string): string[] {
  loadSegmenter();
  return nodejieba
    .cutForSearch(text, true)
    .map((token) => token.trim().toLowerCase())
    .filter((token) => token.length > 0 && WORD.test(token));
}
