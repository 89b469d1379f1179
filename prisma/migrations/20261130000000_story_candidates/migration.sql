-- Story assignment's first step as one round trip (storage/article-store.ts, assignStory): take the advisory
-- lock that serialises story assignment, then read the candidates, the newest `per_key` articles filed under each
-- of the new article's band keys, with the keys that led to each.
--
-- VOLATILE on purpose: the candidate query takes its snapshot after the lock is granted, so it sees every
-- article that the previous holder of the lock committed. plpgsql also keeps the query's plan between calls.
--
-- The body is an E'' string with \073 for each semicolon because the migration runner splits scripts at every
-- literal semicolon, including those inside dollar quotes.
CREATE FUNCTION story_candidates(lock_key integer, band_keys text[], exclude_article integer, per_key integer)
RETURNS TABLE (id integer, story_id integer, simhash bigint, fingerprint jsonb, keys text[])
LANGUAGE plpgsql VOLATILE AS E'
BEGIN
  PERFORM pg_advisory_xact_lock(lock_key)\073
  RETURN QUERY
    SELECT a.id, a.story_id, a.simhash, a.fingerprint, c.keys
    FROM (
      SELECT c.article_id, array_agg(k.key) AS keys
      FROM unnest(band_keys) AS k(key)
      CROSS JOIN LATERAL (
        SELECT b.article_id FROM story_band b
        WHERE b.key = k.key AND b.article_id <> exclude_article
        ORDER BY b.article_id DESC LIMIT per_key
      ) c
      GROUP BY c.article_id
    ) c JOIN article a ON a.id = c.article_id\073
END'
