import { join } from 'node:path';
import { readLuaFile } from './lua-file';

describe('Lua files', () => {
  const authors = join(__dirname, '..', 'authors');
  it('When a module runs from the sources, then its script is read beside it', () => {
    expect(readLuaFile(authors, 'lua/includes/record-author-post.lua')).toContain('local function recordAuthorPost');
  });

  it('When a module runs from the build (dist/src/…), where tsc copies no .lua file, then the script is read from src/', () => {
    const built = join(__dirname, '..', '..', 'dist', 'src', 'articles');
    expect(readLuaFile(built, 'lua/set-article-policy-3.lua')).toContain("redis.call('INCR', KEYS[3])");
  });

  it('When the script exists nowhere, then the error names it', () => {
    expect(() => readLuaFile(join(__dirname, 'nowhere'), 'missing.lua')).toThrow(/missing\.lua/);
  });
});
