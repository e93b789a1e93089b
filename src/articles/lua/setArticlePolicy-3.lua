-- Sets or removes an article's policy and records the change in its history, in one transaction.
-- KEYS[1] policies   article id -> policy JSON, for every article with a policy other than the default (hash)
-- KEYS[2] history    the article's changes, oldest first (list of JSON)
-- KEYS[3] version    moves with every change: every process's cache reloads when it moves (string)
-- ARGV[1] action     set or reset
-- ARGV[2] articleId
-- ARGV[3] policy     JSON ('' for reset)
-- ARGV[4] change     JSON: the history entry
-- ARGV[5] historyMax the most history entries kept
-- Returns 1 when written; 0 for a reset of an article that had no policy (nothing is written then).
if ARGV[1] == 'reset' then
  if redis.call('HDEL', KEYS[1], ARGV[2]) == 0 then return 0 end
else
  redis.call('HSET', KEYS[1], ARGV[2], ARGV[3])
end
redis.call('RPUSH', KEYS[2], ARGV[4])
redis.call('LTRIM', KEYS[2], -tonumber(ARGV[5]), -1)
redis.call('INCR', KEYS[3])
return 1
