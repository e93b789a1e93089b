/** What every review queue of the console shares: loading and selection, keys, the 409 notice, the history panel. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import { api, ApiError, describe } from './api';
import type { HistoryEntry } from './types';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export const POLL_MS = 15_000;

export function age(since: string, nowMs: number): string {
  const seconds = Math.max(0, Math.floor((nowMs - Date.parse(since)) / 1000));
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h`;
  return `${Math.floor(seconds / 86_400)} d`;
}

/** Keys typed into a field are text, not commands; a ticked checkbox or a pressed button keeps the keys working. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
  return target.isContentEditable || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA';
}

/** A 409 is someone else's decision or claim: said plainly, naming who decided first. */
export function conflictText(error: ApiError, id: string): string {
  const decision = error.details.decision as { by?: string; at?: string } | null | undefined;
  const who = decision?.by !== undefined && decision.by !== 'auto' ? ` ${decision.by} decided it first.` : '';
  return `Conflict on comment ${id}: ${error.message}.${who} The queue has been refreshed.`;
}

/**
 * One page of a review queue, polled. The selection follows the comment id across refreshes: rows above it may
 * have gone (decided here or by someone else), and a key pressed next must act on the comment the moderator was
 * reading, not on whichever moved into its place. If it has gone, the next one is selected.
 */
export function useQueueList<T extends { id: string }>(path: string, onError: (error: unknown) => void, onLoaded?: (items: T[]) => void) {
  const [items, setItems] = useState<T[]>([]);
  const [selected, setSelected] = useState(0);
  const [loaded, setLoaded] = useState(false);
  // The list the selected index points into, as last rendered.
  const itemsRef = useRef<T[]>([]);
  itemsRef.current = items;
  const callbacks = useRef({ onError, onLoaded });
  callbacks.current = { onError, onLoaded };

  const load = useCallback(async () => {
    try {
      const page = await api<{ items: T[] }>('GET', path);
      const shown = itemsRef.current;
      setItems(page.items);
      // The selection follows its comment, judged by the index selected now: a key pressed while this request was
      // on its way (j, k) counts, rather than being undone by the selection the request started from.
      setSelected((index) => {
        const id = shown[index]?.id;
        const stillThere = id === undefined ? -1 : page.items.findIndex((item) => item.id === id);
        return stillThere >= 0 ? stillThere : Math.min(index, Math.max(0, page.items.length - 1));
      });
      callbacks.current.onLoaded?.(page.items);
      setLoaded(true);
    } catch (error) {
      callbacks.current.onError(error);
    }
  }, [path]);

  useEffect(() => {
    void load();
    const timer = window.setInterval(() => void load(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  return { items, selected, setSelected, loaded, load };
}

/** Window key presses go to the handler the view sets on every render (during render, so it acts on the row now selected). */
export function useWindowKeys(onKeyRef: MutableRef<(event: KeyboardEvent) => void>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onKeyRef.current(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKeyRef]);
}

/**
 * Focus follows the selection once it is in the list (roving tabindex), so screen readers announce the row. A layout
 * effect, run as the selection is drawn: a deferred one could move the focus after the next key press (j, then k at
 * once) and the row's focus handler would select the row the key had just left.
 */
export function useRovingFocus(listRef: MutableRef<HTMLUListElement | null>, selected: number, items: unknown[]): void {
  useLayoutEffect(() => {
    const row = listRef.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    row?.scrollIntoView({ block: 'nearest' });
    if (row && listRef.current?.contains(document.activeElement) && document.activeElement !== row && !isTyping(document.activeElement)) row.focus();
  }, [selected, items]);
}

/** Rows ticked for one bulk decision; a reload keeps only the ticks of rows still listed. */
export function useTicks() {
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const toggleTick = (id: string) =>
    setTicked((currentTicks) => {
      const next = new Set(currentTicks);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const keepListed = (listed: { id: string }[]) => setTicked((currentTicks) => new Set([...currentTicks].filter((id) => listed.some((item) => item.id === id))));
  const clearTicks = () => setTicked(new Set());
  return { ticked, toggleTick, keepListed, clearTicks };
}

/**
 * The keys every queue shares: j and k move, c claims, h opens the history, ? lists the keys, Escape closes the
 * panels. Returns whether it took the key; a queue handles its own decision keys after it.
 */
export function sharedQueueKey(
  key: string,
  queue: {
    count: number;
    setSelected: (next: (index: number) => number) => void;
    currentId: string | undefined;
    claim: (id: string) => unknown;
    showHistory: (id: string) => unknown;
    setHelp: (next: (shown: boolean) => boolean) => void;
    setHistory: (history: null) => void;
  },
): boolean {
  switch (key) {
    case 'j':
      queue.setSelected((index) => Math.min(index + 1, Math.max(0, queue.count - 1)));
      return true;
    case 'k':
      queue.setSelected((index) => Math.max(index - 1, 0));
      return true;
    case 'c':
      if (queue.currentId !== undefined) void queue.claim(queue.currentId);
      return true;
    case 'h':
      if (queue.currentId !== undefined) void queue.showHistory(queue.currentId);
      return true;
    case '?':
      queue.setHelp((shown) => !shown);
      return true;
    case 'Escape':
      queue.setHelp(() => false);
      queue.setHistory(null);
      return true;
    default:
      return false;
  }
}

/** Claims, gives back and reads the history of a comment on any queue. */
export function useClaimsAndHistory(load: () => Promise<void>, setNotice: (notice: Notice | null) => void, failed: (error: unknown, id: string) => Promise<void>) {
  const [history, setHistory] = useState<{ id: string; entries: HistoryEntry[] } | null>(null);
  // Taking and giving back a claim differ only in the method and the word for what was done.
  const claimCall = (method: 'POST' | 'DELETE', done: string) => async (id: string) => {
    try {
      await api(method, `/v1/review/comments/${id}/claim`);
      setNotice({ kind: 'info', text: `${done} comment ${id}.` });
      await load();
    } catch (error) {
      await failed(error, id);
    }
  };
  const claim = claimCall('POST', 'Claimed');
  const release = claimCall('DELETE', 'Released');
  const showHistory = async (id: string) => {
    try {
      const body = await api<{ id: string; history: HistoryEntry[] }>('GET', `/v1/comments/${id}/history`);
      setHistory({ id: body.id, entries: body.history });
    } catch (error) {
      setNotice({ kind: 'error', text: describe(error) });
    }
  };
  return { history, setHistory, claim, release, showHistory };
}

export function NoticeLine({ notice }: { notice: Notice | null }) {
  if (notice === null) return null;
  return (
    <p role={notice.kind === 'error' ? 'alert' : 'status'} class={`notice ${notice.kind}`}>
      {notice.text}
    </p>
  );
}

export function KeysHelp({ keys }: { keys: [string, string][] }) {
  return (
    <aside class="help" aria-label="Keyboard shortcuts">
      <h2>Keys</h2>
      <dl>
        {keys.map(([key, what]) => (
          <>
            <dt>{key}</dt>
            <dd>{what}</dd>
          </>
        ))}
      </dl>
    </aside>
  );
}

export function HistoryPanel({ history, onClose }: { history: { id: string; entries: HistoryEntry[] }; onClose: () => void }) {
  return (
    <aside class="history" aria-label={`History of comment ${history.id}`}>
      <h2>History of {history.id}</h2>
      <button type="button" onClick={onClose}>
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
                  {reason.legality !== undefined && ` · found ${reason.legality}`}
                  {reason.legalGround !== undefined && ` (${reason.legalGround})`}
                  {reason.note !== undefined && ` · ${reason.note}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </aside>
  );
}

/** After `r` (or `v` on an approved comment): a number or a button picks the reason code. */
export function ReasonPrompt({ verb, reasonCodes, onPick, onCancel, children }: { verb: string; reasonCodes: readonly string[]; onPick: (code: number) => void; onCancel: () => void; children?: ComponentChildren }) {
  return (
    <div role="status" class="notice prompt">
      <p>
        {verb}: press {reasonCodes.map((code, i) => `${i + 1} ${code}`).join(', ')} (Esc cancels), or pick:
      </p>
      {children}
      <div class="reason-buttons">
        {reasonCodes.map((code, i) => (
          <button type="button" onClick={() => onPick(i)}>
            {i + 1} {code}
          </button>
        ))}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/**
 * The list every queue draws: the count line, a listbox whose selected row alone is focusable and takes the focus
 * as the selection moves (roving tabindex, {@link useRovingFocus}), and the empty note. `row` draws what a row shows.
 */
export function QueueRows<T extends { id: string }>(props: {
  label: string;
  /** What one item is called in the count line ("held comment"); an "s" is added for the plural. */
  noun: string;
  empty: string;
  loaded: boolean;
  items: T[];
  ticked: number;
  selected: number;
  setSelected: (index: number) => void;
  row: (item: T, index: number) => ComponentChildren;
}) {
  const { label, noun, empty, loaded, items, ticked, selected, setSelected, row } = props;
  const listRef = useRef<HTMLUListElement>(null);
  useRovingFocus(listRef, selected, items);
  return (
    <>
      <p class="count">
        {loaded ? `${items.length} ${noun}${items.length === 1 ? '' : 's'}` : 'Loading…'}
        {ticked > 0 && ` · ${ticked} ticked`}
      </p>
      <ul class="rows" role="listbox" aria-label={label} ref={listRef}>
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
            {row(item, index)}
          </li>
        ))}
      </ul>
      {loaded && items.length === 0 && <p class="empty">{empty}</p>}
    </>
  );
}

/** Who holds a comment's claim, as every queue's row says it. */
export function ClaimStatus({ claim, moderator }: { claim: { moderator: string } | null; moderator: string }) {
  return <span class="claim">{claim === null ? 'unclaimed' : claim.moderator === moderator ? 'claimed by you' : `claimed by ${claim.moderator}`}</span>;
}

/** Claim (c), or give back a claim of one's own. */
export function ClaimButton({ mine, onClaim, onRelease }: { mine: boolean; onClaim: () => void; onRelease: () => void }) {
  return mine ? (
    <button type="button" onClick={onRelease}>
      Release claim
    </button>
  ) : (
    <button type="button" onClick={onClaim}>
      Claim (c)
    </button>
  );
}
