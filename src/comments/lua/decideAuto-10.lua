-- pending -> approved | held | rejected, by the automatic moderation: record, indexes, counts, trail, outbox event
-- and retention in one transaction; nothing is written unless the comment is still pending.
-- KEYS[1] comment         the comment record (hash)
-- KEYS[2] pending         pending ids by createdAt (zset)
-- KEYS[3] held            held ids by createdAt (zset)
-- KEYS[4] heldByArticle   held ids of the comment's article by createdAt (zset)
-- KEYS[5] counts          status -> number of comments (hash)
-- KEYS[6] history         the comment's audit trail (list)
-- KEYS[7] heldByRisk      held ids by risk (zset)
-- KEYS[8] outbox          decision events waiting for a webhook relay (list)
-- KEYS[9] dedupe          the client's externalId key (string); '' when the comment has none
-- KEYS[10] webhooksMarker set once any process has receivers: events are written only then (string)
-- ARGV[1] id, ARGV[2] status, ARGV[3] decision (JSON), ARGV[4] scores (JSON), ARGV[5] scoring (JSON, '' for none),
-- ARGV[6] language, ARGV[7] languageSource, ARGV[8] decidedAt (ISO), ARGV[9] historyEntry (JSON),
-- ARGV[10] risk (the held-by-risk score), ARGV[11] event ('' for none), ARGV[12] retentionMs (0: keep),
-- ARGV[13] outboxMaxEvents (the outbox keeps only the newest this many)
-- Returns 'decided', 'already_decided' (not pending: nothing written) or 'missing'.
local record = redis.call('HMGET', KEYS[1], 'status', 'createdAtMs')
local status = record[1]
if not status then return 'missing' end
if status ~= 'pending' then return 'already_decided' end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'decision', ARGV[3], 'scores', ARGV[4], 'scoring', ARGV[5],
  'language', ARGV[6], 'languageSource', ARGV[7], 'decidedAt', ARGV[8])
redis.call('HINCRBY', KEYS[1], 'version', 1)
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[2] == 'held' then
  redis.call('ZADD', KEYS[3], record[2], ARGV[1])
  redis.call('ZADD', KEYS[4], record[2], ARGV[1])
  redis.call('ZADD', KEYS[7], ARGV[10], ARGV[1])
end
redis.call('HINCRBY', KEYS[5], 'pending', -1)
redis.call('HINCRBY', KEYS[5], ARGV[2], 1)
redis.call('RPUSH', KEYS[6], ARGV[9])
if ARGV[2] ~= 'held' and ARGV[11] ~= '' and redis.call('EXISTS', KEYS[10]) == 1 then
  redis.call('RPUSH', KEYS[8], ARGV[11])
  redis.call('LTRIM', KEYS[8], -tonumber(ARGV[13]), -1)
end
if ARGV[2] ~= 'held' and tonumber(ARGV[12]) > 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[12])
  redis.call('PEXPIRE', KEYS[6], ARGV[12])
  if KEYS[9] ~= '' then redis.call('PEXPIRE', KEYS[9], ARGV[12]) end
end
return 'decided'
