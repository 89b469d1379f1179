/**
 * Story assignment in PostgreSQL at scale: the production path (saveArticle → assignStory in
 * storage/article-store.ts) timed against a database that already holds N stored articles.
 *
 * 1. Creates a fresh database fanzha_bench_<random> on the server, applies the migrations, and bulk-loads N
 *    articles with SQL-side batches (jsonb_to_recordset / unnest, indexes and foreign keys dropped during the load
 *    and rebuilt from their own definitions afterwards). Fingerprints come from bench/synthetic-fingerprints.ts, as
 *    in bench/stories-scale.ts: ~40% of articles are copies and are filed under the story of their original. Each
 *    stored article has its simhash, its fingerprint JSON, one story_band row per band key, a story and an analysis
 *    row; bodies are a short placeholder (the story path reads only their length).
 * 2. Times saveArticle for M new articles (fresh stories and copies of stored ones), one at a time and then with
 *    several concurrent savers, each statement timed at the pg driver: the story part is everything from the
 *    advisory lock on (assignStory runs last in the transaction), COMMIT reported on its own.
 * 3. EXPLAIN ANALYZE of the candidate query (the body of the story_candidates SQL function, with the arguments
 *    saveArticle passed) and of the canonical-challenge query as saveArticle sent it.
 * The database is dropped at the end, also after a failure or Ctrl-C.
 *
 *   npm run bench:stories-db                          1,000,000 stored articles, 1000 timed saves
 *   npm run bench:stories-db -- 100000 [500]          fewer
 *   FANZHA_BENCH_DATABASE_URL=postgresql://…/postgres  the server (default postgresql://postgres@127.0.0.1:5432/test)
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import pg from 'pg';
import { analyzeArticle, MODEL_VERSION } from '../classifier/analyze.ts';
import { normalizeText } from '../classifier/normalize.ts';
import { searchTokens } from '../classifier/segment.ts';
import { BANDS, type Fingerprint } from '../classifier/stories/fingerprint.ts';
import { PER_KEY_CANDIDATES, saveArticle, type ArticleRecord } from '../storage/article-store.ts';
import { runMigrations } from '../storage/migrate.ts';
import { COPY_SHARE, createSynthesiser } from './synthetic-fingerprints.ts';

const total = Number(process.argv[2] ?? 1_000_000);
const timedSaves = Number(process.argv[3] ?? 1000);
const CONCURRENCY = 4;
const BATCH = 10_000;
const SOURCES = 50;
const WARM_UP = 20;
const serverUrl = process.env.FANZHA_BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const databaseName = `fanzha_bench_${randomBytes(5).toString('hex')}`;
const databaseUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

// ---------------------------------------------------------------- lifecycle: the database always goes

let created = false;
let dropping: Promise<void> | null = null;
const openClients = new Set<{ end(): Promise<unknown> }>();

async function close(client: { end(): Promise<unknown> }): Promise<void> {
  openClients.delete(client);
  await client.end();
}

function dropDatabase(): Promise<void> {
  if (!created) return Promise.resolve();
  dropping ??= (async () => {
    await Promise.allSettled([...openClients].map((client) => close(client)));
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    await admin.end();
    console.log(`dropped database ${databaseName}`);
  })();
  return dropping;
}

let interrupted = false;
// Once interrupted, the statements in flight fail as their sessions end; that must not stop the drop.
process.on('unhandledRejection', (error) => {
  if (interrupted) return;
  throw error;
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: dropping ${databaseName} …`);
    dropDatabase()
      .catch((error) => console.error(`could not drop ${databaseName}: ${(error as Error).message}`))
      .finally(() => process.exit(130));
  });
}

async function connect(url = databaseUrl): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {}); // DROP … WITH (FORCE) ends every session; that is expected
  await client.connect();
  openClients.add(client);
  return client;
}

// ---------------------------------------------------------------- small helpers

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => `${n.toFixed(2)} ms`;
const mb = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MB`;
const machine = () =>
  `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} CPUs, free memory ${mb(freemem())} of ${mb(totalmem())}`;

function percentile(sorted: Float64Array | number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function summary(values: number[]): string {
  if (values.length === 0) return '(none)';
  const sorted = Float64Array.from(values).sort();
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return `p50 ${ms(percentile(sorted, 0.5))}  p95 ${ms(percentile(sorted, 0.95))}  p99 ${ms(percentile(sorted, 0.99))}  mean ${ms(mean)}  max ${ms(sorted[sorted.length - 1])}`;
}

// ---------------------------------------------------------------- synthetic corpus

const synth = createSynthesiser();

/** A sample of stored articles to copy from, as in bench/stories-scale.ts. */
const kept: { fingerprint: Fingerprint; articleId: number; storyId: number }[] = [];

function remember(fingerprint: Fingerprint, articleId: number, storyId: number): void {
  if (kept.length < 50_000) kept.push({ fingerprint, articleId, storyId });
  else if (synth.rand() < 0.05) kept[Math.floor(synth.rand() * kept.length)] = { fingerprint, articleId, storyId };
}

/** The next stored or timed article: a new story, or a copy of a kept one (and which). */
function nextFingerprint(): { fingerprint: Fingerprint; source: (typeof kept)[number] | null } {
  const isCopy = kept.length > 0 && synth.rand() < COPY_SHARE;
  if (!isCopy) return { fingerprint: synth.newStory(), source: null };
  const source = kept[Math.floor(synth.rand() * kept.length)];
  return { fingerprint: synth.copyOf(source.fingerprint), source };
}

// The timed saves' text: four reports from the story fixtures run together (the analysis corpus's texts are short
// summaries), analysed once; every timed save writes this body, its search tokens and this analysis.
const fixtureReports = readFileSync(fileURLToPath(new URL('../test/fixtures/stories-eval/articles.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { kind: string; title: string; body: string })
  .filter((article) => article.kind === 'original')
  .slice(0, 4);
const sample = { title: fixtureReports[0].title, text: fixtureReports.map((article) => article.body).join('\n') };
const sampleAnalysis = analyzeArticle({ title: sample.title, body: sample.text });
const sampleTokens = searchTokens(normalizeText(`${sample.title}\n${sample.text}`)).join(' ');

// ---------------------------------------------------------------- 1. create, migrate, bulk-load

const LOAD_TABLES = ['article', 'analysis', 'story', 'story_band'];

interface SchemaObjects {
  snapshot: string[];
  keys: { table: string; name: string; def: string }[];
  foreignKeys: { table: string; name: string; def: string }[];
  indexes: { name: string; def: string }[];
}

async function schemaObjects(client: pg.Client): Promise<SchemaObjects> {
  const constraints = (
    await client.query<{ tbl: string; name: string; type: string; def: string }>(
      `SELECT conrelid::regclass::text AS tbl, conname AS name, contype AS type, pg_get_constraintdef(oid) AS def
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype IN ('p', 'u', 'f') ORDER BY 1, 2`,
    )
  ).rows;
  const indexes = (
    await client.query<{ tbl: string; name: string; def: string }>(
      `SELECT tablename AS tbl, indexname AS name, indexdef AS def FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`,
    )
  ).rows;
  const constraintNames = new Set(constraints.map((row) => row.name));
  return {
    snapshot: [...constraints.map((row) => `constraint ${row.tbl}.${row.name} ${row.def}`), ...indexes.map((row) => `index ${row.def}`)],
    keys: constraints.filter((row) => row.type !== 'f' && LOAD_TABLES.includes(row.tbl)).map((row) => ({ table: row.tbl, name: row.name, def: row.def })),
    foreignKeys: constraints.filter((row) => row.type === 'f').map((row) => ({ table: row.tbl, name: row.name, def: row.def })),
    indexes: indexes.filter((row) => LOAD_TABLES.includes(row.tbl) && !constraintNames.has(row.name)).map((row) => ({ name: row.name, def: row.def })),
  };
}

interface LoadedCorpus {
  /** Highest story id after the load: a timed article with a higher one founded a new story. */
  maxStoryId: number;
  largestStory: { id: number; size: number };
}

async function load(): Promise<LoadedCorpus> {
  const main = await connect();
  const bands = await connect();
  for (const client of [main, bands]) {
    await client.query(`SET synchronous_commit = off`); // this loading session only; the timed saves use the server's setting
    await client.query(`SET maintenance_work_mem = '1GB'`);
  }
  await main.query(
    `INSERT INTO source (id, name, config, updated_at) SELECT n, 'bench-source-' || n, '{}'::jsonb, now() FROM generate_series(1, ${SOURCES}) n`,
  );
  await main.query(`SELECT setval(pg_get_serial_sequence('source', 'id'), ${SOURCES})`);

  const schema = await schemaObjects(main);
  for (const fk of schema.foreignKeys) await main.query(`ALTER TABLE ${fk.table} DROP CONSTRAINT "${fk.name}"`);
  for (const index of schema.indexes) await main.query(`DROP INDEX "${index.name}"`);
  for (const key of schema.keys) await main.query(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
  console.log(
    `load: dropped ${schema.keys.length} keys, ${schema.indexes.length} indexes and ${schema.foreignKeys.length} foreign keys of ${LOAD_TABLES.join(', ')} for the load`,
  );

  const storySize = new Int32Array(total + 2);
  let storyCount = 0;
  let rows = 0;
  const started = performance.now();
  let lastReport = started;
  let lastRows = 0;
  let pending: Promise<unknown> | null = null;

  for (let first = 1; first <= total; first += BATCH) {
    const last = Math.min(total, first + BATCH - 1);
    const records: string[] = [];
    const bandKeys: string[] = [];
    const bandArticles: number[] = [];
    const storyIds: number[] = [];
    const canonical: number[] = [];
    for (let id = first; id <= last; id++) {
      // Let signals through: tsx SIGKILLs a child that does not answer a relayed Ctrl-C within ~60 ms.
      if ((id & 255) === 0) await new Promise((resolve) => setImmediate(resolve));
      const { fingerprint, source } = nextFingerprint();
      let storyId: number;
      if (source) storyId = source.storyId;
      else {
        storyId = ++storyCount;
        storyIds.push(storyId);
        canonical.push(id);
      }
      storySize[storyId]++;
      if (fingerprint.bands.length < BANDS) throw new Error(`synthetic fingerprint with ${fingerprint.bands.length} band keys`);
      for (const key of fingerprint.bands) {
        bandKeys.push(key);
        bandArticles.push(id);
      }
      const { minhash, size, anchors } = fingerprint; // the stored shape: the Fingerprint minus simhash and bands
      records.push(
        `{"id":${id},"simhash":"${BigInt.asIntN(64, fingerprint.simhash)}","story":${storyId},"src":${1 + (id % SOURCES)},"fp":${JSON.stringify({ minhash, size, anchors })}}`,
      );
      remember(fingerprint, id, storyId);
    }
    if (pending) await pending; // the previous batch, written while this one was synthesised
    const batchRows = records.length * 2 + bandKeys.length + storyIds.length;
    pending = Promise.all([
      main
        .query(`INSERT INTO story (id, canonical_article_id, created_at) SELECT s, c, now() FROM unnest($1::int[], $2::int[]) AS t(s, c)`, [
          storyIds,
          canonical,
        ])
        .then(() =>
          main.query(
            `INSERT INTO article (id, url, title, published_at, published_at_text, source_id, source_name, body, charset, content_hash,
                                  fetched_at, search_tokens, simhash, fingerprint, story_id, created_at, updated_at)
             SELECT t.id, 'https://bench' || t.src || '.example.cn/news/' || t.id || '.html', '合成标题 ' || t.id,
                    timestamptz '2024-01-01 00:00:00+08' + t.id * interval '30 seconds',
                    to_char(timestamptz '2024-01-01 00:00:00+08' + t.id * interval '30 seconds', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                    t.src, 'bench-source-' || t.src, '（基准测试占位正文，未存原文）', 'utf-8', md5(t.id::text) || md5('bench' || t.id),
                    now(), '', t.simhash, t.fp, t.story, now(), now()
             FROM jsonb_to_recordset($1::jsonb) AS t(id int, simhash int8, story int, src int, fp jsonb)`,
            [`[${records.join(',')}]`],
          ),
        )
        .then(() =>
          main.query(
            `INSERT INTO analysis (article_id, model_version, relevant, relevance_score, fraud_types, topics, region,
                                   quality_spam, quality_score, quality_signals, analyzed_at)
             SELECT id, $3, true, 0.9, $4::text[], $5::text[], $6, id % 40 = 0, (id % 97) / 97.0, '{}', now()
             FROM generate_series($1::int, $2::int) AS id`,
            [first, last, MODEL_VERSION, sampleAnalysis.fraudTypes, sampleAnalysis.topics, sampleAnalysis.region],
          ),
        ),
      bands.query(`INSERT INTO story_band (key, article_id) SELECT * FROM unnest($1::text[], $2::int[])`, [bandKeys, bandArticles]),
    ]).then(() => {
      rows += batchRows;
    });
    const now = performance.now();
    if (now - lastReport > 15_000 || last === total) {
      await pending;
      pending = null;
      const t = performance.now();
      console.log(
        `  ${fmt(last)} articles  ${fmt(rows)} rows  ${fmt(((rows - lastRows) * 1000) / (t - lastReport))} rows/s now  ` +
          `${fmt((last * 1000) / (t - started))} articles/s overall  rss ${mb(process.memoryUsage().rss)}`,
      );
      lastReport = t;
      lastRows = rows;
    }
  }
  if (pending) await pending;
  const inserted = performance.now() - started;
  console.log(`load: ${fmt(total)} articles, ${fmt(rows)} rows inserted in ${(inserted / 1000).toFixed(1)} s (${fmt((rows * 1000) / inserted)} rows/s)`);

  for (const [table, count] of [
    ['article', total],
    ['story', storyCount],
  ] as const) {
    await main.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), ${count})`);
  }

  const rebuildStarted = performance.now();
  const step = async (label: string, sql: string) => {
    const t = performance.now();
    await main.query(sql);
    console.log(`  ${label} ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  for (const key of schema.keys) await step(`key ${key.name}`, `ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.def}`);
  for (const index of schema.indexes) await step(`index ${index.name}`, index.def);
  for (const fk of schema.foreignKeys) await step(`foreign key ${fk.name}`, `ALTER TABLE ${fk.table} ADD CONSTRAINT "${fk.name}" ${fk.def}`);
  const restored = await schemaObjects(main);
  const before = schema.snapshot.join('\n');
  if (restored.snapshot.join('\n') !== before) throw new Error('the rebuilt keys and indexes differ from the migrated schema');
  console.log(`load: keys, indexes and foreign keys rebuilt in ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s, identical to the migrated schema (${schema.snapshot.length} objects)`);
  const vacuumStarted = performance.now();
  await main.query(`VACUUM (ANALYZE) article, analysis, story, story_band, source`);
  console.log(`load: VACUUM (ANALYZE) ${((performance.now() - vacuumStarted) / 1000).toFixed(1)} s (what autovacuum would have done by then)`);
  console.log(`load: total ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const sizes = await main.query<{ name: string; size: string }>(
    `SELECT 'database' AS name, pg_size_pretty(pg_database_size(current_database())) AS size
     UNION ALL SELECT t, pg_size_pretty(pg_total_relation_size(t::regclass)) || ' (table ' || pg_size_pretty(pg_relation_size(t::regclass)) || ')'
     FROM unnest(array['article', 'story_band', 'analysis', 'story']) AS t`,
  );
  const indexSizes = await main.query<{ name: string; size: string }>(
    `SELECT indexrelid::regclass::text AS name, pg_size_pretty(pg_relation_size(indexrelid)) AS size
     FROM pg_index WHERE indrelid = 'story_band'::regclass ORDER BY 1`,
  );
  const counts = await main.query<{ articles: string; bands: string; stories: string }>(
    `SELECT (SELECT count(*) FROM article) AS articles, (SELECT count(*) FROM story_band) AS bands, (SELECT count(*) FROM story) AS stories`,
  );
  const sizesOfStories = Array.from(storySize.subarray(1, storyCount + 1)).sort((a, b) => a - b);
  let largest = 1;
  for (let id = 2; id <= storyCount; id++) if (storySize[id] > storySize[largest]) largest = id;
  console.log(`size: ${sizes.rows.map((row) => `${row.name} ${row.size}`).join(', ')}`);
  console.log(`size: story_band indexes ${indexSizes.rows.map((row) => `${row.name} ${row.size}`).join(', ')}`);
  console.log(
    `rows: article ${fmt(Number(counts.rows[0].articles))}, story_band ${fmt(Number(counts.rows[0].bands))}, story ${fmt(Number(counts.rows[0].stories))}; ` +
      `articles per story median ${sizesOfStories[sizesOfStories.length >> 1]}, p99 ${percentile(sizesOfStories, 0.99)}, max ${storySize[largest]}`,
  );
  console.log(`machine after load: ${machine()}`);
  await close(main);
  await close(bands);
  return { maxStoryId: storyCount, largestStory: { id: largest, size: storySize[largest] } };
}

// ---------------------------------------------------------------- 2. timed saveArticle, instrumented at the driver

interface SqlEvent {
  sql: string;
  values: unknown[] | undefined;
  start: number;
  end: number;
  rows: number;
}

const eventsOfSave = new AsyncLocalStorage<SqlEvent[]>();

/** Times every statement a pooled connection runs, filed under the saveArticle call that sent it. */
function instrument(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const events = eventsOfSave.getStore();
    const config = args[0] as { text?: string; values?: unknown[] } | string;
    if (!events || typeof config !== 'object' || args.some((arg) => typeof arg === 'function')) return original(...args);
    const start = performance.now();
    return (original(...args) as Promise<pg.QueryResult>).then((result) => {
      events.push({ sql: config.text ?? '', values: config.values, start, end: performance.now(), rows: result.rowCount ?? result.rows?.length ?? 0 });
      return result;
    });
  };
}

function statementLabel(sql: string): string {
  return sql
    .replace(/"public"\./g, '')
    .replace(/"/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\$\d+/g, '$')
    .trim()
    .slice(0, 100);
}

interface SaveTiming {
  total: number;
  /** BEGIN … the statement before the advisory lock: article, alias, analysis, statistics. */
  before: number;
  /** From sending the advisory lock to sending COMMIT: assignStory. */
  story: number;
  /** Of `story`: time spent in statements at the driver (the rest is Prisma and JS between them). */
  storySql: number;
  /** Of `storySql`: the story_candidates call, waiting for the advisory lock (contention) and then the candidate query. */
  lockedCandidates: number;
  commit: number;
  candidates: number;
  events: SqlEvent[];
}

let recordSequence = 0;

function recordFor(fingerprint: Fingerprint): ArticleRecord {
  const n = ++recordSequence;
  const url = `https://bench${1 + (n % SOURCES)}.example.cn/new/${n}.html`;
  return {
    url,
    requestedUrl: url,
    canonicalUrl: null,
    title: sample.title,
    publishedAt: new Date().toISOString(),
    sourceName: `bench-source-${1 + (n % SOURCES)}`,
    creditedSource: null,
    author: null,
    body: sample.text,
    charset: 'utf-8',
    contentHash: createHash('sha256').update(`timed ${n} ${randomBytes(8).toString('hex')}`).digest('hex'),
    fetchedAt: new Date().toISOString(),
    crawlRunId: null,
    searchTokens: sampleTokens,
    fingerprint,
    analysis: sampleAnalysis,
    modelVersion: MODEL_VERSION,
  };
}

async function timedSave(prisma: PrismaClient, record: ArticleRecord): Promise<{ timing: SaveTiming; storyId: number | null; articleId: number }> {
  const events: SqlEvent[] = [];
  const t0 = performance.now();
  const result = await eventsOfSave.run(events, () => saveArticle(prisma, record));
  const t1 = performance.now();
  const lock = events.find(takesStoryLock);
  const commit = events.find((event) => /^\s*COMMIT/i.test(event.sql));
  const candidate = events.find(isCandidateCall);
  if (!lock || !commit || !candidate) {
    throw new Error(`saveArticle's statements were not all seen (lock ${Boolean(lock)}, candidates ${Boolean(candidate)}, commit ${Boolean(commit)})`);
  }
  return {
    timing: {
      total: t1 - t0,
      before: lock.start - t0,
      story: commit.start - lock.start,
      storySql: events.filter((event) => event.start >= lock.start && event !== commit).reduce((sum, event) => sum + event.end - event.start, 0),
      lockedCandidates: candidate.end - candidate.start,
      commit: commit.end - commit.start,
      candidates: candidate.rows ?? 0,
      events,
    },
    storyId: result.storyId,
    articleId: result.articleId,
  };
}

interface Outcome {
  copies: number;
  copiesJoined: number;
  fresh: number;
  freshMerged: number;
}

async function runSaves(
  prisma: PrismaClient,
  check: pg.Client,
  count: number,
  concurrency: number,
  corpus: LoadedCorpus,
): Promise<{ timings: SaveTiming[]; outcome: Outcome; wall: number }> {
  const jobs = Array.from({ length: count }, () => nextFingerprint());
  const timings: SaveTiming[] = [];
  const outcome: Outcome = { copies: 0, copiesJoined: 0, fresh: 0, freshMerged: 0 };
  const results: { source: (typeof kept)[number] | null; storyId: number | null; articleId: number }[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const saved = await timedSave(prisma, recordFor(job.fingerprint));
        timings.push(saved.timing);
        results.push({ source: job.source, storyId: saved.storyId, articleId: saved.articleId });
      }
    }),
  );
  const wall = performance.now() - started;
  // Untimed: did each copy join the story its source is in now (a story may have been merged meanwhile)?
  for (const result of results) {
    if (result.source) {
      outcome.copies++;
      const now = await check.query<{ story_id: number | null }>(`SELECT story_id FROM article WHERE id = $1`, [result.source.articleId]);
      if (result.storyId !== null && now.rows[0]?.story_id === result.storyId) outcome.copiesJoined++;
    } else {
      outcome.fresh++;
      if (result.storyId === null || result.storyId <= corpus.maxStoryId) outcome.freshMerged++;
      else {
        const members = await check.query<{ n: string }>(`SELECT count(*) AS n FROM article WHERE story_id = $1`, [result.storyId]);
        if (Number(members.rows[0].n) > 1) outcome.freshMerged++;
      }
    }
  }
  return { timings, outcome, wall };
}

function report(label: string, run: { timings: SaveTiming[]; outcome: Outcome; wall: number }, concurrency: number): void {
  const { timings, outcome } = run;
  const pick = (key: keyof Omit<SaveTiming, 'events'>) => timings.map((timing) => timing[key]);
  console.log(`\n${label}: ${timings.length} saves, ${concurrency} at a time, ${fmt((timings.length * 1000) / run.wall)} saves/s`);
  console.log(`  saveArticle total                ${summary(pick('total'))}`);
  console.log(`  before the story (article, analysis, stats) ${summary(pick('before'))}`);
  console.log(`  story part (lock → before COMMIT) ${summary(pick('story'))}`);
  console.log(`    of which in statements (incl. lock) ${summary(pick('storySql'))}`);
  console.log(`    of which lock wait + candidate query ${summary(pick('lockedCandidates'))}`);
  console.log(`  COMMIT                           ${summary(pick('commit'))}`);
  const candidates = pick('candidates');
  console.log(
    `  candidates per article mean ${(candidates.reduce((a, b) => a + b, 0) / candidates.length).toFixed(1)}  max ${Math.max(...candidates)}  ` +
      `(at most ${PER_KEY_CANDIDATES} per band key)`,
  );
  console.log(
    `  copies that joined their source's story ${outcome.copiesJoined}/${outcome.copies}  ` +
      `new stories wrongly merged ${outcome.freshMerged}/${outcome.fresh}`,
  );
}

function statementTable(timings: SaveTiming[]): void {
  const byLabel = new Map<string, { count: number; time: number; gap: number; story: boolean; position: number }>();
  for (const timing of timings) {
    const lockStart = timing.events.find(takesStoryLock)!.start;
    timing.events.forEach((event, position) => {
      const label = statementLabel(event.sql);
      const entry = byLabel.get(label) ?? { count: 0, time: 0, gap: 0, story: event.start >= lockStart && !/^COMMIT/i.test(label), position: 0 };
      entry.count++;
      entry.time += event.end - event.start;
      const following = timing.events[position + 1];
      if (following) entry.gap += following.start - event.end;
      entry.position += position / timing.events.length;
      byLabel.set(label, entry);
    });
  }
  const totalTime = timings.reduce((sum, timing) => sum + timing.total, 0);
  const sqlTime = [...byLabel.values()].reduce((sum, entry) => sum + entry.time, 0);
  console.log(`\nper statement (one saver; mean per save: round trip at the pg driver, then the gap until the next statement is sent = Prisma and JS):`);
  for (const [label, entry] of [...byLabel].sort((a, b) => a[1].position / a[1].count - b[1].position / b[1].count)) {
    console.log(
      `  ${entry.story ? 'story ' : '      '}${(entry.time / timings.length).toFixed(3).padStart(7)} ms  gap ${(entry.gap / timings.length).toFixed(3).padStart(6)} ms  ×${(entry.count / timings.length).toFixed(2)}  ${label.slice(0, 80)}`,
    );
  }
  console.log(
    `  statements ${((sqlTime / totalTime) * 100).toFixed(0)}% of saveArticle's time; the rest (${((totalTime - sqlTime) / timings.length).toFixed(2)} ms/save) is Prisma and JS (fingerprint comparison, JSON) between them`,
  );
}

/** What one statement costs through Prisma versus the bare driver, and an empty interactive transaction. */
async function roundTrips(prisma: PrismaClient, pool: pg.Pool): Promise<void> {
  const times = async (count: number, run: () => Promise<unknown>) => {
    const values: number[] = [];
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      await run();
      values.push(performance.now() - t);
    }
    return summary(values);
  };
  const client = await pool.connect();
  try {
    console.log(`round trip  pg driver SELECT 1               ${await times(300, () => client.query('SELECT 1'))}`);
  } finally {
    client.release();
  }
  console.log(`round trip  Prisma $queryRaw SELECT 1        ${await times(300, () => prisma.$queryRaw`SELECT 1`)}`);
  console.log(`round trip  Prisma source.findUnique         ${await times(300, () => prisma.source.findUnique({ where: { name: 'bench-source-1' }, select: { id: true } }))}`);
  console.log(`round trip  Prisma empty $transaction(fn)    ${await times(300, () => prisma.$transaction(async () => {}))}`);
}

// ---------------------------------------------------------------- 3. plans

async function explain(client: pg.Client, title: string, sql: string, values: unknown[], printPlan: boolean): Promise<number> {
  const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, values);
  const lines = plan.rows.map((row) => row['QUERY PLAN']);
  if (printPlan) {
    console.log(`\n${title}:`);
    for (const line of lines) console.log(`  ${line}`);
  }
  const execution = lines.find((line) => line.startsWith('Execution Time'));
  return Number(/([\d.]+) ms/.exec(execution ?? '')?.[1] ?? NaN);
}

/** saveArticle calls story_candidates(lock key, band keys, article id, per key): the statement that opens assignStory. */
const isCandidateCall = (event: { sql: string }) => event.sql.includes('story_candidates(');
const takesStoryLock = (event: { sql: string }) => isCandidateCall(event) || event.sql.includes('pg_advisory_xact_lock');

/**
 * The candidate query inside story_candidates, read from the database, with its parameters as $1 (band keys),
 * $2 (article id) and $3 (per key): EXPLAIN cannot see into a plpgsql function.
 */
async function candidateQueryOf(client: pg.Client): Promise<string> {
  const source = (await client.query<{ prosrc: string }>(`SELECT prosrc FROM pg_proc WHERE proname = 'story_candidates'`)).rows[0]?.prosrc;
  const query = source && /RETURN QUERY([\s\S]*?);/.exec(source)?.[1];
  if (!query) throw new Error('story_candidates: no RETURN QUERY found in the function body');
  return query.replace(/\bband_keys\b/g, '$1::text[]').replace(/\bexclude_article\b/g, '$2::int').replace(/\bper_key\b/g, '$3::int');
}

const candidateArguments = (call: { values?: unknown[] }) => (call.values ?? []).slice(1);

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  console.log(`stories-db-scale: ${fmt(total)} stored articles, ${fmt(timedSaves)} timed saves; server ${new URL(serverUrl).host}`);
  console.log(`machine at start: ${machine()}`);
  const admin = await connect(serverUrl);
  const version = (await admin.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
  const settings = (
    await admin.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'synchronous_commit', 'fsync', 'work_mem') ORDER BY name`,
    )
  ).rows;
  console.log(`PostgreSQL ${version}: ${settings.map((row) => `${row.name}=${row.setting}${row.unit ? ` ${row.unit}` : ''}`).join(', ')}`);
  await admin.query(`CREATE DATABASE ${databaseName}`);
  created = true;
  await close(admin);
  const migrateStarted = performance.now();
  await runMigrations(databaseUrl);
  console.log(`created ${databaseName}, migrations applied in ${((performance.now() - migrateStarted) / 1000).toFixed(1)} s`);

  const corpus = await load();

  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY + 1 });
  pool.on('error', () => {});
  pool.on('connect', (client) => instrument(client));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  openClients.add({ end: () => prisma.$disconnect().then(() => pool.end()) });
  const check = await connect();

  console.log(`\ntimed saves write four fixture reports run together as one body (${sample.text.length} characters, ${sampleTokens.split(' ').length} search tokens, ${sampleAnalysis.stats.length} statistics); fixed analysis`);
  await runSaves(prisma, check, WARM_UP, 1, corpus); // connections, Prisma's first queries; not counted
  await roundTrips(prisma, pool);
  const sequential = await runSaves(prisma, check, timedSaves, 1, corpus);
  report('one saver', sequential, 1);
  statementTable(sequential.timings);
  const concurrent = await runSaves(prisma, check, timedSaves, CONCURRENCY, corpus);
  report(`${CONCURRENCY} concurrent savers`, concurrent, CONCURRENCY);
  console.log(`machine after the saves: ${machine()}`);

  // The statements as saveArticle sent them, re-run under EXPLAIN ANALYZE.
  const candidateQuery = await candidateQueryOf(check);
  const candidateRuns: number[] = [];
  const electionRuns: number[] = [];
  let printed = false;
  for (const timing of sequential.timings.slice(0, 50)) {
    const candidate = timing.events.find(isCandidateCall);
    if (!candidate) continue;
    candidateRuns.push(await explain(check, 'candidate query (story_candidates with the arguments saveArticle passed)', candidateQuery, candidateArguments(candidate), !printed));
    printed = true;
  }
  const isElection = (event: { sql: string }) => event.sql.includes('LEFT JOIN') && event.sql.includes('analysis');
  const election = sequential.timings.flatMap((timing) => timing.events).find(isElection);
  if (election) {
    for (const timing of sequential.timings.slice(0, 50)) {
      const event = timing.events.find((e) => e.sql === election.sql);
      if (event) electionRuns.push(await explain(check, '', event.sql, event.values ?? [], false));
    }
    // A copy joining a story challenges its canonical copy only (two rows, whatever the story's size).
    await explain(
      check,
      `canonical challenge in the largest stored story (${corpus.largestStory.size} articles)`,
      election.sql,
      [corpus.largestStory.id, ...(election.values ?? []).slice(1)],
      true,
    );
  }
  const firstCandidate = sequential.timings[0].events.find(isCandidateCall)!;
  const candidatePlan = (await check.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${candidateQuery}`, candidateArguments(firstCandidate))).rows
    .map((row) => row['QUERY PLAN'])
    .join('\n');
  console.log(
    `\ncandidate query: EXPLAIN ANALYZE execution ${summary(candidateRuns)} over ${candidateRuns.length} saved articles; ` +
      `uses story_band_pkey: ${/story_band_pkey/.test(candidatePlan) ? 'yes' : 'NO'}, article_pkey: ${/article_pkey/.test(candidatePlan) ? 'yes' : 'NO'}, sequential scan: ${/Seq Scan/.test(candidatePlan) ? 'YES' : 'no'}`,
  );
  if (electionRuns.length > 0) console.log(`election query: EXPLAIN ANALYZE execution ${summary(electionRuns)} over ${electionRuns.length} saved articles`);
  console.log(`\nnote: stored bodies are a short placeholder; timed saves write a real text (${sample.text.length} characters) with its search tokens.`);
}

main()
  .catch((error) => {
    if (interrupted) return;
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => dropDatabase().catch((error) => console.error(`could not drop ${databaseName}: ${(error as Error).message}`)));
