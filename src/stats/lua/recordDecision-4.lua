-- Records one decision for the queue-health statistics (GET /v1/queue/stats): its minute's counter, its
-- latencies and its moderator's count for the day, all or nothing.
-- KEYS[1] bucket           string  decisions (automatic or by moderators) in the decision's minute
-- KEYS[2] intakeLatencies  list    "decidedAtMs:ms" from intake to a final decision, newest first
-- KEYS[3] holdLatencies    list    "decidedAtMs:ms" from the hold to a moderator's decision, newest first
-- KEYS[4] moderatorsDay    hash    moderator name -> decisions on the decision's UTC day
-- ARGV[1] bucketTtlMs      how long a minute's counter is kept (longer than the longest rate's window)
-- ARGV[2] intakeSample     "decidedAtMs:ms", or '' when the decision has none (holds, reversals)
-- ARGV[3] holdSample       "decidedAtMs:ms", or '' (automatic decisions, reversals)
-- ARGV[4] moderator        the moderator's name, or '' for an automatic decision
-- ARGV[5] dayTtlMs         how long a day's hash is kept
-- ARGV[6] samplesKept      the most samples each latency list keeps
-- Returns the minute's count after this decision.
local count = redis.call('INCR', KEYS[1])
redis.call('PEXPIRE', KEYS[1], ARGV[1])
local last = tonumber(ARGV[6]) - 1
if ARGV[2] ~= '' then
  redis.call('LPUSH', KEYS[2], ARGV[2])
  redis.call('LTRIM', KEYS[2], 0, last)
end
if ARGV[3] ~= '' then
  redis.call('LPUSH', KEYS[3], ARGV[3])
  redis.call('LTRIM', KEYS[3], 0, last)
end
if ARGV[4] ~= '' then
  redis.call('HINCRBY', KEYS[4], ARGV[4], 1)
  redis.call('PEXPIRE', KEYS[4], ARGV[5])
end
return count
