-- open-appeal: records an internal complaint (DSA Art. 20) against a comment's latest decision and puts the comment
-- on the appealed queue. The caller checked who may appeal and the six months; this script re-checks that the
-- decision is still the one checked, that no appeal is open and that this person has not appealed it before.
-- KEYS[1] comment         hash   the comment record
-- KEYS[2] appealOpen      string the id of the comment's open appeal
-- KEYS[3] appealList      list   this comment's appeal ids
-- KEYS[4] appellants      hash   "<person id>|<decidedAt>" -> appeal id
-- KEYS[5] appeal          hash   the new appeal
-- KEYS[6] appealedQueue   zset   comment ids on the appealed queue, by when the appeal came in (ms)
-- KEYS[7] history         list   the comment's audit trail
-- KEYS[8] outbox          list   webhook events waiting for the relay
-- KEYS[9] webhooksMarker  string set once any process has webhook receivers
-- KEYS[10] dedupe         string the comment's externalId key ('' for none)
-- KEYS[11] reportList     list   this comment's report ids
-- KEYS[12] reporters      hash   reporter id -> report id
-- KEYS[13] reportCounts   hash   open reports
-- ARGV[1] commentId
-- ARGV[2] appealId
-- ARGV[3] appellantKey    "<person id>|<decidedAt>"
-- ARGV[4] byId
-- ARGV[5] role            author | reporter
-- ARGV[6] explanation
-- ARGV[7] receivedAt      ISO time
-- ARGV[8] receivedAtMs
-- ARGV[9] decidedAt       the decision appealed against, as the caller read it
-- ARGV[10] against        JSON {by, status, at}
-- ARGV[11] reasons        JSON DecisionReason[] for the audit trail
-- ARGV[12] historyBy      who the audit trail names
-- ARGV[13] event          appeal.received ('' for none)
-- ARGV[14] outboxMaxEvents
-- ARGV[15] reportPrefix   key prefix of report hashes
-- ARGV[16] appealPrefix   key prefix of appeal hashes
-- ARGV[17] client         the API key's name
-- Returns {'opened'}, {'conflict', 'changed' | 'open' | 'repeat'} or {'missing'}.
--@include dsa-keys
local record = redis.call('HMGET', KEYS[1], 's', 'd')
local status = record[1]
if not status then return {'missing'} end
local decidedAt = ''
if record[2] then decidedAt = cjson.decode(record[2]).at end
if decidedAt ~= ARGV[9] then return {'conflict', 'changed'} end
if redis.call('EXISTS', KEYS[2]) == 1 then return {'conflict', 'open'} end
if redis.call('HEXISTS', KEYS[4], ARGV[3]) == 1 then return {'conflict', 'repeat'} end

redis.call('HSET', KEYS[5], 'id', ARGV[2], 'commentId', ARGV[1], 'by', ARGV[4], 'role', ARGV[5], 'explanation', ARGV[6],
  'receivedAt', ARGV[7], 'against', ARGV[10], 'state', 'open', 'client', ARGV[17])
redis.call('SET', KEYS[2], ARGV[2])
redis.call('RPUSH', KEYS[3], ARGV[2])
redis.call('HSET', KEYS[4], ARGV[3], ARGV[2])
redis.call('ZADD', KEYS[6], ARGV[8], ARGV[1])
materializeDecision(KEYS[1], KEYS[7])
redis.call('RPUSH', KEYS[7], historyEntry(ARGV[7], ARGV[12], status, status, ARGV[11]))

-- Waiting for a moderator: kept whatever the retention of the decision appealed against.
redis.call('PERSIST', KEYS[1])
redis.call('PERSIST', KEYS[7])
if KEYS[10] ~= '' then redis.call('PERSIST', KEYS[10]) end
eachDsaKey(persistKey, KEYS[11], KEYS[12], KEYS[13], KEYS[3], KEYS[4], ARGV[15], ARGV[16])

if ARGV[13] ~= '' and redis.call('EXISTS', KEYS[9]) == 1 then
  redis.call('RPUSH', KEYS[8], ARGV[13])
  redis.call('LTRIM', KEYS[8], -tonumber(ARGV[14]), -1)
end
return {'opened'}
