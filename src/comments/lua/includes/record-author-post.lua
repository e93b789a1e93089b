--[[
  Included by the intake script (create comment): remembers a new comment of its author, in the same
  transaction that stores the comment.

  recordAuthorPost(postsKey, firstKey, fingerprint, commentId, createdAtMs, windowMs, maxPosts, maxFirst, firstTtlMs)
    postsKey    zset  the author's comments of the last windowMs, one member `<fingerprint>:<comment id>` each
                      (the fingerprint is a hash of the normalised text, never the text), score createdAt (ms).
                      One small key per author, not one per text: a key costs more than a listpack entry. At
                      most maxPosts kept (the newest); the key expires windowMs after the latest post.
                      (windowMs is the repeat rule's window.)
    firstKey    zset  the author's first maxFirst comment ids, score createdAt (ms); expires firstTtlMs after
                      the latest post, so an author unseen that long counts as new again.
  Returns nothing. A '' postsKey (no author) records nothing.
]]
local function recordAuthorPost(postsKey, firstKey, fingerprint, commentId, createdAtMs, windowMs, maxPosts, maxFirst, firstTtlMs)
  if postsKey == '' then return end
  -- Older posts are not dropped by time here (the reader looks at its own window, and a worker far behind must
  -- still see yesterday's post): the count cap and the key's expiry bound the key.
  if redis.call('ZADD', postsKey, createdAtMs, fingerprint .. ':' .. commentId) == 1 and redis.call('ZCARD', postsKey) > tonumber(maxPosts) then
    redis.call('ZREMRANGEBYRANK', postsKey, 0, -tonumber(maxPosts) - 1)
  end
  redis.call('PEXPIRE', postsKey, windowMs)
  if redis.call('ZCARD', firstKey) < tonumber(maxFirst) then redis.call('ZADD', firstKey, 'NX', createdAtMs, commentId) end
  redis.call('PEXPIRE', firstKey, firstTtlMs)
end
