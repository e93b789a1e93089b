-- Records which moderation job each pending comment was handed to; a comment decided meanwhile or missing is left
-- alone (its record does not need the job any more, or must not be created).
-- KEYS[1..n] comment records (hashes), any number
-- ARGV[1..n] the job id of each, in the same order
-- Returns n.
for i, key in ipairs(KEYS) do
  if redis.call('HGET', key, 's') == 'pending' then redis.call('HSET', key, 'j', ARGV[i]) end
end
return #KEYS
