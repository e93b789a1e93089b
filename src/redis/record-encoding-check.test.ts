import { recordEncodingProblem } from './record-encoding-check';

describe('recordEncodingProblem', () => {
  it("When Redis keeps its default of 64 bytes, then the problem names the setting and the value to set", () => {
    expect(recordEncodingProblem(64)).toMatch(/hash-max-listpack-value 64.*set it to 1024/);
  });

  it('When the setting is 1024 or more, or unreadable, then there is no problem', () => {
    expect(recordEncodingProblem(1024)).toBeNull();
    expect(recordEncodingProblem(4096)).toBeNull();
    expect(recordEncodingProblem(Number.NaN)).toBeNull();
  });
});
