-- add-report: stores one reader's report about a comment, unless that reader reported it before; counts it, and
-- when the counts reach the settings puts the comment on the reported queue and, with REPORTS_TO_HIDE, hides an
-- approved comment (approved -> reported). A comment that is not published (pending, held, rejected) cannot be
-- reported: nothing is stored. Keys of a report are built from ARGV[17] (same prefix, same slot).
-- KEYS[1] comment         hash   the comment record
-- KEYS[2] reporters       hash   reporter id -> report id, for this comment
-- KEYS[3] reportList      list   this comment's report ids, oldest first
-- KEYS[4] reportCounts    hash   open reports: `illegal`, `other`
-- KEYS[5] report          hash   the new report
-- KEYS[6] reportedQueue   zset   comment ids on the reported queue, by when they entered it (ms)
-- KEYS[7] counts          hash   status -> number of comments
-- KEYS[8] history         list   the comment's audit trail
-- KEYS[9] outbox          list   webhook events waiting for the relay
-- KEYS[10] webhooksMarker string set once any process has webhook receivers
-- KEYS[11] dedupe         string the comment's externalId key ('' for none)
-- KEYS[12] appealList     list   this comment's appeal ids
-- KEYS[13] appellants     hash   who appealed which decision
-- ARGV[1] commentId
-- ARGV[2] reportId
-- ARGV[3] reporterId
-- ARGV[4] reason          offensive | abusive | spam | illegal | other
-- ARGV[5] reporter        JSON {id, name?, email?}
-- ARGV[6] explanation     '' for none
-- ARGV[7] law             '' for none
-- ARGV[8] bonaFide        1 | 0
-- ARGV[9] client          the API key's name
-- ARGV[10] receivedAt     ISO time
-- ARGV[11] receivedAtMs
-- ARGV[12] reportsToReview  open non-illegal reports that put the comment on the queue
-- ARGV[13] reportsToHide    open reports that hide an approved comment (0: never)
-- ARGV[14] event          the report.received event ('' for none)
-- ARGV[15] outboxMaxEvents
-- ARGV[16] historyBy      who the audit trail names for report-driven changes
-- ARGV[17] reportPrefix   key prefix of report hashes
-- ARGV[18] appealPrefix   key prefix of appeal hashes
-- Returns {'created', queued 0|1, hidden 0|1}, {'repeat', first report id}, {'not_published', status} or {'missing'}.
--@include dsa-keys
local status = redis.call('HGET', KEYS[1], 's')
if not status then return {'missing'} end
local first = redis.call('HGET', KEYS[2], ARGV[3])
if first then return {'repeat', first} end
if status ~= 'approved' and status ~= 'reported' then return {'not_published', status} end

redis.call('HSET', KEYS[5], 'id', ARGV[2], 'commentId', ARGV[1], 'reason', ARGV[4], 'reporter', ARGV[5],
  'explanation', ARGV[6], 'law', ARGV[7], 'bonaFide', ARGV[8], 'client', ARGV[9], 'receivedAt', ARGV[10], 'state', 'open')
redis.call('HSET', KEYS[2], ARGV[3], ARGV[2])
redis.call('RPUSH', KEYS[3], ARGV[2])

local queued = 0
local hidden = 0
local field = 'other'
if ARGV[4] == 'illegal' then field = 'illegal' end
redis.call('HINCRBY', KEYS[4], field, 1)
local illegal = tonumber(redis.call('HGET', KEYS[4], 'illegal') or '0')
local other = tonumber(redis.call('HGET', KEYS[4], 'other') or '0')
local toHide = tonumber(ARGV[13])
local hide = toHide > 0 and illegal + other >= toHide
local note = illegal .. ' illegal, ' .. other .. ' other open reports'
if status == 'approved' and hide then
  materializeDecision(KEYS[1], KEYS[8])
  redis.call('HSET', KEYS[1], 's', 'reported')
  redis.call('HINCRBY', KEYS[1], 'v', 1)
  redis.call('HINCRBY', KEYS[7], 'approved', -1)
  redis.call('HINCRBY', KEYS[7], 'reported', 1)
  redis.call('RPUSH', KEYS[8], historyEntry(ARGV[10], ARGV[16], 'approved', 'reported', '[{"rule":"reports.hidden","note":"' .. note .. '"}]'))
  status = 'reported'
  hidden = 1
end
if redis.call('ZSCORE', KEYS[6], ARGV[1]) then
  queued = 1
elseif illegal > 0 or other >= tonumber(ARGV[12]) or hide then
  redis.call('ZADD', KEYS[6], ARGV[11], ARGV[1])
  materializeDecision(KEYS[1], KEYS[8])
  redis.call('RPUSH', KEYS[8], historyEntry(ARGV[10], ARGV[16], status, status, '[{"rule":"reports.queued","note":"' .. note .. '"}]'))
  queued = 1
end

if queued == 1 then
  -- Waiting for a moderator: kept like a held comment, whatever the retention of its earlier approval.
  redis.call('PERSIST', KEYS[1])
  redis.call('PERSIST', KEYS[8])
  if KEYS[11] ~= '' then redis.call('PERSIST', KEYS[11]) end
  eachDsaKey(persistKey, KEYS[3], KEYS[2], KEYS[4], KEYS[12], KEYS[13], ARGV[17], ARGV[18])
else
  -- Otherwise the report goes when the comment goes.
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl > 0 then
    for _, key in ipairs({KEYS[5], KEYS[2], KEYS[3], KEYS[4]}) do redis.call('PEXPIRE', key, ttl) end
  end
end

if ARGV[14] ~= '' and redis.call('EXISTS', KEYS[10]) == 1 then
  redis.call('RPUSH', KEYS[9], ARGV[14])
  redis.call('LTRIM', KEYS[9], -tonumber(ARGV[15]), -1)
end
return {'created', queued, hidden}
