-- Reads what the author rules need for a batch of comments (the comments of one moderation job) in one call:
-- one script instead of four commands per comment, which cost the worker more CPU than the rest of the rules.
-- Read-only.
-- KEYS[4i-3..4i] for the i-th comment, any number of comments: its author's posts (zset), first posts (zset),
--                decided comments (zset) and rejected comments (zset); see src/authors/author-activity.ts
-- ARGV[5i-4..5i] for the i-th comment: windowStartMs, createdAtMs, maxPosts (the posts read at most),
--                historyFromMs (decisions after it count, exclusive), commentId
-- Returns, per comment, {posts of the window oldest first, rank among the first posts or -1, decided, rejected}.
local out = {}
for i = 1, #KEYS / 4 do
  local k = (i - 1) * 4
  local a = (i - 1) * 5
  local posts = redis.call('ZRANGEBYSCORE', KEYS[k + 1], ARGV[a + 1], ARGV[a + 2], 'LIMIT', 0, ARGV[a + 3])
  local rank = redis.call('ZRANK', KEYS[k + 2], ARGV[a + 5])
  if not rank then rank = -1 end
  local from = '(' .. ARGV[a + 4]
  out[i] = {posts, rank, redis.call('ZCOUNT', KEYS[k + 3], from, '+inf'), redis.call('ZCOUNT', KEYS[k + 4], from, '+inf')}
end
return out
