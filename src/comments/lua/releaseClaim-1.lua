-- Gives a claim back; only its holder can.
-- KEYS[1] claim     the moderator holding the comment (string with a TTL)
-- ARGV[1] moderator
-- Returns 1 when the claim was released, 0 when this moderator did not hold it.
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
