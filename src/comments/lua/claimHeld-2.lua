-- Gives a held comment to one moderator for a lease; the same moderator may renew it.
-- KEYS[1] comment   the comment record (hash)
-- KEYS[2] claim     the moderator holding the comment (string with a TTL)
-- ARGV[1] moderator
-- ARGV[2] leaseMs
-- Returns {'claimed', leaseMs}, {'conflict', reason ('status' or 'claimed'), holder ('' for none), ttlMs} or {'missing'}.
local status = redis.call('HGET', KEYS[1], 's')
if not status then return {'missing'} end
local holder = redis.call('GET', KEYS[2])
if status ~= 'held' then return {'conflict', 'status', holder or '', redis.call('PTTL', KEYS[2])} end
if holder and holder ~= ARGV[1] then return {'conflict', 'claimed', holder, redis.call('PTTL', KEYS[2])} end
redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
return {'claimed', tonumber(ARGV[2])}
