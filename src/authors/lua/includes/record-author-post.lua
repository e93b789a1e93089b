--[[
  Included by the intake script (create comment): remembers a new comment of its author, in the same
  transaction that stores the comment.

  recordAuthorPost(postsKey, firstKey, member, createdAtMs, windowMs, maxPosts, maxFirst, firstTtlMs)
    postsKey    zset  the author's recent posts: member "<text fingerprint>:<comment id>", score createdAt (ms);
                      at most maxPosts kept (the newest), the key expires windowMs after the latest post. Never
                      the text: only a hash of its normalised form.
    firstKey    zset  the author's first maxFirst comment ids, score createdAt (ms); expires firstTtlMs after
                      the latest post, so an author unseen that long counts as new again.
  Returns nothing. A '' postsKey (no author) records nothing.
]]
local function recordAuthorPost(postsKey, firstKey, member, createdAtMs, windowMs, maxPosts, maxFirst, firstTtlMs)
  if postsKey == '' then return end
  -- Trimmed by count only: older entries are outside the window the rule reads, and the key expires with it.
  if redis.call('ZADD', postsKey, createdAtMs, member) == 1 and redis.call('ZCARD', postsKey) > tonumber(maxPosts) then
    redis.call('ZREMRANGEBYRANK', postsKey, 0, -tonumber(maxPosts) - 1)
  end
  redis.call('PEXPIRE', postsKey, windowMs)
  if redis.call('ZCARD', firstKey) < tonumber(maxFirst) then
    redis.call('ZADD', firstKey, 'NX', createdAtMs, string.sub(member, string.find(member, ':', 1, true) + 1))
  end
  redis.call('PEXPIRE', firstKey, firstTtlMs)
end
