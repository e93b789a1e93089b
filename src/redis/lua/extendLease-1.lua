-- Extends a lease, only by its holder.
-- KEYS[1] lease     the lease (string: the holder's token, with a TTL)
-- ARGV[1] token     this holder's token
-- ARGV[2] ttlMs     the new time to live
-- Returns 1 when still held by this token (and extended), else 0.
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
