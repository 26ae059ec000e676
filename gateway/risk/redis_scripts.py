"""The Lua the Redis risk store runs: record an observation, and raise an escalation.

Both run atomically and read the server's clock, so two replicas recording at once cannot
lose a count or both announce the same escalation.
"""

from __future__ import annotations

from typing import Final

RECORD: Final = """
-- KEYS: per subject three keys: counts (hash), recent fingerprints (sorted set), state (hash).
-- ARGV: fingerprint, refused ('1'/'0'), retry_min_slots, retry_ttl_ms, sweep_min_slots,
--       sweep_ttl_ms, key_ttl_ms, events_ms, recent_ms, usual_ms, then field/amount pairs.
-- A fingerprint set member is 'R' (refused) or 'A' (any prompt) then the fingerprint; its
-- score is its expiry. Returns JSON (one string parses faster than a long reply): per subject
-- {"step": ..., "counts": {field: value}}.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local fp, refused = ARGV[1], ARGV[2] == '1'
local retry_min, retry_ttl = tonumber(ARGV[3]), tonumber(ARGV[4])
local sweep_min, sweep_ttl = tonumber(ARGV[5]), tonumber(ARGV[6])
local key_ttl = tonumber(ARGV[7])
local half = {requests = tonumber(ARGV[9]), baseline = tonumber(ARGV[10])}
local events = tonumber(ARGV[8])
-- A fingerprint is 32 two-byte MinHash slots, then a 4-byte tag of the whole text.
local function agree(a, b)
  local n = 0
  for j = 1, #a - 4, 2 do
    if string.sub(a, j, j + 1) == string.sub(b, j, j + 1) then n = n + 1 end
  end
  return n
end
local out = {}
for s = 1, #KEYS, 3 do
  local counts, recent, state = KEYS[s], KEYS[s + 1], KEYS[s + 2]
  local last = tonumber(redis.call('HGET', counts, 't') or now)
  local elapsed = math.max(0, now - last)
  local values = {}
  local stored = redis.call('HGETALL', counts)
  for i = 1, #stored, 2 do
    local field = stored[i]
    if field ~= 't' then
      local hl = half[field] or events
      values[field] = tonumber(stored[i + 1]) * math.pow(0.5, elapsed / hl)
    end
  end
  for i = 11, #ARGV, 2 do
    values[ARGV[i]] = (values[ARGV[i]] or 0) + tonumber(ARGV[i + 1])
  end
  if fp ~= '' then
    redis.call('ZREMRANGEBYSCORE', recent, '-inf', now)
    -- A copy of a recent prompt (a client's retry) is no sweep; a variation of one is.
    local retry, sweep, copy = false, false, false
    for _, member in ipairs(redis.call('ZRANGE', recent, 0, -1)) do
      local kind, other = string.sub(member, 1, 1), string.sub(member, 2)
      if #other == #fp then
        local n = agree(fp, other)
        if kind == 'R' and n >= retry_min then retry = true end
        local same = string.sub(other, -4) == string.sub(fp, -4)
        if kind == 'A' and same then copy = true end
        if kind == 'A' and n >= sweep_min and not same then sweep = true end
      end
    end
    if retry then values['retries'] = (values['retries'] or 0) + 1 end
    if sweep and not copy then values['sweeps'] = (values['sweeps'] or 0) + 1 end
    redis.call('ZADD', recent, now + sweep_ttl, 'A' .. fp)
    if refused then redis.call('ZADD', recent, now + retry_ttl, 'R' .. fp) end
    -- Keep the 64 that expire last: a flood of prompts must not grow the set without bound.
    redis.call('ZREMRANGEBYRANK', recent, 0, -65)
    redis.call('PEXPIRE', recent, math.max(retry_ttl, sweep_ttl))
  end
  local kept, write = {n = 0}, {}
  for field, value in pairs(values) do
    if value < 0.001 then
      redis.call('HDEL', counts, field)
    else
      write[#write + 1] = field
      write[#write + 1] = tostring(value)
      kept[field] = value
      kept.n = kept.n + 1
    end
  end
  write[#write + 1] = 't'
  write[#write + 1] = now
  redis.call('HSET', counts, unpack(write))
  redis.call('PEXPIRE', counts, key_ttl)
  out[#out + 1] = {step = redis.call('HGET', state, 'step') or 'none', counts = kept}
end
return cjson.encode(out)
"""

ESCALATE: Final = """
-- KEYS[1]: the state hash. ARGV: step, rank, rule, figures (JSON).
-- Sets the state only if it is stricter than the one in force; returns its time, else 0.
local current = tonumber(redis.call('HGET', KEYS[1], 'rank') or '0')
if tonumber(ARGV[2]) <= current then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('HSET', KEYS[1], 'step', ARGV[1], 'rank', ARGV[2], 'rule', ARGV[3],
  'figures', ARGV[4], 'since', now)
return now
"""

__all__ = ["ESCALATE", "RECORD"]
