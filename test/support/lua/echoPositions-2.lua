-- Echoes where its keys and arguments arrived, for the LuaScript helper's test.
-- KEYS[1] first, KEYS[2] second
-- ARGV[1] alpha, ARGV[2] beta, ARGV[3..] rest
-- Returns {KEYS..., '|', ARGV...}.
local out = {}
for _, key in ipairs(KEYS) do out[#out + 1] = key end
out[#out + 1] = '|'
for _, arg in ipairs(ARGV) do out[#out + 1] = arg end
return out
