import type { Phase } from './phase';

// An explicit scheme or www., or a bare domain under a common top-level domain (spam rarely spells it out).
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|info|biz|io|co|me|ly|xyz|top|online|site|shop|ru|de|ch|at|fr|it|eu|uk)\b(?:\/[^\s<>"'()]*)?/giu;

/** The host names of the links in a text, lower case, each once, in order of appearance. */
export function linkHosts(text: string): string[] {
  const hosts: string[] = [];
  for (const match of text.matchAll(LINK)) {
    const raw = match[0];
    let host: string;
    try {
      host = new URL(/^https?:\/\//i.test(raw) ? raw : `http://${raw}`).hostname.toLowerCase();
    } catch {
      continue;
    }
    if (!hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}

/** Whether `host` is one of `domains` or under one of them (`www.example.ch` under `example.ch`). */
export function isAllowedHost(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * With HOLD_LINKS on, a comment with a link outside the allowed domains is held (`form.link`, the hosts named).
 * Trusted authors skip it.
 */
export function linksPhase(deps: { holdLinks: boolean; allowDomains: readonly string[] }): Phase {
  return {
    name: 'links',
    run(state) {
      if (!deps.holdLinks || state.author?.trusted === true) return {};
      const hosts = linkHosts(state.text).filter((host) => !isAllowedHost(host, deps.allowDomains));
      if (hosts.length === 0) return {};
      return { state: { holds: [...state.holds, { rule: 'form.link', note: `links to ${hosts.join(', ')}` }] } };
    },
  };
}
