-- Keyset pagination over a zset ordered by (score, member), ascending or descending.
-- KEYS[1] index     the zset
-- ARGV[1] order       'asc' or 'desc'
-- ARGV[2] afterScore  '' starts at the beginning
-- ARGV[3] afterMember
-- ARGV[4] limit
-- Returns up to `limit` entries strictly after (afterScore, afterMember): member, score, member, score, ...
-- The position is found by rank, never by walking the entries before it: when the cursor's member is still in the
-- set with that score, ZRANK gives it; otherwise (decided since) a binary search over the ranks of the entries
-- tied at that score, O(log n) ZRANGEs. So a page costs the same at the 5,000th of 5,000 equal risks as at the first.

-- Byte order, as Redis orders tied members (Lua's < follows the server's locale).
local function bytesBefore(a, b)
  for i = 1, math.min(#a, #b) do
    local x, y = string.byte(a, i), string.byte(b, i)
    if x ~= y then return x < y end
  end
  return #a < #b
end
local key = KEYS[1]
local desc = ARGV[1] == 'desc'
local limit = tonumber(ARGV[4])
local start = 0
if ARGV[2] ~= '' then
  local score = ARGV[2]
  local member = ARGV[3]
  local current = redis.call('ZSCORE', key, member)
  if current and tonumber(current) == tonumber(score) then
    if desc then start = redis.call('ZREVRANK', key, member) + 1 else start = redis.call('ZRANK', key, member) + 1 end
  else
    -- Ascending ranks [lo, hi) hold the entries tied at this score, ordered by member.
    local lo = redis.call('ZCOUNT', key, '-inf', '(' .. score)
    local hi = lo + redis.call('ZCOUNT', key, score, score)
    -- The first rank in the tie group whose member is >= the cursor's (it is absent, so: > it).
    while lo < hi do
      local mid = math.floor((lo + hi) / 2)
      if bytesBefore(redis.call('ZRANGE', key, mid, mid)[1], member) then lo = mid + 1 else hi = mid end
    end
    -- Ascending, the entries after the cursor start at rank lo. Descending, those after it are the lo entries
    -- before it in ascending order: descending ranks from card - lo on.
    if desc then start = redis.call('ZCARD', key) - lo else start = lo end
  end
end
if desc then return redis.call('ZREVRANGE', key, start, start + limit - 1, 'WITHSCORES') end
return redis.call('ZRANGE', key, start, start + limit - 1, 'WITHSCORES')
