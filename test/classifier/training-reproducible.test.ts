import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MODEL_PATH } from '../../classifier/classify.ts';
import { readCorpus } from '../../classifier/training/read-corpus.ts';
import { trainClassifier } from '../../classifier/training/train.ts';

describe('training', () => {
  it('reproduces the committed model exactly from the committed corpus and seed', () => {
    const committed = JSON.parse(readFileSync(MODEL_PATH, 'utf8'));
    const { model } = trainClassifier(readCorpus('train'));
    // A mismatch means the model file is stale: run `npm run train` and commit its output.
    expect(model.version).toBe(committed.version);
    expect(JSON.parse(JSON.stringify(model))).toEqual(committed);
  });
});
