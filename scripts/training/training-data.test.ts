import { devByHash, germevalGroup, DEV_SHARE_PERCENT } from './training-data';

describe('development split', () => {
  it('When a group id is split, then it lands on the same side every time', () => {
    for (const group of ['ge-@welt', 'gahd-abc', 'en-17']) expect(devByHash(group)).toBe(devByHash(group));
  });

  it('When many groups are split, then about DEV_SHARE_PERCENT of them are development data', () => {
    const groups = Array.from({ length: 10_000 }, (_, i) => `g-${i}`);
    const dev = groups.filter((g) => devByHash(g) === 'dev').length / groups.length;
    expect(dev).toBeGreaterThan(DEV_SHARE_PERCENT / 100 - 0.02);
    expect(dev).toBeLessThan(DEV_SHARE_PERCENT / 100 + 0.02);
  });

  it('When GermEval tweets answer the same account, then they share a group; others stand alone', () => {
    expect(germevalGroup('@Welt das ist doch Unsinn', 1)).toBe(germevalGroup('@welt @spiegel gut so', 2));
    expect(germevalGroup('Kein Adressat hier', 3)).not.toBe(germevalGroup('Kein Adressat hier', 4));
  });
});
