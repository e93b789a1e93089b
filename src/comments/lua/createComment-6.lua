-- Stores a new pending comment, indexes it, starts its trail and puts its id on the intake outbox: one transaction.
-- KEYS[1] comment      the comment record (hash)
-- KEYS[2] pending      pending ids by createdAt (zset)
-- KEYS[3] counts       status -> number of comments (hash)
-- KEYS[4] dedupe       the id stored under the client's externalId (string); '' when the comment has none
-- KEYS[5] history      the comment's audit trail (list)
-- KEYS[6] toQueue      intake outbox: ids waiting to be handed to the moderation queue (list)
-- ARGV[1] id, ARGV[2] createdAtMs, ARGV[3] historyEntry (JSON), ARGV[4] articleId, ARGV[5] text, ARGV[6] author (JSON),
-- ARGV[7] language, ARGV[8] languageSource, ARGV[9] externalId, ARGV[10] parentId, ARGV[11] metadata (JSON),
-- ARGV[12] client, ARGV[13] createdAt (ISO)
-- Returns {1, id} when stored, {0, existingId} when the client's externalId was stored before (nothing written).
if KEYS[4] ~= '' then
  local existing = redis.call('GET', KEYS[4])
  if existing then return {0, existing} end
end
redis.call('HSET', KEYS[1], 'id', ARGV[1], 'status', 'pending', 'articleId', ARGV[4], 'text', ARGV[5], 'author', ARGV[6],
  'language', ARGV[7], 'languageSource', ARGV[8], 'externalId', ARGV[9], 'parentId', ARGV[10], 'metadata', ARGV[11],
  'client', ARGV[12], 'createdAt', ARGV[13], 'createdAtMs', ARGV[2], 'version', 1)
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('HINCRBY', KEYS[3], 'pending', 1)
redis.call('RPUSH', KEYS[5], ARGV[3])
redis.call('RPUSH', KEYS[6], ARGV[1])
if KEYS[4] ~= '' then redis.call('SET', KEYS[4], ARGV[1]) end
return {1, ARGV[1]}
