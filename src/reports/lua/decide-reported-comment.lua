-- decide-reported-comment: a moderator's decision on a comment of the reported queue. `kept`: its open reports are
-- dismissed and it is (again) approved; `removed`: they are upheld and it is rejected. Takes it off the queue,
-- appends the audit trail, writes comment.decided and one report.decided per open report to the outbox, and
-- starts the retention of the comment and its reports. Re-checks state, version and claim: a stale read is a
-- conflict, never an overwrite.
-- KEYS[1] comment         hash   the comment record
-- KEYS[2] claim           string the moderator holding the claim
-- KEYS[3] reportList      list   this comment's report ids
-- KEYS[4] reporters       hash   reporter id -> report id
-- KEYS[5] reportCounts    hash   open reports: `illegal`, `other`
-- KEYS[6] reportedQueue   zset   comment ids on the reported queue
-- KEYS[7] counts          hash   status -> number of comments
-- KEYS[8] history         list   the comment's audit trail
-- KEYS[9] outbox          list   webhook events waiting for the relay
-- KEYS[10] webhooksMarker string set once any process has webhook receivers
-- KEYS[11] dedupe         string the comment's externalId key ('' for none)
-- KEYS[12] appealList     list   this comment's appeal ids
-- KEYS[13] appellants     hash   who appealed which decision
-- KEYS[14] authorDecided  zset   the author's decided comments (recordAuthorDecision, src/comments/lua/includes)
-- KEYS[15] authorRejected zset   those of them rejected
-- ARGV[1] commentId
-- ARGV[2] outcome          kept | removed
-- ARGV[3] status           approved | rejected
-- ARGV[4] decision         JSON Decision
-- ARGV[5] decidedAt        ISO time
-- ARGV[6] reasons          JSON DecisionReason[] for the audit trail
-- ARGV[7] expectedVersion  '' for any
-- ARGV[8] moderator
-- ARGV[9] commentEvent     comment.decided ('' for none)
-- ARGV[10] eventIdPrefix   report.decided events get ids <prefix>-<n>
-- ARGV[11] reportEventData JSON object: the data every report.decided event carries
-- ARGV[12] retentionMs     0: keep
-- ARGV[13] outboxMaxEvents
-- ARGV[14] reportPrefix    key prefix of report hashes
-- ARGV[15] appealPrefix    key prefix of appeal hashes
-- ARGV[16] hasFinding      1 when the decision carries a legality finding and its ground, else 0
-- ARGV[17] decidedAtMs     the decision's time in ms, for the author history
-- ARGV[18] authorWindowMs  how long the author history keeps a decision
-- ARGV[19] authorMaxDecisions the most decisions it keeps per author
-- Returns {'decided', reports decided}, {'needs_finding'} (a removal without a finding while an illegal-content
-- report is open, even one that arrived after the caller checked), {'conflict', reason, holder?} or {'missing'}.
--@include dsa-keys
local record = redis.call('HMGET', KEYS[1], 's', 'v')
local status = record[1]
if not status then return {'missing'} end
if (status ~= 'approved' and status ~= 'reported') or not redis.call('ZSCORE', KEYS[6], ARGV[1]) then return {'conflict', 'status'} end
if ARGV[7] ~= '' and ARGV[7] ~= record[2] then return {'conflict', 'version'} end
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[8] then return {'conflict', 'claimed', holder} end
if ARGV[2] == 'removed' and ARGV[16] ~= '1' and tonumber(redis.call('HGET', KEYS[5], 'illegal') or '0') > 0 then return {'needs_finding'} end

materializeDecision(KEYS[1], KEYS[8])
-- decidedAt (ARGV[5]) is the decision's `at`: the record keeps it there only.
redis.call('HSET', KEYS[1], 's', ARGV[3], 'd', ARGV[4])
redis.call('HINCRBY', KEYS[1], 'v', 1)
if status ~= ARGV[3] then
  redis.call('HINCRBY', KEYS[7], status, -1)
  redis.call('HINCRBY', KEYS[7], ARGV[3], 1)
end
redis.call('RPUSH', KEYS[8], historyEntry(ARGV[5], ARGV[8], status, ARGV[3], ARGV[6]))
redis.call('ZREM', KEYS[6], ARGV[1])
redis.call('DEL', KEYS[2], KEYS[5])

local state = 'dismissed'
if ARGV[2] == 'removed' then state = 'upheld' end
local events = redis.call('EXISTS', KEYS[10]) == 1
local decided = 0
for _, reportId in ipairs(redis.call('LRANGE', KEYS[3], 0, -1)) do
  local key = ARGV[14] .. reportId
  local report = redis.call('HMGET', key, 'state', 'reporter', 'reason')
  if report[1] == 'open' then
    redis.call('HSET', key, 'state', state, 'outcome', ARGV[2], 'decidedAt', ARGV[5], 'decidedBy', ARGV[8])
    decided = decided + 1
    if events then
      local data = cjson.decode(ARGV[11])
      data.reportId = reportId
      data.reporter = { id = cjson.decode(report[2]).id }
      data.reason = report[3]
      redis.call('RPUSH', KEYS[9], cjson.encode({ id = ARGV[10] .. '-' .. decided, type = 'report.decided', createdAt = ARGV[5], data = data }))
    end
  end
end
if events and ARGV[9] ~= '' then redis.call('RPUSH', KEYS[9], ARGV[9]) end
if events then redis.call('LTRIM', KEYS[9], -tonumber(ARGV[13]), -1) end

local retentionMs = tonumber(ARGV[12])
if retentionMs > 0 then
  local function expire(key) redis.call('PEXPIRE', key, retentionMs) end
  expire(KEYS[1])
  expire(KEYS[8])
  if KEYS[11] ~= '' then expire(KEYS[11]) end
  eachDsaKey(expire, KEYS[3], KEYS[4], KEYS[5], KEYS[12], KEYS[13], ARGV[14], ARGV[15])
end
recordAuthorDecision(KEYS[14], KEYS[15], ARGV[1], ARGV[3], ARGV[17], ARGV[18], ARGV[19])
return {'decided', decided}
