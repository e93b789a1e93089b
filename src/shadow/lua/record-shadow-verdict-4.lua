-- Records a comment's shadow verdict: on the comment record, and as a compact summary in the report's
-- time-ordered index; counts the outcome. Trims the index by age and size, at most 100 entries per call so a
-- write stays cheap (the index shrinks over the next writes).
-- KEYS[1] the comment record (hash); the verdict is written only while it exists (it may have expired)
-- KEYS[2] the shadow index (zset: comment id -> auto decision time, ms)
-- KEYS[3] the shadow summaries (hash: comment id -> compact JSON)
-- KEYS[4] the shadow outcome counters (hash: ok / timeout / error / skipped -> count)
-- ARGV[1] comment id
-- ARGV[2] the shadow verdict (JSON)
-- ARGV[3] the summary (JSON)
-- ARGV[4] the auto decision time (ms)
-- ARGV[5] entries older than this (ms) are removed
-- ARGV[6] the index keeps at most this many entries
-- ARGV[7] the outcome to count
-- Returns 1 when recorded, 0 when the comment no longer exists (only the outcome is counted).
redis.call('HINCRBY', KEYS[4], ARGV[7], 1)
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'shadow', ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
local old = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[5], 'LIMIT', 0, 100)
local over = redis.call('ZCARD', KEYS[2]) - #old - tonumber(ARGV[6])
if over > 0 then
  local oldest = redis.call('ZRANGE', KEYS[2], #old, #old + math.min(over, 100) - 1)
  for _, id in ipairs(oldest) do old[#old + 1] = id end
end
if #old > 0 then
  redis.call('ZREM', KEYS[2], unpack(old))
  redis.call('HDEL', KEYS[3], unpack(old))
end
return 1
