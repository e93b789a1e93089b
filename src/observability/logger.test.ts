import { Writable } from 'node:stream';
import { ReplyError } from 'ioredis';
import { createLogger } from './logger';

/** Collects what the logger writes. */
function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

describe('logger', () => {
  it('When a Redis error carrying its command is logged, then the arguments (comment text, author) are left out', () => {
    const { lines, stream } = capture();
    const logger = createLogger({ level: 'info', name: 'test' }, stream);
    // As ioredis rejects a failed command: the error carries the command with every argument.
    const error = Object.assign(new ReplyError('MISCONF Redis is configured to save RDB snapshots'), {
      command: { name: 'evalsha', args: ['sha', '6', 'c:1', 'Du bist ein Idiot', '{"id":"reader-1","name":"Hans Muster"}'] },
    });
    logger.error({ err: error }, 'unexpected error');
    const line = lines.join('');
    expect(line).toContain('MISCONF');
    expect(line).not.toContain('Idiot');
    expect(line).not.toContain('Hans Muster');
  });

  it('When a request body or text field is passed, then it is redacted', () => {
    const { lines, stream } = capture();
    createLogger({ level: 'info', name: 'test' }, stream).info({ body: { text: 'geheim' }, comment: { text: 'geheim' } }, 'x');
    expect(lines.join('')).not.toContain('geheim');
  });
});
