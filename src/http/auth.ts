import { timingSafeEqual } from 'node:crypto';
import type { Role } from '../domain';
import { hashApiKey, type ApiKeyConfig } from '../../config';
import { ForbiddenError, UnauthorizedError } from '../errors/app-errors';

/** Who is calling: the role and name of the API key they presented. */
export interface Principal {
  role: Role;
  name: string;
}

/** Resolves a bearer key to its principal, comparing hashes in constant time against every configured key. */
export class ApiKeyAuthenticator {
  constructor(private readonly keys: readonly ApiKeyConfig[]) {}

  authenticate(authorization: string | undefined): Principal {
    const match = /^Bearer ([^\s]+)$/i.exec(authorization?.trim() ?? '');
    if (match === null || match[1] === undefined) {
      throw new UnauthorizedError('missing or malformed Authorization header: send "Authorization: Bearer <key>"');
    }
    return this.authenticateKey(match[1]);
  }

  /** Resolves a key given as such (Perspective's `?key=`). */
  authenticateKey(key: string | undefined): Principal {
    if (key === undefined || key === '') throw new UnauthorizedError('missing API key: send "Authorization: Bearer <key>" or ?key=<key>');
    const presented = hashApiKey(key);
    let found: ApiKeyConfig | undefined;
    for (const key of this.keys) {
      // Compare against every key (no early exit), so timing tells nothing about which keys exist.
      if (timingSafeEqual(presented, key.keyHash) && found === undefined) found = key;
    }
    if (found === undefined) throw new UnauthorizedError('unknown API key');
    return { role: found.role, name: found.name };
  }
}

export function requireRole(principal: Principal, roles: readonly Role[]): void {
  if (!roles.includes(principal.role)) {
    throw new ForbiddenError(`this route needs the ${roles.join(' or ')} role; the key "${principal.name}" has ${principal.role}`);
  }
}
