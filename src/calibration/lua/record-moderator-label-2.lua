-- Records a moderator's decision for calibration: the latest word on a comment replaces an earlier one (a
-- reversal). Trims the log by age and size, at most 100 entries per call so a write stays cheap.
-- KEYS[1] the label index (zset: comment id -> decision time, ms)
-- KEYS[2] the labels (hash: comment id -> JSON)
-- ARGV[1] comment id
-- ARGV[2] the label (JSON)
-- ARGV[3] the decision time (ms)
-- ARGV[4] entries older than this (ms) are removed
-- ARGV[5] the log keeps at most this many entries
-- Returns 1.
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[1])
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[4], 'LIMIT', 0, 100)
local over = redis.call('ZCARD', KEYS[1]) - #old - tonumber(ARGV[5])
if over > 0 then
  local oldest = redis.call('ZRANGE', KEYS[1], #old, #old + math.min(over, 100) - 1)
  for _, id in ipairs(oldest) do old[#old + 1] = id end
end
if #old > 0 then
  redis.call('ZREM', KEYS[1], unpack(old))
  redis.call('HDEL', KEYS[2], unpack(old))
end
return 1
