import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { LuaScript } from '../redis/lua-script';

const dir = join(__dirname, 'lua');

/** The store's scripts, each with its KEYS and ARGV by name (the order is the script header's). */
export const commentScripts = {
  createComment: new LuaScript({
    dir,
    file: 'createComment-7.lua',
    keys: ['comment', 'pending', 'counts', 'dedupe', 'toQueue', 'authorPosts', 'authorFirst'],
    args: ['id', 'createdAtMs', 'authorWindowMs', 'authorMaxPosts', 'authorMaxFirst', 'authorFirstTtlMs', 'authorTextFingerprint'],
  }),
  assignJobs: new LuaScript({ dir, file: 'assignJobs.lua', keys: [], args: [] }),
  /** Variadic: the named keys and arguments, then five keys and a group of arguments per comment (see its header). */
  decideAutoMany: new LuaScript({
    dir,
    file: 'decideAutoMany.lua',
    keys: ['pending', 'held', 'counts', 'heldByRisk', 'outbox', 'webhooksMarker'],
    args: ['retentionMs', 'outboxMaxEvents', 'authorWindowMs', 'authorMaxDecisions'],
  }),
  decideByModerator: new LuaScript({
    dir,
    file: 'decideByModerator-13.lua',
    keys: ['comment', 'held', 'heldByArticle', 'counts', 'history', 'pending', 'heldByRisk', 'claim', 'outbox', 'dedupe', 'webhooksMarker', 'authorDecided', 'authorRejected'],
    args: ['id', 'status', 'decision', 'expectedVersion', 'moderator', 'event', 'retentionMs', 'outboxMaxEvents', 'decidedAtMs', 'authorWindowMs', 'authorMaxDecisions'],
  }),
  claimHeld: new LuaScript({ dir, file: 'claimHeld-2.lua', keys: ['comment', 'claim'], args: ['moderator', 'leaseMs'] }),
  releaseClaim: new LuaScript({ dir, file: 'releaseClaim-1.lua', keys: ['claim'], args: ['moderator'] }),
  trimOutbox: new LuaScript({ dir, file: 'trimOutbox-1.lua', keys: ['outbox'], args: ['lastEvent', 'count'] }),
  pageAfter: new LuaScript({ dir, file: 'pageAfter-1.lua', keys: ['index'], args: ['order', 'afterScore', 'afterMember', 'limit'] }),
};

/** Defines every script on `redis`, so that pipelines built from it can queue them. */
export function defineCommentScripts(redis: Redis): void {
  for (const script of Object.values(commentScripts)) script.define(redis);
}

/** Entries of a zset page as `pageAfter-1.lua` returns them (member, score, member, score, …). */
export function pageEntries(flat: unknown): { id: string; score: number }[] {
  const values = flat as string[];
  const entries: { id: string; score: number }[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) entries.push({ id: values[i] as string, score: Number(values[i + 1]) });
  return entries;
}
