-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "source" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "config" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "crawl_run" (
    "id" SERIAL NOT NULL,
    "mode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "source_names" TEXT[],
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "pages_fetched" INTEGER NOT NULL DEFAULT 0,
    "articles_queued" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,

    CONSTRAINT "crawl_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "canonical_url" TEXT,
    "title" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "published_at_text" TEXT,
    "source_id" INTEGER,
    "source_name" TEXT NOT NULL,
    "credited_source" TEXT,
    "author" TEXT,
    "body" TEXT NOT NULL,
    "charset" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "fetched_at" TIMESTAMPTZ(3) NOT NULL,
    "crawl_run_id" INTEGER,
    "search_tokens" TEXT NOT NULL,
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "search_tokens")) STORED,
    "simhash" BIGINT,
    "fingerprint" JSONB,
    "story_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "analysis" (
    "article_id" INTEGER NOT NULL,
    "model_version" TEXT NOT NULL,
    "relevant" BOOLEAN NOT NULL,
    "relevance_score" DOUBLE PRECISION NOT NULL,
    "fraud_types" TEXT[],
    "topics" TEXT[],
    "region" TEXT,
    "quality_spam" BOOLEAN NOT NULL,
    "quality_score" DOUBLE PRECISION NOT NULL,
    "quality_signals" TEXT[],
    "analyzed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "analysis_pkey" PRIMARY KEY ("article_id")
);

-- CreateTable
CREATE TABLE "article_stat" (
    "id" SERIAL NOT NULL,
    "article_id" INTEGER NOT NULL,
    "metric" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "approx" BOOLEAN NOT NULL,
    "span" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "article_stat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "story" (
    "id" SERIAL NOT NULL,
    "canonical_article_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "story_band" (
    "key" TEXT NOT NULL,
    "article_id" INTEGER NOT NULL,

    CONSTRAINT "story_band_pkey" PRIMARY KEY ("key","article_id")
);

-- CreateTable
CREATE TABLE "article_alias" (
    "url" TEXT NOT NULL,
    "article_id" INTEGER NOT NULL,

    CONSTRAINT "article_alias_pkey" PRIMARY KEY ("url")
);

-- CreateIndex
CREATE UNIQUE INDEX "source_name_key" ON "source"("name");

-- CreateIndex
CREATE UNIQUE INDEX "article_url_key" ON "article"("url");

-- CreateIndex
CREATE INDEX "article_content_hash_idx" ON "article"("content_hash");

-- CreateIndex
CREATE INDEX "article_published_at_idx" ON "article"("published_at");

-- CreateIndex
CREATE INDEX "article_source_name_idx" ON "article"("source_name");

-- CreateIndex
CREATE INDEX "article_story_id_idx" ON "article"("story_id");

-- CreateIndex
CREATE INDEX "article_search_idx" ON "article" USING GIN ("search");

-- CreateIndex
CREATE INDEX "analysis_relevant_idx" ON "analysis"("relevant");

-- CreateIndex
CREATE INDEX "analysis_region_idx" ON "analysis"("region");

-- CreateIndex
CREATE INDEX "analysis_fraud_types_idx" ON "analysis" USING GIN ("fraud_types");

-- CreateIndex
CREATE INDEX "analysis_topics_idx" ON "analysis" USING GIN ("topics");

-- CreateIndex
CREATE INDEX "analysis_model_version_idx" ON "analysis"("model_version");

-- CreateIndex
CREATE INDEX "article_stat_article_id_idx" ON "article_stat"("article_id");

-- CreateIndex
CREATE INDEX "article_stat_metric_idx" ON "article_stat"("metric");

-- CreateIndex
CREATE UNIQUE INDEX "story_canonical_article_id_key" ON "story"("canonical_article_id");

-- CreateIndex
CREATE INDEX "story_band_article_id_idx" ON "story_band"("article_id");

-- CreateIndex
CREATE INDEX "article_alias_article_id_idx" ON "article_alias"("article_id");

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_crawl_run_id_fkey" FOREIGN KEY ("crawl_run_id") REFERENCES "crawl_run"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article" ADD CONSTRAINT "article_story_id_fkey" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "analysis" ADD CONSTRAINT "analysis_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_stat" ADD CONSTRAINT "article_stat_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story" ADD CONSTRAINT "story_canonical_article_id_fkey" FOREIGN KEY ("canonical_article_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_band" ADD CONSTRAINT "story_band_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_alias" ADD CONSTRAINT "article_alias_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

