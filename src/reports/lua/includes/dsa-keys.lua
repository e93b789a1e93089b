-- Shared by the report and appeal scripts (included where a script says `--@include dsa-keys`).
-- historyEntry: one audit-trail entry as JSON (reasonsJson is already JSON; the other parts are ids, ISO dates and
-- status names, which need no escaping).
-- (The comment record's fields are the compact ones of src/comments/redis-comment-record.ts: s status, v version,
-- d the latest decision, whose `at` is the decision time.)
-- eachDsaKey: calls fn on every key that holds a comment's reports and appeals, so that they are kept (PERSIST)
-- while the comment waits in a review queue and expire with it (PEXPIRE) once it is decided.
local function historyEntry(at, by, from, to, reasonsJson)
  local fromJson = 'null'
  if from then fromJson = '"' .. from .. '"' end
  return '{"at":"' .. at .. '","by":"' .. by .. '","from":' .. fromJson .. ',"to":"' .. to .. '","reasons":' .. reasonsJson .. '}'
end

-- materializeDecision: the comment record's latest decision (`d`) stands for its own trail entry while the record
-- has `f` (the status it left; see src/comments/redis-comment-record.ts). Before a script appends other entries,
-- or replaces `d`, that entry goes into the trail list, in order, as `<from> <decision JSON>`.
local function materializeDecision(commentKey, historyKey)
  local latest = redis.call('HMGET', commentKey, 'f', 'd')
  if latest[1] and latest[2] then
    redis.call('RPUSH', historyKey, latest[1] .. ' ' .. latest[2])
    redis.call('HDEL', commentKey, 'f')
  end
end

local function eachDsaKey(fn, reportList, reporters, reportCounts, appealList, appellants, reportPrefix, appealPrefix)
  for _, id in ipairs(redis.call('LRANGE', reportList, 0, -1)) do fn(reportPrefix .. id) end
  if appealList ~= '' then
    for _, id in ipairs(redis.call('LRANGE', appealList, 0, -1)) do fn(appealPrefix .. id) end
    fn(appealList)
    fn(appellants)
  end
  fn(reportList)
  fn(reporters)
  fn(reportCounts)
end

local function persistKey(key) redis.call('PERSIST', key) end
