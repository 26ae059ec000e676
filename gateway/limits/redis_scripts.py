"""The Lua the Redis backend runs: admit (check and take every limit) and settle, one call each.

They run atomically inside Redis and read the server's clock (`TIME`), so replicas with
skewed clocks still agree on windows and lease expiry. Kept as Python strings rather than
`.lua` files so the package needs no extra package-data rule.
"""

from __future__ import annotations

from typing import Final

ADMIT: Final = """
-- KEYS[i]: the counter of check i, then any keys to peek at (hashes read, never written).
-- ARGV: lease_id, lease_ttl_ms, dry ('1' = observe only, for /v1/usage),
--       then per check: kind ('log' | 'lease' | 'window'), quota, window_ms, cost.
-- Returns {admitted, now_ms, used_1, reset_ms_1, used_2, reset_ms_2, ...}; used is before taking;
-- then per peeked key: the number of hash items, then the items (field, value, ...).
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local lease_id = ARGV[1]
local ttl = tonumber(ARGV[2])
local dry = ARGV[3] == '1'
local out = {0, now}
local ok = true
local plan = {}
local checks = (#ARGV - 3) / 4
for i = 1, checks do
  local b = 3 + (i - 1) * 4
  local kind, quota = ARGV[b + 1], tonumber(ARGV[b + 2])
  local window, cost = tonumber(ARGV[b + 3]), tonumber(ARGV[b + 4])
  local key = KEYS[i]
  local used, reset, index = 0, 0, 0
  if kind == 'log' then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
    used = redis.call('ZCARD', key)
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    if oldest[2] then reset = tonumber(oldest[2]) + window - now else reset = window end
  elseif kind == 'lease' then
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
    used = redis.call('ZCARD', key)
    local first = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    if first[2] then reset = tonumber(first[2]) - now end
  else
    index = math.floor(now / window)
    local stored = redis.call('HMGET', key, 'w', 'n')
    if stored[1] and tonumber(stored[1]) == index then used = tonumber(stored[2]) or 0 end
    reset = (index + 1) * window - now
  end
  if used + cost > quota then ok = false end
  plan[i] = {kind, key, window, cost, index, used}
  out[#out + 1] = used
  out[#out + 1] = reset
end
if ok and not dry then
  for i = 1, #plan do
    local kind, key, window, cost, index, used = unpack(plan[i])
    if kind == 'log' then
      redis.call('ZADD', key, now, lease_id)
      redis.call('PEXPIRE', key, window)
    elseif kind == 'lease' then
      redis.call('ZADD', key, now + ttl, lease_id)
      redis.call('PEXPIRE', key, ttl)
    else
      redis.call('HSET', key, 'w', index, 'n', used + cost)
      redis.call('PEXPIREAT', key, (index + 1) * window)
    end
  end
  out[1] = 1
end
for i = checks + 1, #KEYS do
  local fields = redis.call('HGETALL', KEYS[i])
  out[#out + 1] = #fields
  for j = 1, #fields do out[#out + 1] = fields[j] end
end
return out
"""

SETTLE: Final = """
-- KEYS: the token-window keys, then the lease keys.
-- ARGV: lease_id, delta (actual - reserved), number of window keys, then each window's index.
-- A window that has ended (or was reset) is left alone: it constrains nothing any more.
local lease_id, delta, windows = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
for i = 1, windows do
  local key = KEYS[i]
  local w = redis.call('HGET', key, 'w')
  if w and tonumber(w) == tonumber(ARGV[3 + i]) and delta ~= 0 then
    local n = redis.call('HINCRBY', key, 'n', delta)
    if n < 0 then redis.call('HSET', key, 'n', 0) end
  end
end
for i = windows + 1, #KEYS do
  redis.call('ZREM', KEYS[i], lease_id)
end
return 1
"""

__all__ = ["ADMIT", "SETTLE"]

RENEW: Final = """
-- KEYS: the lease keys. ARGV: lease_id, lease_ttl_ms.
-- Only a lease that is still held (not expired, not settled) is extended, on Redis time like
-- the admit script; its key then lives at least as long as the lease.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[2])
for i = 1, #KEYS do
  local expiry = redis.call('ZSCORE', KEYS[i], ARGV[1])
  if expiry and tonumber(expiry) > now then
    redis.call('ZADD', KEYS[i], now + ttl, ARGV[1])
    redis.call('PEXPIRE', KEYS[i], ttl)
  end
end
return 1
"""
