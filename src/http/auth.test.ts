import { parseApiKeys } from '../../config';
import { UnauthorizedError, ForbiddenError } from '../errors/app-errors';
import { ApiKeyAuthenticator, requireRole } from './auth';

const { keys } = parseApiKeys('intake:site:intake-key-123456,moderator:anna:moderator-key-123');
const auth = new ApiKeyAuthenticator(keys);

describe('API key authentication', () => {
  it('When a configured key is presented, then its role and name are known', () => {
    expect(auth.authenticate('Bearer moderator-key-123')).toEqual({ role: 'moderator', name: 'anna' });
  });

  it('When the key is missing, malformed or unknown, then it is unauthorized', () => {
    expect(() => auth.authenticate(undefined)).toThrow(UnauthorizedError);
    expect(() => auth.authenticate('Basic abc')).toThrow(UnauthorizedError);
    expect(() => auth.authenticate('Bearer moderator-key-12')).toThrow(UnauthorizedError);
  });

  it('When the role does not match the route, then it is forbidden', () => {
    const principal = auth.authenticate('Bearer intake-key-123456');
    expect(() => requireRole(principal, ['moderator'])).toThrow(ForbiddenError);
    expect(() => requireRole(principal, ['intake'])).not.toThrow();
  });
});
