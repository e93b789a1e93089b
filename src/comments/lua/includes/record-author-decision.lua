--[[
  Included by the decision scripts (automatic and moderator): remembers an approval or rejection of an author's
  comment, in the same transaction that decides it. A later decision on the same comment (a reversal) replaces it.

  recordAuthorDecision(decidedKey, rejectedKey, commentId, status, decidedAtMs, windowMs, maxDecisions)
    decidedKey   zset  the author's decided comment ids, score decidedAt (ms)
    rejectedKey  zset  those of them that were rejected, score decidedAt (ms)
    status       'approved' or 'rejected' ('held' records nothing: it is not a final decision)
  Entries older than windowMs are dropped, at most maxDecisions kept; both keys expire windowMs after the latest
  decision. Returns nothing. A '' decidedKey (no author) records nothing.
]]
local function recordAuthorDecision(decidedKey, rejectedKey, commentId, status, decidedAtMs, windowMs, maxDecisions)
  if decidedKey == '' or (status ~= 'approved' and status ~= 'rejected') then return end
  local decided = tonumber(decidedAtMs)
  local oldest = '(' .. (decided - tonumber(windowMs))
  redis.call('ZADD', decidedKey, decided, commentId)
  if status == 'rejected' then
    redis.call('ZADD', rejectedKey, decided, commentId)
  else
    redis.call('ZREM', rejectedKey, commentId)
  end
  for _, key in ipairs({decidedKey, rejectedKey}) do
    redis.call('ZREMRANGEBYSCORE', key, '-inf', oldest)
    redis.call('ZREMRANGEBYRANK', key, 0, -tonumber(maxDecisions) - 1)
    redis.call('PEXPIRE', key, windowMs)
  end
end
