--[[
  Included by the intake script (create comment): remembers a new comment of its author, in the same
  transaction that stores the comment.

  recordAuthorPost(textKey, firstKey, commentId, createdAtMs, windowMs, maxPosts, maxFirst, firstTtlMs)
    textKey     zset  the author's comments with one text: ids, score createdAt (ms). The key is named after a
                      hash of the normalised text (never the text); at most maxPosts kept (the newest), it
                      expires windowMs after the latest of them.
    firstKey    zset  the author's first maxFirst comment ids, score createdAt (ms); expires firstTtlMs after
                      the latest post, so an author unseen that long counts as new again.
  Returns nothing. A '' textKey (no author) records nothing.
]]
local function recordAuthorPost(textKey, firstKey, commentId, createdAtMs, windowMs, maxPosts, maxFirst, firstTtlMs)
  if textKey == '' then return end
  if redis.call('ZADD', textKey, createdAtMs, commentId) == 1 and redis.call('ZCARD', textKey) > tonumber(maxPosts) then
    redis.call('ZREMRANGEBYRANK', textKey, 0, -tonumber(maxPosts) - 1)
  end
  redis.call('PEXPIRE', textKey, windowMs)
  if redis.call('ZCARD', firstKey) < tonumber(maxFirst) then redis.call('ZADD', firstKey, 'NX', createdAtMs, commentId) end
  redis.call('PEXPIRE', firstKey, firstTtlMs)
end
