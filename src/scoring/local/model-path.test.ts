import path from 'node:path';
import { defaultModelPath, DEFAULT_MODEL_FILE } from './model-path';

describe('defaultModelPath', () => {
  const repoRoot = path.resolve(__dirname, '../../..');
  it.each([
    ['the TS sources', __dirname],
    ['the compiled build', path.join(repoRoot, 'dist/src/scoring/local')],
  ])('When resolved from %s, then it finds the model at the repository root', (_where, from) => {
    expect(defaultModelPath(from)).toBe(path.join(repoRoot, DEFAULT_MODEL_FILE));
  });
  it('When no model is above the directory, then it says so', () => {
    expect(() => defaultModelPath('/')).toThrow(/not found/);
  });
});
