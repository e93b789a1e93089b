-- decide-appeal: a moderator upholds or reverses the decision an open appeal contests. Reversing flips the
-- comment (rejected -> approved, approved or reported -> rejected) with the new decision; upholding leaves it.
-- Either is recorded in the audit trail and the appeal, writes appeal.decided (and comment.decided when reversed)
-- to the outbox and takes the comment off the appealed queue. The moderator whose decision is contested may not
-- decide the appeal.
-- KEYS[1] comment         hash   the comment record
-- KEYS[2] claim           string the moderator holding the claim
-- KEYS[3] appealOpen      string the id of the comment's open appeal
-- KEYS[4] appeal          hash   the appeal decided
-- KEYS[5] appealedQueue   zset   comment ids on the appealed queue
-- KEYS[6] reportedQueue   zset   comment ids on the reported queue (a comment still on it is not expired)
-- KEYS[7] counts          hash   status -> number of comments
-- KEYS[8] history         list   the comment's audit trail
-- KEYS[9] outbox          list   webhook events waiting for the relay
-- KEYS[10] webhooksMarker string set once any process has webhook receivers
-- KEYS[11] dedupe         string the comment's externalId key ('' for none)
-- KEYS[12] reportList     list   this comment's report ids
-- KEYS[13] reporters      hash   reporter id -> report id
-- KEYS[14] reportCounts   hash   open reports
-- KEYS[15] appealList     list   this comment's appeal ids
-- KEYS[16] appellants     hash   who appealed which decision
-- KEYS[17] authorDecided  zset   the author's decided comments (recordAuthorDecision, src/comments/lua/includes)
-- KEYS[18] authorRejected zset   those of them rejected
-- ARGV[1] commentId
-- ARGV[2] appealId
-- ARGV[3] outcome          upheld | reversed
-- ARGV[4] decision         JSON Decision when reversed ('' when upheld)
-- ARGV[5] decidedAt        ISO time
-- ARGV[6] reasons          JSON DecisionReason[] for the audit trail
-- ARGV[7] expectedVersion  '' for any
-- ARGV[8] moderator
-- ARGV[9] note             '' for none
-- ARGV[10] appealEvent     appeal.decided ('' for none)
-- ARGV[11] commentEvent    comment.decided when reversed ('' for none)
-- ARGV[12] retentionMs     0: keep
-- ARGV[13] outboxMaxEvents
-- ARGV[14] reportPrefix    key prefix of report hashes
-- ARGV[15] appealPrefix    key prefix of appeal hashes
-- ARGV[16] decidedAtMs     the decision's time in ms, for the author history
-- ARGV[17] authorWindowMs  how long the author history keeps a decision
-- ARGV[18] authorMaxDecisions the most decisions it keeps per author
-- Returns {'decided', status}, {'forbidden', moderator}, {'conflict', reason, holder?} or {'missing'}.
--@include dsa-keys
local record = redis.call('HMGET', KEYS[1], 's', 'v', 'd')
local status = record[1]
if not status then return {'missing'} end
if redis.call('GET', KEYS[3]) ~= ARGV[2] then return {'conflict', 'status'} end
if ARGV[7] ~= '' and ARGV[7] ~= record[2] then return {'conflict', 'version'} end
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[8] then return {'conflict', 'claimed', holder} end
local contested = cjson.decode(redis.call('HGET', KEYS[4], 'against'))
if contested.by == ARGV[8] then return {'forbidden', contested.by} end

materializeDecision(KEYS[1], KEYS[8])
local newStatus = status
if ARGV[3] == 'reversed' then
  if status == 'rejected' then newStatus = 'approved' else newStatus = 'rejected' end
  -- decidedAt (ARGV[5]) is the decision's `at`: the record keeps it there only.
  redis.call('HSET', KEYS[1], 's', newStatus, 'd', ARGV[4])
  redis.call('HINCRBY', KEYS[7], status, -1)
  redis.call('HINCRBY', KEYS[7], newStatus, 1)
end
redis.call('HINCRBY', KEYS[1], 'v', 1)
redis.call('RPUSH', KEYS[8], historyEntry(ARGV[5], ARGV[8], status, newStatus, ARGV[6]))
redis.call('HSET', KEYS[4], 'state', ARGV[3], 'decidedBy', ARGV[8], 'decidedAt', ARGV[5], 'note', ARGV[9])
redis.call('DEL', KEYS[3], KEYS[2])
redis.call('ZREM', KEYS[5], ARGV[1])

if redis.call('EXISTS', KEYS[10]) == 1 then
  if ARGV[10] ~= '' then redis.call('RPUSH', KEYS[9], ARGV[10]) end
  if ARGV[11] ~= '' then redis.call('RPUSH', KEYS[9], ARGV[11]) end
  redis.call('LTRIM', KEYS[9], -tonumber(ARGV[13]), -1)
end

local retentionMs = tonumber(ARGV[12])
if retentionMs > 0 and newStatus ~= 'reported' and not redis.call('ZSCORE', KEYS[6], ARGV[1]) then
  local function expire(key) redis.call('PEXPIRE', key, retentionMs) end
  expire(KEYS[1])
  expire(KEYS[8])
  if KEYS[11] ~= '' then expire(KEYS[11]) end
  eachDsaKey(expire, KEYS[12], KEYS[13], KEYS[14], KEYS[15], KEYS[16], ARGV[14], ARGV[15])
end
if ARGV[3] == 'reversed' then recordAuthorDecision(KEYS[17], KEYS[18], ARGV[1], newStatus, ARGV[16], ARGV[17], ARGV[18]) end
return {'decided', newStatus}
