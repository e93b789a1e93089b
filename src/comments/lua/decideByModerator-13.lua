-- pending | held | approved | rejected -> approved | rejected, by a moderator: re-checks the state, the version the
-- moderator saw and the claim, then writes record, indexes, counts, trail, outbox event and retention at once.
-- The decision it replaces moves to the trail list as `<from> <decision JSON>` unless it is there already (the
-- record has `f` only while its decision stands for its own trail entry; report scripts put it there too).
-- KEYS[1] comment         the comment record (hash)
-- KEYS[2] held            held ids by createdAt (zset)
-- KEYS[3] heldByArticle   held ids of the comment's article (zset)
-- KEYS[4] counts          status -> number of comments (hash)
-- KEYS[5] history         the trail entries not derived from the record (list)
-- KEYS[6] pending         pending ids by createdAt (zset)
-- KEYS[7] heldByRisk      held ids by risk (zset)
-- KEYS[8] claim           the moderator holding the comment (string with a TTL)
-- KEYS[9] outbox          decision events waiting for a webhook relay (list)
-- KEYS[10] dedupe         the client's externalId key (string); '' when the comment has none
-- KEYS[11] webhooksMarker set once any process has receivers: events are written only then (string)
-- KEYS[12] authorDecided  the author's decided comments (zset; '' for no author)
-- KEYS[13] authorRejected those of them rejected (zset)
-- ARGV[1] id
-- ARGV[2] status          approved or rejected
-- ARGV[3] decision        JSON
-- ARGV[4] expectedVersion '' = any
-- ARGV[5] moderator
-- ARGV[6] event           '' for none
-- ARGV[7] retentionMs     0: keep
-- ARGV[8] outboxMaxEvents the outbox keeps only the newest this many
-- ARGV[9] decidedAtMs     for the author history
-- ARGV[10] authorWindowMs how long the author history keeps a decision
-- ARGV[11] authorMaxDecisions the most decisions it keeps per author
-- ARGV[12..] the states it may leave
-- Returns {'decided'}, {'conflict', reason ('status', 'version' or 'claimed'), claimHolder?} or {'missing'}.
--@include record-author-decision
local record = redis.call('HMGET', KEYS[1], 's', 'v', 'd', 'f')
local status = record[1]
if not status then return {'missing'} end
local allowed = false
for i = 12, #ARGV do if ARGV[i] == status then allowed = true end end
if not allowed then return {'conflict', 'status'} end
if ARGV[4] ~= '' and ARGV[4] ~= record[2] then return {'conflict', 'version'} end
local holder = redis.call('GET', KEYS[8])
if holder and holder ~= ARGV[5] then return {'conflict', 'claimed', holder} end
if record[3] and record[4] then redis.call('RPUSH', KEYS[5], record[4] .. ' ' .. record[3]) end
redis.call('HSET', KEYS[1], 's', ARGV[2], 'd', ARGV[3], 'f', status)
redis.call('HDEL', KEYS[1], 'j')
redis.call('HINCRBY', KEYS[1], 'v', 1)
if status == 'held' then
  redis.call('ZREM', KEYS[2], ARGV[1])
  redis.call('ZREM', KEYS[3], ARGV[1])
  redis.call('ZREM', KEYS[7], ARGV[1])
end
if status == 'pending' then redis.call('ZREM', KEYS[6], ARGV[1]) end
redis.call('DEL', KEYS[8])
redis.call('HINCRBY', KEYS[4], status, -1)
redis.call('HINCRBY', KEYS[4], ARGV[2], 1)
if ARGV[6] ~= '' and redis.call('EXISTS', KEYS[11]) == 1 then
  redis.call('RPUSH', KEYS[9], ARGV[6])
  redis.call('LTRIM', KEYS[9], -tonumber(ARGV[8]), -1)
end
if tonumber(ARGV[7]) > 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[7])
  redis.call('PEXPIRE', KEYS[5], ARGV[7])
  if KEYS[10] ~= '' then redis.call('PEXPIRE', KEYS[10], ARGV[7]) end
end
recordAuthorDecision(KEYS[12], KEYS[13], ARGV[1], ARGV[2], ARGV[9], ARGV[10], ARGV[11])
return {'decided'}
