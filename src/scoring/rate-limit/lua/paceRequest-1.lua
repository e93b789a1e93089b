-- GCRA with no burst allowance: grants one request per emission interval per key, by Redis's own clock (TIME),
-- so every worker process is paced by one clock, atomically, so two processes never take the same slot.
-- KEYS[1] pace        the earliest next grant in microseconds (string; expires soon after, so idle keys cost nothing)
-- ARGV[1] intervalMicros the emission interval
-- Returns {1, 0} when granted, {0, microseconds to wait} when not.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = tonumber(ARGV[1])
local nextAllowed = tonumber(redis.call('GET', KEYS[1]))
if nextAllowed ~= nil and nextAllowed > now then
  return {0, nextAllowed - now}
end
redis.call('SET', KEYS[1], string.format('%.0f', now + interval), 'PX', math.ceil(interval / 1000) + 1000)
return {1, 0}
