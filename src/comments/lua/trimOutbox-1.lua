-- Removes relayed events from the head of the decision-event outbox, unless another relay removed them first.
-- KEYS[1] outbox    decision events waiting for a webhook relay (list)
-- ARGV[1] lastEvent the last event read
-- ARGV[2] count     how many were read
-- Returns 1 when it removed them, 0 when they were gone.
-- Events are unique, only appended and only removed from the head (by relays, and by the decision scripts' cap),
-- so the last event read can only have moved towards the head: found among the first `count`, it and everything
-- before it are removed; not found, another relay (or the cap) removed them already and nothing is removed. The
-- head itself may have moved meanwhile: with the outbox at its cap every decision drops its oldest event.
local head = redis.call('LRANGE', KEYS[1], 0, tonumber(ARGV[2]) - 1)
for i = #head, 1, -1 do
  if head[i] == ARGV[1] then
    redis.call('LTRIM', KEYS[1], i, -1)
    return 1
  end
end
return 0
