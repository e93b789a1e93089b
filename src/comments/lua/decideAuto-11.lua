-- pending -> approved | held | rejected, by the automatic moderation: record, indexes, counts, outbox event and
-- retention in one transaction; nothing is written unless the comment is still pending. The trail needs no
-- write: its entry is the record's decision (`d`, left `f` = pending).
-- KEYS[1] comment         the comment record (hash)
-- KEYS[2] pending         pending ids by createdAt (zset)
-- KEYS[3] held            held ids by createdAt (zset)
-- KEYS[4] heldByArticle   held ids of the comment's article by createdAt (zset)
-- KEYS[5] counts          status -> number of comments (hash)
-- KEYS[6] heldByRisk      held ids by risk (zset)
-- KEYS[7] outbox          decision events waiting for a webhook relay (list)
-- KEYS[8] dedupe          the client's externalId key (string); '' when the comment has none
-- KEYS[9] webhooksMarker  set once any process has receivers: events are written only then (string)
-- KEYS[10] authorDecided  the author's decided comments (zset; '' for no author)
-- KEYS[11] authorRejected those of them rejected (zset)
-- ARGV[1] id
-- ARGV[2] status          approved, held or rejected
-- ARGV[3] decision        JSON
-- ARGV[4] risk            the held-by-risk score
-- ARGV[5] event           '' for none
-- ARGV[6] retentionMs     0: keep
-- ARGV[7] outboxMaxEvents the outbox keeps only the newest this many
-- ARGV[8] decidedAtMs     for the author history
-- ARGV[9] authorWindowMs  how long the author history keeps a decision
-- ARGV[10] authorMaxDecisions the most decisions it keeps per author
-- ARGV[11..] the record's other changed fields and values (scores, language, ...)
-- Returns 'decided', 'already_decided' (not pending: nothing written) or 'missing'.
--@include record-author-decision
local record = redis.call('HMGET', KEYS[1], 's', 't')
local status = record[1]
if not status then return 'missing' end
if status ~= 'pending' then return 'already_decided' end
redis.call('HSET', KEYS[1], 's', ARGV[2], 'd', ARGV[3], 'f', 'pending', unpack(ARGV, 11))
redis.call('HDEL', KEYS[1], 'j')
redis.call('HINCRBY', KEYS[1], 'v', 1)
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[2] == 'held' then
  redis.call('ZADD', KEYS[3], record[2], ARGV[1])
  redis.call('ZADD', KEYS[4], record[2], ARGV[1])
  redis.call('ZADD', KEYS[6], ARGV[4], ARGV[1])
end
redis.call('HINCRBY', KEYS[5], 'pending', -1)
redis.call('HINCRBY', KEYS[5], ARGV[2], 1)
if ARGV[2] ~= 'held' and ARGV[5] ~= '' and redis.call('EXISTS', KEYS[9]) == 1 then
  redis.call('RPUSH', KEYS[7], ARGV[5])
  redis.call('LTRIM', KEYS[7], -tonumber(ARGV[7]), -1)
end
if ARGV[2] ~= 'held' and tonumber(ARGV[6]) > 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[6])
  if KEYS[8] ~= '' then redis.call('PEXPIRE', KEYS[8], ARGV[6]) end
end
recordAuthorDecision(KEYS[10], KEYS[11], ARGV[1], ARGV[2], ARGV[8], ARGV[9], ARGV[10])
return 'decided'
