-- pending | held | approved | rejected -> approved | rejected, by a moderator: re-checks the state, the version the
-- moderator saw and the claim, then writes record, indexes, counts, trail, outbox event and retention at once.
-- KEYS[1] comment         the comment record (hash)
-- KEYS[2] held            held ids by createdAt (zset)
-- KEYS[3] heldByArticle   held ids of the comment's article (zset)
-- KEYS[4] counts          status -> number of comments (hash)
-- KEYS[5] history         the comment's audit trail (list)
-- KEYS[6] pending         pending ids by createdAt (zset)
-- KEYS[7] heldByRisk      held ids by risk (zset)
-- KEYS[8] claim           the moderator holding the comment (string with a TTL)
-- KEYS[9] outbox          decision events waiting for a webhook relay (list)
-- KEYS[10] dedupe         the client's externalId key (string); '' when the comment has none
-- KEYS[11] webhooksMarker set once any process has receivers: events are written only then (string)
-- ARGV[1] id, ARGV[2] status (approved or rejected), ARGV[3] decision (JSON), ARGV[4] decidedAt (ISO),
-- ARGV[5] historyEntry (JSON with "from":null, filled in here), ARGV[6] expectedVersion ('' = any),
-- ARGV[7] moderator, ARGV[8] event ('' for none), ARGV[9] retentionMs (0: keep),
-- ARGV[10] outboxMaxEvents (the outbox keeps only the newest this many), ARGV[11..] the states it may leave
-- Returns {'decided'}, {'conflict', reason ('status', 'version' or 'claimed'), claimHolder?} or {'missing'}.
local record = redis.call('HMGET', KEYS[1], 'status', 'version')
local status = record[1]
if not status then return {'missing'} end
local allowed = false
for i = 11, #ARGV do if ARGV[i] == status then allowed = true end end
if not allowed then return {'conflict', 'status'} end
if ARGV[6] ~= '' and ARGV[6] ~= record[2] then return {'conflict', 'version'} end
local holder = redis.call('GET', KEYS[8])
if holder and holder ~= ARGV[7] then return {'conflict', 'claimed', holder} end
redis.call('HSET', KEYS[1], 'status', ARGV[2], 'decision', ARGV[3], 'decidedAt', ARGV[4])
redis.call('HINCRBY', KEYS[1], 'version', 1)
if status == 'held' then
  redis.call('ZREM', KEYS[2], ARGV[1])
  redis.call('ZREM', KEYS[3], ARGV[1])
  redis.call('ZREM', KEYS[7], ARGV[1])
end
if status == 'pending' then redis.call('ZREM', KEYS[6], ARGV[1]) end
redis.call('DEL', KEYS[8])
redis.call('HINCRBY', KEYS[4], status, -1)
redis.call('HINCRBY', KEYS[4], ARGV[2], 1)
redis.call('RPUSH', KEYS[5], (string.gsub(ARGV[5], '"from":null', '"from":"' .. status .. '"', 1)))
if ARGV[8] ~= '' and redis.call('EXISTS', KEYS[11]) == 1 then
  redis.call('RPUSH', KEYS[9], ARGV[8])
  redis.call('LTRIM', KEYS[9], -tonumber(ARGV[10]), -1)
end
if tonumber(ARGV[9]) > 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[9])
  redis.call('PEXPIRE', KEYS[5], ARGV[9])
  if KEYS[10] ~= '' then redis.call('PEXPIRE', KEYS[10], ARGV[9]) end
end
return {'decided'}
