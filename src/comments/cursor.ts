import { ValidationError } from '../errors/app-errors';

/** A position in a list ordered by (score, id): opaque to clients, so the ordering can change later. */
export interface CursorPosition {
  score: number;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.score, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && Number.isFinite(value[0]) && typeof value[1] === 'string') {
      return { score: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new ValidationError('cursor is not valid: pass the nextCursor of the previous page', [{ path: 'cursor', message: 'not a cursor this service issued' }]);
}
