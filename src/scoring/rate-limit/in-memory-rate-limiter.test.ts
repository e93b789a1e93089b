import { InMemoryRateLimiter } from './in-memory-rate-limiter';

describe('InMemoryRateLimiter', () => {
  it('When called faster than perSecond, then grants are spaced one interval apart and the wait is reported', async () => {
    let now = 1_000_000;
    const limiter = new InMemoryRateLimiter(() => now);
    expect(await limiter.acquire('perspective', 10)).toEqual({ allowed: true });
    expect(await limiter.acquire('perspective', 10)).toEqual({ allowed: false, retryAfterMs: 100 });
    now += 60;
    expect(await limiter.acquire('perspective', 10)).toEqual({ allowed: false, retryAfterMs: 40 });
    now += 40;
    expect(await limiter.acquire('perspective', 10)).toEqual({ allowed: true });
  });

  it('When keys differ, then each has its own pace', async () => {
    const limiter = new InMemoryRateLimiter(() => 0);
    expect(await limiter.acquire('a', 1)).toEqual({ allowed: true });
    expect(await limiter.acquire('b', 1)).toEqual({ allowed: true });
    expect(await limiter.acquire('a', 1)).toEqual({ allowed: false, retryAfterMs: 1000 });
  });

  it('When perSecond is not positive, then acquire refuses', async () => {
    await expect(new InMemoryRateLimiter().acquire('a', 0)).rejects.toThrow(RangeError);
  });
});
