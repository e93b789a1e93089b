import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, describe, setCsrfToken, whenSessionEnds } from './api';
import { DashboardView } from './dashboard-view';
import { DsaQueueView } from './dsa-queue-view';
import { QueueView } from './queue-view';
import type { SessionView } from './types';
import { WordListsView } from './word-lists-view';

type Page = 'queue' | 'reported' | 'appealed' | 'word-lists' | 'dashboard';

const QUEUES = [
  { page: 'queue', href: '#/queue', label: 'Held' },
  { page: 'reported', href: '#/queue/reported', label: 'Reported' },
  { page: 'appealed', href: '#/queue/appealed', label: 'Appealed' },
] as const;

function pageFromHash(session: SessionView): Page {
  // Dashboard keys see the dashboard only, whatever the address says.
  if (session.role !== 'moderator') return 'dashboard';
  const page = window.location.hash.replace(/^#\/?/, '');
  if (page === 'queue/reported') return 'reported';
  if (page === 'queue/appealed') return 'appealed';
  return page === 'word-lists' || page === 'dashboard' ? page : 'queue';
}

function SignIn({ onSignedIn }: { onSignedIn: (session: SessionView) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const session = await api<SessionView>('POST', '/v1/console/session', { apiKey: key });
      setKey('');
      onSignedIn(session);
    } catch (caught) {
      setError(describe(caught));
    }
  };
  return (
    <main class="sign-in">
      <h1>Moderation console</h1>
      <form onSubmit={submit}>
        <label for="api-key">API key</label>
        <input id="api-key" name="api-key" type="password" autocomplete="off" value={key} onInput={(e) => setKey((e.target as HTMLInputElement).value)} autofocus />
        <button type="submit">Sign in</button>
        {error !== null && (
          <p role="alert" class="error">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}

function App() {
  const [session, setSession] = useState<SessionView | null | undefined>(undefined);
  const [page, setPage] = useState<Page>('queue');

  useEffect(() => {
    whenSessionEnds(() => {
      setCsrfToken(null);
      setSession(null);
    });
    api<SessionView>('GET', '/v1/console/session').then(
      (current) => signedIn(current),
      () => setSession(null),
    );
  }, []);

  useEffect(() => {
    if (!session) return undefined;
    const onHash = () => setPage(pageFromHash(session));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [session]);

  const signedIn = (current: SessionView) => {
    setCsrfToken(current.csrfToken);
    setSession(current);
    setPage(pageFromHash(current));
  };

  const signOut = async () => {
    try {
      await api('DELETE', '/v1/console/session');
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    setCsrfToken(null);
    setSession(null);
  };

  if (session === undefined) return <p class="loading">Loading…</p>;
  if (session === null) return <SignIn onSignedIn={signedIn} />;
  const moderator = session.role === 'moderator';
  return (
    <div class="app">
      <header>
        <strong>Moderation console</strong>
        <nav aria-label="Pages">
          {moderator && (
            <a href="#/queue" aria-current={page === 'queue' || page === 'reported' || page === 'appealed' ? 'page' : undefined}>
              Queue
            </a>
          )}
          {moderator && (
            <a href="#/word-lists" aria-current={page === 'word-lists' ? 'page' : undefined}>
              Word lists
            </a>
          )}
          <a href="#/dashboard" aria-current={page === 'dashboard' ? 'page' : undefined}>
            Dashboard
          </a>
          <a href="/admin/queues" target="_blank" rel="noopener">
            Jobs (bull-board)
          </a>
        </nav>
        <span class="who">
          {session.name} ({session.role})
        </span>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </header>
      {moderator && (page === 'queue' || page === 'reported' || page === 'appealed') && (
        <nav class="queue-switcher" aria-label="Queues">
          {QUEUES.map((queue) => (
            <a href={queue.href} aria-current={page === queue.page ? 'page' : undefined}>
              {queue.label}
            </a>
          ))}
        </nav>
      )}
      {page === 'queue' && moderator && <QueueView moderator={session.name} />}
      {(page === 'reported' || page === 'appealed') && moderator && <DsaQueueView key={page} moderator={session.name} queue={page} />}
      {page === 'word-lists' && moderator && <WordListsView />}
      {page === 'dashboard' && <DashboardView />}
    </div>
  );
}

const root = document.getElementById('app');
if (root !== null) render(<App />, root);
