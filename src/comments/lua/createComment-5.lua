-- Stores a new pending comment, indexes it and puts its id on the intake outbox: one transaction. Its trail starts
-- with the record (the submission entry is derived from it: see redis-comment-record.ts).
-- KEYS[1] comment      the comment record (hash)
-- KEYS[2] pending      pending ids by createdAt (zset)
-- KEYS[3] counts       status -> number of comments (hash)
-- KEYS[4] dedupe       the id stored under the client's externalId (string); '' when the comment has none
-- KEYS[5] toQueue      intake outbox: ids waiting to be handed to the moderation queue (list)
-- ARGV[1] id
-- ARGV[2] createdAtMs
-- ARGV[3..] the record's other fields and values (field, value, field, value, ...)
-- Returns {1, id} when stored, {0, existingId} when the client's externalId was stored before (nothing written).
if KEYS[4] ~= '' then
  local existing = redis.call('GET', KEYS[4])
  if existing then return {0, existing} end
end
redis.call('HSET', KEYS[1], 's', 'pending', 'v', 1, 't', ARGV[2], unpack(ARGV, 3))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('HINCRBY', KEYS[3], 'pending', 1)
redis.call('RPUSH', KEYS[5], ARGV[1])
if KEYS[4] ~= '' then redis.call('SET', KEYS[4], ARGV[1]) end
return {1, ARGV[1]}
