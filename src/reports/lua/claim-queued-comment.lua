-- claim-queued-comment: gives a comment on the reported or appealed queue to one moderator for a lease (the same
-- claim key as held comments, so releasing and the decisions' claim checks work alike).
-- KEYS[1] comment        hash   the comment record
-- KEYS[2] claim          string the moderator holding the claim (expires with the lease)
-- KEYS[3] reportedQueue  zset   comment ids on the reported queue
-- KEYS[4] appealedQueue  zset   comment ids on the appealed queue
-- ARGV[1] commentId
-- ARGV[2] moderator
-- ARGV[3] leaseMs
-- Returns {'claimed', ttlMs}, {'conflict', 'claimed', holder, ttlMs}, {'not_queued'} or {'missing'}.
local status = redis.call('HGET', KEYS[1], 's')
if not status then return {'missing'} end
local appealed = redis.call('ZSCORE', KEYS[4], ARGV[1])
local reported = (status == 'approved' or status == 'reported') and redis.call('ZSCORE', KEYS[3], ARGV[1])
if not appealed and not reported then return {'not_queued'} end
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[2] then return {'conflict', 'claimed', holder, redis.call('PTTL', KEYS[2])} end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return {'claimed', tonumber(ARGV[3])}
