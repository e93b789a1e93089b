import { useCallback, useEffect, useState } from 'preact/hooks';
import { api, describe } from './api';
import type { WordListEntry } from './types';

const LISTS: { name: WordListEntry['list']; what: string }[] = [
  { name: 'blocked', what: 'rejected outright' },
  { name: 'watched', what: 'held for a moderator' },
  { name: 'allowed', what: 'neutralises blocked and watched matches it covers' },
];

export function WordListsView() {
  const [entries, setEntries] = useState<WordListEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ list: WordListEntry['list']; term: string; language: string }>({ list: 'watched', term: '', language: '' });

  const load = useCallback(async () => {
    try {
      setEntries((await api<{ entries: WordListEntry[] }>('GET', '/v1/word-lists')).entries);
    } catch (caught) {
      setError(describe(caught));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const add = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      await api('POST', `/v1/word-lists/${draft.list}/terms`, { term: draft.term, ...(draft.language === '' ? {} : { language: draft.language }) });
      setDraft({ ...draft, term: '' });
      await load();
    } catch (caught) {
      setError(describe(caught));
    }
  };

  const remove = async (entry: WordListEntry) => {
    setError(null);
    const params = new URLSearchParams({ term: entry.term, ...(entry.language === undefined ? {} : { language: entry.language }) });
    try {
      await api('DELETE', `/v1/word-lists/${entry.list}/terms?${params.toString()}`);
      await load();
    } catch (caught) {
      setError(describe(caught));
    }
  };

  return (
    <main class="word-lists">
      <h1>Word lists</h1>
      <form onSubmit={add} class="filters">
        <label>
          List
          <select value={draft.list} onChange={(e) => setDraft({ ...draft, list: (e.target as HTMLSelectElement).value as WordListEntry['list'] })}>
            {LISTS.map((l) => (
              <option value={l.name}>{l.name}</option>
            ))}
          </select>
        </label>
        <label>
          Term <input value={draft.term} onInput={(e) => setDraft({ ...draft, term: (e.target as HTMLInputElement).value })} required minLength={2} maxLength={100} />
        </label>
        <label>
          Language
          <select value={draft.language} onChange={(e) => setDraft({ ...draft, language: (e.target as HTMLSelectElement).value })}>
            <option value="">all</option>
            {['de', 'fr', 'it', 'en'].map((l) => (
              <option value={l}>{l}</option>
            ))}
          </select>
        </label>
        <button type="submit">Add</button>
      </form>
      {error !== null && (
        <p role="alert" class="notice error">
          {error}
        </p>
      )}
      {LISTS.map((list) => (
        <section aria-label={`${list.name} list`}>
          <h2>
            {list.name} <small>({list.what})</small>
          </h2>
          <table>
            <thead>
              <tr>
                <th>Term</th>
                <th>Language</th>
                <th>Added by</th>
                <th>Added</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {entries
                .filter((entry) => entry.list === list.name)
                .map((entry) => (
                  <tr>
                    <td>{entry.term}</td>
                    <td>{entry.language ?? 'all'}</td>
                    <td>{entry.addedBy}</td>
                    <td>{new Date(entry.addedAt).toLocaleString()}</td>
                    <td>
                      <button type="button" onClick={() => void remove(entry)}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
