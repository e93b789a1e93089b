-- Stores a new pending comment, indexes it and puts its id on the intake outbox: one transaction. Its trail starts
-- with the record (the submission entry is derived from it: see redis-comment-record.ts).
-- KEYS[1] comment      the comment record (hash)
-- KEYS[2] pending      pending ids by createdAt (zset)
-- KEYS[3] counts       status -> number of comments (hash)
-- KEYS[4] dedupe       the id stored under the client's externalId (string); '' when the comment has none
-- KEYS[5] toQueue      intake outbox: ids waiting to be handed to the moderation queue (list)
-- KEYS[6] authorPosts  the author's comments of the repeat rule's window (zset; '' for no author)
-- KEYS[7] authorFirst  the author's first comments (zset)
-- ARGV[1] id
-- ARGV[2] createdAtMs
-- ARGV[3] authorWindowMs   the repeat rule's window: older posts are dropped, the key expires this long after the latest
-- ARGV[4] authorMaxPosts   the most comments kept per author
-- ARGV[5] authorMaxFirst   the most first comments remembered per author
-- ARGV[6] authorFirstTtlMs an author unseen this long counts as new again
-- ARGV[7] authorTextFingerprint a hash of the normalised text (never the text)
-- ARGV[8..] the record's other fields and values (field, value, field, value, ...)
-- Returns {1, id} when stored, {0, existingId} when the client's externalId was stored before (nothing written).
--@include record-author-post
if KEYS[4] ~= '' then
  local existing = redis.call('GET', KEYS[4])
  if existing then return {0, existing} end
end
redis.call('HSET', KEYS[1], 's', 'pending', 'v', 1, 't', ARGV[2], unpack(ARGV, 8))
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('HINCRBY', KEYS[3], 'pending', 1)
redis.call('RPUSH', KEYS[5], ARGV[1])
if KEYS[4] ~= '' then redis.call('SET', KEYS[4], ARGV[1]) end
recordAuthorPost(KEYS[6], KEYS[7], ARGV[7], ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6])
return {1, ARGV[1]}
