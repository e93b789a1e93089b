-- Records which moderation job each comment was handed to; records that do not exist are not created.
-- KEYS[1..n] comment records (hashes), any number
-- ARGV[1..n] the job id of each, in the same order
-- Returns n.
for i, key in ipairs(KEYS) do
  if redis.call('EXISTS', key) == 1 then redis.call('HSET', key, 'job', ARGV[i]) end
end
return #KEYS
