import { useRef, useState } from 'preact/hooks';
import { api, ApiError, describe } from './api';
import { HighlightedText } from './highlighted-text';
import { age, ClaimButton, ClaimStatus, conflictText, HistoryPanel, isTyping, KeysHelp, NoticeLine, QueueRows, ReasonPrompt, sharedQueueKey, useClaimsAndHistory, useQueueList, useTicks, useWindowKeys, type Notice } from './queue-common';
import { REASON_CODES, type HeldComment, type ReasonCode } from './types';

interface Filters {
  articleId: string;
  language: string;
  attribute: string;
  minAgeMinutes: string;
  sort: 'age' | 'risk';
}

const LANGUAGES = ['de', 'fr', 'it', 'en', 'other'];
const ATTRIBUTES = ['TOXICITY', 'SEVERE_TOXICITY', 'INSULT', 'PROFANITY', 'THREAT', 'IDENTITY_ATTACK'];

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

export function QueueView({ moderator }: { moderator: string }) {
  const [filters, setFilters] = useState<Filters>({ articleId: '', language: '', attribute: '', minAgeMinutes: '', sort: 'age' });
  const { ticked, toggleTick, keepListed, clearTicks } = useTicks();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [help, setHelp] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const onKeyRef = useRef<(event: KeyboardEvent) => void>(() => undefined);
  const { items, selected, setSelected, loaded, load } = useQueueList<HeldComment>(
    `/v1/review/comments?${query(filters)}`,
    (error) => setNotice({ kind: 'error', text: `Could not load the queue: ${describe(error)}` }),
    keepListed,
  );

  const current = items[selected];

  /** A 409 is someone else's decision or claim: say so plainly and show the row as it now is. */
  const failed = async (error: unknown, id: string) => {
    setNotice({ kind: 'error', text: error instanceof ApiError && error.status === 409 ? conflictText(error, id) : describe(error) });
    await load();
  };
  const { history, setHistory, showHistory, ...claims } = useClaimsAndHistory(load, setNotice, failed);
  const claim = (comment: HeldComment) => claims.claim(comment.id);
  const release = (comment: HeldComment) => claims.release(comment.id);

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
        clearTicks();
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
    if (sharedQueueKey(event.key, { count: items.length, setSelected, currentId: current?.id, claim: claims.claim, showHistory, setHelp, setHistory })) {
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'a':
        void decide('approve');
        break;
      case 'r':
        if (current !== undefined || ticked.size > 0) setRejecting(true);
        break;
      case 'x':
        if (current !== undefined) toggleTick(current.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  };
  useWindowKeys(onKeyRef);

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

      <NoticeLine notice={notice} />
      {rejecting && (
        <ReasonPrompt
          verb={`Reject${ticked.size > 0 ? ` ${ticked.size} ticked comments` : ''}`}
          reasonCodes={REASON_CODES}
          onPick={(i) => void decide('reject', REASON_CODES[i])}
          onCancel={() => setRejecting(false)}
        />
      )}
      {help && <KeysHelp keys={KEYS} />}

      <div class="columns">
        <section aria-label="Held comments">
          <QueueRows
            label="Held comments"
            noun="held comment"
            empty="Nothing is held. Well done."
            loaded={loaded}
            items={items}
            ticked={ticked.size}
            selected={selected}
            setSelected={setSelected}
            row={(item, index) => (
              <>
                <div class="meta">
                  <input type="checkbox" aria-label={`Tick comment ${item.id}`} checked={ticked.has(item.id)} onChange={() => toggleTick(item.id)} />
                  <span>article {item.articleId}</span>
                  <span>{item.language ?? '?'}</span>
                  <span>{age(item.createdAt, nowMs)} old</span>
                  <ClaimStatus claim={item.claim} moderator={moderator} />
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
                    <ClaimButton mine={item.claim?.moderator === moderator} onClaim={() => void claim(item)} onRelease={() => void release(item)} />
                    <button type="button" onClick={() => void decide('approve')}>
                      Approve (a)
                    </button>
                    <button type="button" onClick={() => setRejecting(true)}>
                      Reject (r)
                    </button>
                    <label>
                      Note <input value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} maxLength={2000} />
                    </label>
                    <button type="button" onClick={() => void showHistory(item.id)}>
                      History (h)
                    </button>
                  </div>
                )}
              </>
            )}
          />
        </section>
        {history !== null && <HistoryPanel history={history} onClose={() => setHistory(null)} />}
      </div>
    </main>
  );
}
