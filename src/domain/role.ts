/** `analyze`: clients that may only score text through the Perspective-compatible API, never submit or read comments. */
export const ROLES = ['intake', 'moderator', 'dashboard', 'analyze'] as const;
export type Role = (typeof ROLES)[number];
