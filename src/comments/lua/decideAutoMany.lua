-- pending -> approved | held | rejected, by the automatic moderation, for every comment of a job in one call:
-- each comment's record, indexes, counts, outbox event and retention. A comment is written only if it is still
-- pending; the others are left as they are. The trail needs no write: its entry is the record's decision (`d`,
-- left `f` = pending). One call instead of one per comment: the worker's Redis client spent more on building
-- and sending the per-comment calls than the scripts took to run.
-- KEYS[1] pending         pending ids by createdAt (zset)
-- KEYS[2] held            held ids by createdAt (zset)
-- KEYS[3] counts          status -> number of comments (hash)
-- KEYS[4] heldByRisk      held ids by risk (zset)
-- KEYS[5] outbox          decision events waiting for a webhook relay (list)
-- KEYS[6] webhooksMarker  set once any process has receivers: events are written only then (string)
-- KEYS[7..] five per comment, in the order of the comments:
--   comment         the comment record (hash)
--   heldByArticle   held ids of the comment's article by createdAt (zset)
--   dedupe          the client's externalId key (string); '' when the comment has none
--   authorDecided   the author's decided comments (zset; '' for no author)
--   authorRejected  those of them rejected (zset)
-- ARGV[1] retentionMs     0: keep
-- ARGV[2] outboxMaxEvents the outbox keeps only the newest this many
-- ARGV[3] authorWindowMs  how long the author history keeps a decision
-- ARGV[4] authorMaxDecisions the most decisions it keeps per author
-- ARGV[5..] per comment, in the order of the comments:
--   id, status (approved, held or rejected), decision (JSON), risk (the held-by-risk score), event ('' for none),
--   decidedAtMs (for the author history), n, then n values: the record's other changed fields and values
-- Returns one reply per comment: 'decided', 'already_decided' (not pending: nothing written) or 'missing'.
--@include record-author-decision
local COMMENT_KEYS = 5
local retentionMs = tonumber(ARGV[1])
local outboxMaxEvents = tonumber(ARGV[2])
local webhooks = redis.call('EXISTS', KEYS[6]) == 1

local function decide(k, id, status, decision, risk, event, decidedAtMs, fields)
  local commentKey = KEYS[k]
  local record = redis.call('HMGET', commentKey, 's', 't')
  if not record[1] then return 'missing' end
  if record[1] ~= 'pending' then return 'already_decided' end
  redis.call('HSET', commentKey, 's', status, 'd', decision, 'f', 'pending', unpack(fields))
  redis.call('HDEL', commentKey, 'j')
  redis.call('HINCRBY', commentKey, 'v', 1)
  redis.call('ZREM', KEYS[1], id)
  if status == 'held' then
    redis.call('ZADD', KEYS[2], record[2], id)
    redis.call('ZADD', KEYS[k + 1], record[2], id)
    redis.call('ZADD', KEYS[4], risk, id)
  end
  redis.call('HINCRBY', KEYS[3], 'pending', -1)
  redis.call('HINCRBY', KEYS[3], status, 1)
  if status ~= 'held' and event ~= '' and webhooks then
    redis.call('RPUSH', KEYS[5], event)
    redis.call('LTRIM', KEYS[5], -outboxMaxEvents, -1)
  end
  if status ~= 'held' and retentionMs > 0 then
    redis.call('PEXPIRE', commentKey, retentionMs)
    if KEYS[k + 2] ~= '' then redis.call('PEXPIRE', KEYS[k + 2], retentionMs) end
  end
  recordAuthorDecision(KEYS[k + 3], KEYS[k + 4], id, status, decidedAtMs, ARGV[3], ARGV[4])
  return 'decided'
end

local replies = {}
local k = 7
local a = 5
while a <= #ARGV do
  local n = tonumber(ARGV[a + 6])
  local fields = {}
  for i = 1, n do fields[i] = ARGV[a + 6 + i] end
  replies[#replies + 1] = decide(k, ARGV[a], ARGV[a + 1], ARGV[a + 2], ARGV[a + 3], ARGV[a + 4], ARGV[a + 5], fields)
  k = k + COMMENT_KEYS
  a = a + 7 + n
end
return replies
