import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, describe } from './api';
import { HighlightedText } from './highlighted-text';
import { REASON_CODES, type HeldComment, type HistoryEntry, type ReasonCode } from './types';

interface Filters {
  articleId: string;
  language: string;
  attribute: string;
  minAgeMinutes: string;
  sort: 'age' | 'risk';
}

interface Notice {
  kind: 'error' | 'info';
  text: string;
}

const LANGUAGES = ['de', 'fr', 'it', 'en', 'other'];
const ATTRIBUTES = ['TOXICITY', 'SEVERE_TOXICITY', 'INSULT', 'PROFANITY', 'THREAT', 'IDENTITY_ATTACK'];
const POLL_MS = 15_000;

const KEYS: [string, string][] = [
  ['j / k', 'next / previous comment'],
  ['c', 'claim the comment'],
  ['a', 'approve (the ticked comments, if any)'],
  ['r, then 1–7', 'reject with a reason code: ' + REASON_CODES.map((code, i) => `${i + 1} ${code}`).join(', ')],
  ['x', 'tick for a bulk decision'],
  ['h', 'show the history'],
  ['Esc', 'cancel'],
  ['?', 'show or hide these keys'],
];

function query(filters: Filters): string {
  const params = new URLSearchParams({ sort: filters.sort, limit: '100' });
  if (filters.articleId.trim() !== '') params.set('articleId', filters.articleId.trim());
  if (filters.language !== '') params.set('language', filters.language);
  if (filters.attribute !== '') params.set('attribute', filters.attribute);
  const minutes = Number(filters.minAgeMinutes);
  if (filters.minAgeMinutes !== '' && Number.isFinite(minutes) && minutes >= 0) params.set('minAgeSeconds', String(Math.floor(minutes * 60)));
  return params.toString();
}

function age(createdAt: string, nowMs: number): string {
  const seconds = Math.max(0, Math.floor((nowMs - Date.parse(createdAt)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h`;
  return `${Math.floor(seconds / 86_400)} d`;
}

/** Keys typed into a field are text, not commands; a ticked checkbox or a pressed button keeps the keys working. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return target.isContentEditable || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA';
}

export function QueueView({ moderator }: { moderator: string }) {
  const [filters, setFilters] = useState<Filters>({ articleId: '', language: '', attribute: '', minAgeMinutes: '', sort: 'age' });
  const [items, setItems] = useState<HeldComment[]>([]);
  const [selected, setSelected] = useState(0);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [history, setHistory] = useState<{ id: string; entries: HistoryEntry[] } | null>(null);
  const [loaded, setLoaded] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const onKeyRef = useRef<(event: KeyboardEvent) => void>(() => undefined);
  /** The selected comment's id, read by a refresh: the selection follows the comment, not its position. */
  const selectedIdRef = useRef<string | undefined>(undefined);
  selectedIdRef.current = items[selected]?.id;

  const load = useCallback(async () => {
    try {
      const page = await api<{ items: HeldComment[] }>('GET', `/v1/review/comments?${query(filters)}`);
      setItems(page.items);
      // Rows above it may have gone (decided here or by someone else): a key pressed next must act on the comment
      // the moderator was reading, not on whichever moved into its place. If it has gone, the next one is selected.
      const stillThere = page.items.findIndex((item) => item.id === selectedIdRef.current);
      setSelected((index) => (stillThere >= 0 ? stillThere : Math.min(index, Math.max(0, page.items.length - 1))));
      setTicked((current) => new Set([...current].filter((id) => page.items.some((item) => item.id === id))));
      setLoaded(true);
    } catch (error) {
      setNotice({ kind: 'error', text: `Could not load the queue: ${describe(error)}` });
    }
  }, [filters]);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  const current = items[selected];

  /** A 409 is someone else's decision or claim: say so plainly and show the row as it now is. */
  const failed = async (error: unknown, id: string) => {
    if (error instanceof ApiError && error.status === 409) {
      const decision = error.details.decision as { by?: string; at?: string } | null | undefined;
      const who = decision?.by !== undefined && decision.by !== 'auto' ? ` ${decision.by} decided it first.` : '';
      setNotice({ kind: 'error', text: `Conflict on comment ${id}: ${error.message}.${who} The queue has been refreshed.` });
    } else {
      setNotice({ kind: 'error', text: describe(error) });
    }
    await load();
  };

  const claim = async (comment: HeldComment) => {
    try {
      await api('POST', `/v1/review/comments/${comment.id}/claim`);
      setNotice({ kind: 'info', text: `Claimed comment ${comment.id}.` });
      await load();
    } catch (error) {
      await failed(error, comment.id);
    }
  };

  const release = async (comment: HeldComment) => {
    try {
      await api('DELETE', `/v1/review/comments/${comment.id}/claim`);
      setNotice({ kind: 'info', text: `Released comment ${comment.id}.` });
      await load();
    } catch (error) {
      await failed(error, comment.id);
    }
  };

  const decide = async (decision: 'approve' | 'reject', reasonCode?: ReasonCode) => {
    setRejecting(false);
    const extra = { ...(reasonCode === undefined ? {} : { reasonCode }), ...(note.trim() === '' ? {} : { note: note.trim() }) };
    if (ticked.size > 0) {
      const decisions = items.filter((item) => ticked.has(item.id)).map((item) => ({ id: item.id, decision, version: item.version, ...extra }));
      try {
        const { results } = await api<{ results: { id: string; result: string; reason?: string }[] }>('POST', '/v1/review/decisions', { decisions });
        const done = results.filter((r) => r.result === 'done').length;
        const conflicts = results.filter((r) => r.result === 'conflict');
        setNotice({
          kind: conflicts.length > 0 ? 'error' : 'info',
          text: `${decision === 'approve' ? 'Approved' : 'Rejected'} ${done} of ${results.length}.` + (conflicts.length > 0 ? ` Conflict on ${conflicts.map((c) => `${c.id} (${c.reason ?? 'changed'})`).join(', ')}: someone else decided or claimed them.` : ''),
        });
        setTicked(new Set());
        setNote('');
      } catch (error) {
        setNotice({ kind: 'error', text: describe(error) });
      }
      await load();
      return;
    }
    if (current === undefined) return;
    try {
      await api('POST', `/v1/review/comments/${current.id}/decision`, { decision, version: current.version, ...extra });
      setNotice({ kind: 'info', text: `${decision === 'approve' ? 'Approved' : `Rejected (${reasonCode ?? 'other'})`} comment ${current.id}.` });
      setNote('');
      await load();
    } catch (error) {
      await failed(error, current.id);
    }
  };

  const showHistory = async (comment: HeldComment) => {
    try {
      const body = await api<{ id: string; history: HistoryEntry[] }>('GET', `/v1/comments/${comment.id}/history`);
      setHistory({ id: body.id, entries: body.history });
    } catch (error) {
      setNotice({ kind: 'error', text: describe(error) });
    }
  };

  const toggleTick = (id: string) =>
    setTicked((currentTicks) => {
      const next = new Set(currentTicks);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  // The handler is replaced on every render (during render, not in an effect: effects run only after the next
  // paint, and a key pressed right after a click or a `j` must act on the row now selected, not the one before).
  onKeyRef.current = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (rejecting) {
      const index = Number(event.key) - 1;
      const code = REASON_CODES[index];
      if (code !== undefined) void decide('reject', code);
      else if (event.key === 'Escape') setRejecting(false);
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'j':
        setSelected((index) => Math.min(index + 1, Math.max(0, items.length - 1)));
        break;
      case 'k':
        setSelected((index) => Math.max(index - 1, 0));
        break;
      case 'c':
        if (current !== undefined) void claim(current);
        break;
      case 'a':
        void decide('approve');
        break;
      case 'r':
        if (current !== undefined || ticked.size > 0) setRejecting(true);
        break;
      case 'x':
        if (current !== undefined) toggleTick(current.id);
        break;
      case 'h':
        if (current !== undefined) void showHistory(current);
        break;
      case '?':
        setHelp((shown) => !shown);
        break;
      case 'Escape':
        setHelp(false);
        setHistory(null);
        break;
      default:
        return;
    }
    event.preventDefault();
  };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onKeyRef.current(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const row = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    row?.scrollIntoView({ block: 'nearest' });
    // Focus follows the selection once it is in the list (roving tabindex), so screen readers announce the row.
    if (row && listRef.current?.contains(document.activeElement) && document.activeElement !== row && !isTyping(document.activeElement)) row.focus();
  }, [selected, items]);

  const nowMs = Date.now();
  const setFilter = (name: keyof Filters) => (event: Event) => setFilters({ ...filters, [name]: (event.target as HTMLInputElement | HTMLSelectElement).value });

  return (
    <main class="queue">
      <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filters">
        <label>
          Article <input value={filters.articleId} onChange={setFilter('articleId')} placeholder="any" />
        </label>
        <label>
          Language
          <select value={filters.language} onChange={setFilter('language')}>
            <option value="">any</option>
            {LANGUAGES.map((l) => (
              <option value={l}>{l}</option>
            ))}
          </select>
        </label>
        <label>
          Attribute
          <select value={filters.attribute} onChange={setFilter('attribute')}>
            <option value="">any</option>
            {ATTRIBUTES.map((a) => (
              <option value={a}>{a}</option>
            ))}
          </select>
        </label>
        <label>
          Older than (min) <input type="number" min="0" value={filters.minAgeMinutes} onChange={setFilter('minAgeMinutes')} />
        </label>
        <label>
          Order
          <select value={filters.sort} onChange={setFilter('sort')}>
            <option value="age">oldest first</option>
            <option value="risk">riskiest first</option>
          </select>
        </label>
        <button type="button" onClick={() => void load()}>
          Refresh
        </button>
        <button type="button" onClick={() => setHelp(!help)} aria-expanded={help}>
          Keys (?)
        </button>
      </form>

      {notice !== null && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} class={`notice ${notice.kind}`}>
          {notice.text}
        </p>
      )}
      {rejecting && (
        <div role="status" class="notice prompt">
          <p>
            Reject{ticked.size > 0 ? ` ${ticked.size} ticked comments` : ''}: press{' '}
            {REASON_CODES.map((code, i) => `${i + 1} ${code}`).join(', ')} (Esc cancels), or pick:
          </p>
          <div class="reason-buttons">
            {REASON_CODES.map((code, i) => (
              <button type="button" onClick={() => void decide('reject', code)}>
                {i + 1} {code}
              </button>
            ))}
            <button type="button" onClick={() => setRejecting(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {help && (
        <aside class="help" aria-label="Keyboard shortcuts">
          <h2>Keys</h2>
          <dl>
            {KEYS.map(([key, what]) => (
              <>
                <dt>{key}</dt>
                <dd>{what}</dd>
              </>
            ))}
          </dl>
        </aside>
      )}

      <div class="columns">
        <section aria-label="Held comments">
          <p class="count">
            {loaded ? `${items.length} held comment${items.length === 1 ? '' : 's'}` : 'Loading…'}
            {ticked.size > 0 && ` · ${ticked.size} ticked`}
          </p>
          <ul class="rows" role="listbox" aria-label="Held comments" ref={listRef}>
            {items.map((item, index) => (
              <li
                key={item.id}
                role="option"
                data-comment-id={item.id}
                aria-selected={index === selected ? 'true' : 'false'}
                class={index === selected ? 'row selected' : 'row'}
                tabIndex={index === selected ? 0 : -1}
                onClick={() => setSelected(index)}
                onFocus={() => setSelected(index)}
              >
                <div class="meta">
                  <input type="checkbox" aria-label={`Tick comment ${item.id}`} checked={ticked.has(item.id)} onChange={() => toggleTick(item.id)} />
                  <span>article {item.articleId}</span>
                  <span>{item.language ?? '?'}</span>
                  <span>{age(item.createdAt, nowMs)} old</span>
                  <span class="claim">{item.claim === null ? 'unclaimed' : item.claim.moderator === moderator ? 'claimed by you' : `claimed by ${item.claim.moderator}`}</span>
                </div>
                <HighlightedText comment={item} />
                <ul class="reasons">
                  {(item.decision?.reasons ?? []).map((reason) => (
                    <li>
                      <code>{reason.rule}</code>
                      {reason.attribute !== undefined && ` ${reason.attribute}`}
                      {reason.score !== undefined && ` ${reason.score.toFixed(2)}`}
                      {reason.threshold !== undefined && ` ≥ ${reason.threshold}`}
                      {reason.scorer !== undefined && ` · ${reason.scorer}`}
                      {reason.note !== undefined && ` · ${reason.note}`}
                    </li>
                  ))}
                </ul>
                {index === selected && (
                  <div class="actions">
                    {item.claim?.moderator === moderator ? (
                      <button type="button" onClick={() => void release(item)}>
                        Release claim
                      </button>
                    ) : (
                      <button type="button" onClick={() => void claim(item)}>
                        Claim (c)
                      </button>
                    )}
                    <button type="button" onClick={() => void decide('approve')}>
                      Approve (a)
                    </button>
                    <button type="button" onClick={() => setRejecting(true)}>
                      Reject (r)
                    </button>
                    <label>
                      Note <input value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} maxLength={2000} />
                    </label>
                    <button type="button" onClick={() => void showHistory(item)}>
                      History (h)
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
          {loaded && items.length === 0 && <p class="empty">Nothing is held. Well done.</p>}
        </section>
        {history !== null && (
          <aside class="history" aria-label={`History of comment ${history.id}`}>
            <h2>History of {history.id}</h2>
            <button type="button" onClick={() => setHistory(null)}>
              Close
            </button>
            <ol>
              {history.entries.map((entry) => (
                <li>
                  <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time> {entry.by}: {entry.from ?? '–'} → {entry.to}
                  <ul>
                    {entry.reasons.map((reason) => (
                      <li>
                        {reason.rule}
                        {reason.code !== undefined && ` (${reason.code})`}
                        {reason.attribute !== undefined && ` ${reason.attribute} ${reason.score?.toFixed(2) ?? ''}`}
                        {reason.note !== undefined && ` · ${reason.note}`}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </aside>
        )}
      </div>
    </main>
  );
}
