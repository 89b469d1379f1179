import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FraudType, Region } from '../contract.ts';

/** One labelled article of classifier/corpus (format: /work/briefs/corpus.md). */
export interface CorpusArticle {
  id: string;
  title: string;
  text: string;
  relevant: boolean;
  fraudTypes: FraudType[];
  topics: string[];
  region: Region | null;
  hardNegative: boolean;
  /** File the article came from, for error messages. */
  file: string;
}

export const CORPUS_DIR = fileURLToPath(new URL('../corpus/', import.meta.url));

/**
 * Reads every *.jsonl of one corpus split ('train' or 'heldout'), sorted by file then id so that training sees the
 * articles in the same order on every run (natural's model, and so the model file, depend on that order).
 * A malformed line stops the run with its file and line number: a silently skipped article would change the model.
 */
export function readCorpus(split: 'train' | 'heldout', dir = join(CORPUS_DIR, split)): CorpusArticle[] {
  if (!existsSync(dir)) return [];
  const articles: CorpusArticle[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (!line.trim()) return;
        let row: Partial<CorpusArticle>;
        try {
          row = JSON.parse(line);
        } catch (error) {
          throw new Error(`${split}/${file}:${index + 1}: not JSON (${(error as Error).message})`);
        }
        if (typeof row.id !== 'string' || typeof row.text !== 'string' || typeof row.relevant !== 'boolean') {
          throw new Error(`${split}/${file}:${index + 1}: needs string id, string text and boolean relevant`);
        }
        articles.push({
          id: row.id,
          title: row.title ?? '',
          text: row.text,
          relevant: row.relevant,
          fraudTypes: row.fraudTypes ?? [],
          topics: row.topics ?? [],
          region: row.region ?? null,
          hardNegative: row.hardNegative ?? false,
          file,
        });
      });
  }
  return articles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
