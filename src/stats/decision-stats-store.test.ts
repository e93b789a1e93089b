import { recordDecision } from './decision-stats-store';

/** The names a script's header gives its KEYS or ARGV, in order (`-- KEYS[2] intakeLatencies …`). */
function headerNames(source: string, kind: 'KEYS' | 'ARGV'): string[] {
  return [...source.matchAll(new RegExp(`^-- ${kind}\\[(\\d+)\\] (\\S+)`, 'gm'))].map((m) => m[2] as string);
}

describe('The decision statistics script', () => {
  it('When recordDecision-4.lua is called, then its header lists exactly the KEYS and ARGV the store names, in order', () => {
    expect(headerNames(recordDecision.source, 'KEYS')).toEqual([...recordDecision.keys]);
    expect(headerNames(recordDecision.source, 'ARGV')).toEqual([...recordDecision.args]);
    expect(recordDecision.keys).toHaveLength(4);
  });
});
