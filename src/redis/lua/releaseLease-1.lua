-- Releases a lease or lock, only by its holder (another may hold it after it expired).
-- KEYS[1] lease     the lease (string: the holder's token, with a TTL)
-- ARGV[1] token     this holder's token
-- Returns 1 when it was held by this token and is now released, else 0.
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
