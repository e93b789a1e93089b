/**
 * The reported and appealed queues (DSA notice and action, internal complaints): readers' reports with keep or
 * remove, appeals with uphold or reverse. Same list, keys, claims, history and 409 notice as the held queue.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, describe } from './api';
import { HighlightedText } from './highlighted-text';
import { age, ClaimButton, ClaimStatus, conflictText, HistoryPanel, isTyping, KeysHelp, NoticeLine, QueueRows, ReasonPrompt, sharedQueueKey, useClaimsAndHistory, useQueueList, useTicks, useWindowKeys, type Notice } from './queue-common';
import { REASON_CODES, type Appeal, type Comment, type Legality, type QueuedComment, type ReasonCode, type Report } from './types';

export type DsaQueue = 'reported' | 'appealed';

const CODES = REASON_CODES.map((code, i) => `${i + 1} ${code}`).join(', ');
const COMMON_KEYS: [string, string][] = [
  ['j / k', 'next / previous comment'],
  ['c', 'claim the comment'],
  ['h', 'show the history'],
  ['Esc', 'cancel'],
  ['?', 'show or hide these keys'],
];
const KEYS: Record<DsaQueue, [string, string][]> = {
  reported: [
    ...COMMON_KEYS.slice(0, 2),
    ['a', 'keep the comment (the ticked comments, if any): its reports are dismissed'],
    ['r, then 1–7', `remove with a reason code: ${CODES}`],
    ['x', 'tick for a bulk keep or remove'],
    ...COMMON_KEYS.slice(2),
  ],
  appealed: [...COMMON_KEYS.slice(0, 2), ['u', 'uphold the decision appealed'], ['v', `reverse it (removing an approved comment asks for a reason code: ${CODES})`], ...COMMON_KEYS.slice(2)],
};

const openIllegal = (item: QueuedComment) => item.reports.some((r) => r.state === 'open' && r.reason === 'illegal');

/** When the comment joined this queue: its oldest open report, or its appeal. */
function waitingSince(item: QueuedComment, queue: DsaQueue): string {
  if (queue === 'appealed' && item.appeal !== null) return item.appeal.receivedAt;
  return item.reports.find((r) => r.state === 'open')?.receivedAt ?? item.createdAt;
}

function summary(reports: Report[]): string {
  const open = reports.filter((r) => r.state === 'open');
  const counts = new Map<string, number>();
  for (const r of open) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  const closed = reports.length - open.length;
  if (open.length === 0) return `${closed} earlier report${closed === 1 ? '' : 's'}, all closed`;
  return (
    `${open.length} open report${open.length === 1 ? '' : 's'}` +
    (open.length > 0 ? `: ${[...counts].map(([reason, n]) => `${reason} ${n}`).join(', ')}` : '') +
    (closed > 0 ? ` (${closed} closed earlier)` : '')
  );
}

function ReportList({ item, nowMs }: { item: QueuedComment; nowMs: number }) {
  if (item.reports.length === 0) return null;
  return (
    <section class="reports" aria-label={`Reports on comment ${item.id}`}>
      <p class="report-summary">{summary(item.reports)}</p>
      <ul>
        {item.reports.map((report) => (
          <li class={report.reason === 'illegal' ? 'report illegal' : 'report'} data-report-id={report.id}>
            <strong>{report.reason}</strong> from {report.reporter.name === undefined ? report.reporter.id : `${report.reporter.name} (${report.reporter.id})`} · {age(report.receivedAt, nowMs)} ago · {report.state}
            {(report.law !== null || report.explanation !== null) && (
              <dl>
                {report.law !== null && (
                  <>
                    <dt>Law</dt>
                    <dd>{report.law}</dd>
                  </>
                )}
                {report.explanation !== null && (
                  <>
                    <dt>Explanation</dt>
                    <dd>{report.explanation}</dd>
                  </>
                )}
                {report.reason === 'illegal' && (
                  <>
                    <dt>Good faith</dt>
                    <dd>{report.bonaFide ? 'stated' : 'not stated'}</dd>
                  </>
                )}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function DecisionLine({ decision }: { decision: Comment['decision'] }) {
  if (decision === null) return null;
  return (
    <ul class="reasons">
      {decision.reasons.map((reason) => (
        <li>
          <code>{reason.rule}</code>
          {reason.code !== undefined && ` (${reason.code})`}
          {reason.legality !== undefined && ` · found ${reason.legality}`}
          {reason.legalGround !== undefined && ` · ground: ${reason.legalGround}`}
          {reason.note !== undefined && ` · ${reason.note}`}
        </li>
      ))}
    </ul>
  );
}

function AppealBox({ item, appeal, moderator, nowMs }: { item: QueuedComment; appeal: Appeal; moderator: string; nowMs: number }) {
  return (
    <section class="appeal" aria-label={`Appeal on comment ${item.id}`}>
      <p>
        Appeal by the {appeal.role} <strong>{appeal.by.id}</strong>, {age(appeal.receivedAt, nowMs)} ago:
      </p>
      <blockquote class="reader-text">{appeal.explanation}</blockquote>
      <p>
        Against: <strong>{appeal.against.status}</strong> by {appeal.against.by} on <time dateTime={appeal.against.at}>{new Date(appeal.against.at).toLocaleString()}</time>
        {appeal.against.by === moderator && ' (your decision: another moderator decides this appeal)'}
      </p>
      <DecisionLine decision={item.decision} />
    </section>
  );
}

export function DsaQueueView({ moderator, queue }: { moderator: string; queue: DsaQueue }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [help, setHelp] = useState(false);
  const [note, setNote] = useState('');
  const [legality, setLegality] = useState<Legality | ''>('');
  const [legalGround, setLegalGround] = useState('');
  /** `r` on the reported queue, `v` on an approved appealed comment: a reason code is asked for. */
  const [askingCode, setAskingCode] = useState(false);
  const onKeyRef = useRef<(event: KeyboardEvent) => void>(() => undefined);
  /** Reported comments ticked for a bulk keep or remove (the API has no bulk appeal decision). */
  const { ticked, toggleTick, keepListed, clearTicks } = useTicks();
  const { items, selected, setSelected, loaded, load } = useQueueList<QueuedComment>(
    `/v1/review/comments?status=${queue}&limit=100`,
    (error) => setNotice({ kind: 'error', text: `Could not load the ${queue} queue: ${describe(error)}` }),
    keepListed,
  );
  const current = items[selected];

  // A finding belongs to one comment: it is cleared when another is selected.
  useEffect(() => {
    setLegality('');
    setLegalGround('');
    setAskingCode(false);
  }, [current?.id]);

  /** 409: someone else's decision or claim; 400: the fields the API names; 403 same_moderator: a second moderator must decide. */
  const failed = async (error: unknown, id: string) => {
    if (error instanceof ApiError && error.status === 409) setNotice({ kind: 'error', text: conflictText(error, id) });
    else if (error instanceof ApiError && error.status === 403 && error.details.reason === 'same_moderator') {
      setNotice({ kind: 'error', text: `You made the original decision on comment ${id}: another moderator must decide this appeal.` });
    } else if (error instanceof ApiError && error.status === 400) setNotice({ kind: 'error', text: `Not decided: ${error.message}` });
    else setNotice({ kind: 'error', text: describe(error) });
    await load();
  };
  const { history, setHistory, showHistory, claim, release } = useClaimsAndHistory(load, setNotice, failed);

  const extras = () => ({
    ...(note.trim() === '' ? {} : { note: note.trim() }),
  });

  /** Every ticked comment in one request; a removal of one with an open illegal report refuses them all (400). */
  const decideTicked = async (decision: 'keep' | 'remove', reasonCode?: ReasonCode) => {
    const chosen = items.filter((item) => ticked.has(item.id));
    const decisions = chosen.map((item) => ({ id: item.id, decision, version: item.version, ...(reasonCode === undefined ? {} : { reasonCode }), ...extras() }));
    try {
      const { results } = await api<{ results: { id: string; result: string; reason?: string }[] }>('POST', '/v1/review/report-decisions', { decisions });
      const done = results.filter((r) => r.result === 'done').length;
      const refused = results.filter((r) => r.result !== 'done');
      setNotice({
        kind: refused.length > 0 ? 'error' : 'info',
        text:
          `${decision === 'keep' ? 'Kept' : 'Removed'} ${done} of ${results.length}.` +
          (refused.length > 0 ? ` Not decided: ${refused.map((r) => `${r.id} (${r.reason ?? r.result})`).join(', ')}: someone else decided or claimed them, or they changed.` : ''),
      });
      clearTicks();
      setNote('');
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const named = [...new Set([...error.message.matchAll(/decisions\.(\d+)/g)].map((m) => chosen[Number(m[1])]?.id).filter((id) => id !== undefined))];
        setNotice({
          kind: 'error',
          text: `Nothing decided: ${error.message}` + (named.length > 0 ? ` (comment${named.length === 1 ? '' : 's'} ${named.join(', ')}: untick and decide with the legality finding in the row)` : ''),
        });
      } else setNotice({ kind: 'error', text: describe(error) });
    }
    await load();
  };

  const decideReport = async (decision: 'keep' | 'remove', reasonCode?: ReasonCode) => {
    setAskingCode(false);
    if (ticked.size > 0) return decideTicked(decision, reasonCode);
    if (current === undefined) return;
    const finding = { ...(legality === '' ? {} : { legality }), ...(legalGround.trim() === '' ? {} : { legalGround: legalGround.trim() }) };
    try {
      await api('POST', `/v1/review/comments/${current.id}/report-decision`, { decision, version: current.version, ...(reasonCode === undefined ? {} : { reasonCode }), ...finding, ...extras() });
      setNotice({ kind: 'info', text: decision === 'keep' ? `Kept comment ${current.id}: its reports are dismissed.` : `Removed comment ${current.id} (${reasonCode ?? 'other'}).` });
      setNote('');
      await load();
    } catch (error) {
      await failed(error, current.id);
    }
  };

  const decideAppeal = async (decision: 'uphold' | 'reverse', reasonCode?: ReasonCode) => {
    setAskingCode(false);
    if (current === undefined) return;
    try {
      const { comment } = await api<{ comment: Comment }>('POST', `/v1/review/comments/${current.id}/appeal-decision`, {
        decision,
        version: current.version,
        ...(reasonCode === undefined ? {} : { reasonCode }),
        ...extras(),
      });
      setNotice({ kind: 'info', text: `${decision === 'uphold' ? 'Upheld' : 'Reversed'} the decision on comment ${current.id}: it is ${comment.status}.` });
      setNote('');
      await load();
    } catch (error) {
      await failed(error, current.id);
    }
  };

  /** Reversing a rejection approves at once; reversing an approval removes the comment and needs a reason code. */
  const reverse = () => {
    if (current === undefined) return;
    if (current.status === 'rejected') void decideAppeal('reverse');
    else setAskingCode(true);
  };
  const pickCode = (index: number) => {
    const code = REASON_CODES[index];
    if (code === undefined) return;
    if (queue === 'reported') void decideReport('remove', code);
    else void decideAppeal('reverse', code);
  };

  onKeyRef.current = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (askingCode) {
      if (REASON_CODES[Number(event.key) - 1] !== undefined) pickCode(Number(event.key) - 1);
      else if (event.key === 'Escape') setAskingCode(false);
      event.preventDefault();
      return;
    }
    const reported = queue === 'reported';
    if (sharedQueueKey(event.key, { count: items.length, setSelected, currentId: current?.id, claim, showHistory, setHelp, setHistory })) {
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'a':
        if (!reported) return;
        void decideReport('keep');
        break;
      case 'r':
        if (!reported) return;
        if (current !== undefined || ticked.size > 0) setAskingCode(true);
        break;
      case 'x':
        if (!reported) return;
        if (current !== undefined) toggleTick(current.id);
        break;
      case 'u':
        if (reported) return;
        void decideAppeal('uphold');
        break;
      case 'v':
        if (reported) return;
        reverse();
        break;
      default:
        return;
    }
    event.preventDefault();
  };
  useWindowKeys(onKeyRef);

  const nowMs = Date.now();
  const label = queue === 'reported' ? 'Reported comments' : 'Appealed comments';
  const noun = queue === 'reported' ? 'reported comment' : 'appealed comment';

  return (
    <main class="queue">
      <div class="filters">
        <button type="button" onClick={() => void load()}>
          Refresh
        </button>
        <button type="button" onClick={() => setHelp(!help)} aria-expanded={help}>
          Keys (?)
        </button>
      </div>

      <NoticeLine notice={notice} />
      {askingCode && current !== undefined && (
        <ReasonPrompt
          verb={queue === 'reported' ? (ticked.size > 0 ? `Remove ${ticked.size} ticked comments` : `Remove comment ${current.id}`) : `Reverse: remove comment ${current.id}`}
          reasonCodes={REASON_CODES}
          onPick={pickCode}
          onCancel={() => setAskingCode(false)}
        >
          {queue === 'reported' && ticked.size === 0 && openIllegal(current) && (legality === '' || legalGround.trim() === '') && (
            <p>An illegal-content report is open: the removal needs the legality finding and its legal ground (in the comment&apos;s row).</p>
          )}
        </ReasonPrompt>
      )}
      {help && <KeysHelp keys={KEYS[queue]} />}

      <div class="columns">
        <section aria-label={label}>
          <QueueRows
            label={label}
            noun={noun}
            empty={`No ${noun}s.`}
            loaded={loaded}
            items={items}
            ticked={ticked.size}
            selected={selected}
            setSelected={setSelected}
            row={(item, index) => (
              <>
                <div class="meta">
                  {queue === 'reported' && <input type="checkbox" aria-label={`Tick comment ${item.id}`} checked={ticked.has(item.id)} onChange={() => toggleTick(item.id)} />}
                  <span>article {item.articleId}</span>
                  <span>{item.language ?? '?'}</span>
                  <span class="status">{item.status === 'reported' ? 'hidden by reports' : item.status}</span>
                  <span>
                    waiting {age(waitingSince(item, queue), nowMs)}
                  </span>
                  <ClaimStatus claim={item.claim} moderator={moderator} />
                </div>
                <HighlightedText comment={item} />
                {queue === 'appealed' && item.appeal !== null && <AppealBox item={item} appeal={item.appeal} moderator={moderator} nowMs={nowMs} />}
                <ReportList item={item} nowMs={nowMs} />
                {index === selected && (
                  <div class="actions">
                    <ClaimButton mine={item.claim?.moderator === moderator} onClaim={() => void claim(item.id)} onRelease={() => void release(item.id)} />
                    {queue === 'reported' ? (
                      <>
                        <button type="button" onClick={() => void decideReport('keep')}>
                          Keep (a)
                        </button>
                        <button type="button" onClick={() => setAskingCode(true)}>
                          Remove (r)
                        </button>
                      </>
                    ) : (
                      <>
                        <button type="button" onClick={() => void decideAppeal('uphold')}>
                          Uphold (u)
                        </button>
                        <button type="button" onClick={reverse}>
                          Reverse (v)
                        </button>
                      </>
                    )}
                    <label>
                      Note <input value={note} onInput={(e) => setNote((e.target as HTMLInputElement).value)} maxLength={2000} />
                    </label>
                    {queue === 'reported' && openIllegal(item) && (
                      <fieldset class="finding">
                        <legend>Legality finding (an illegal-content report is open)</legend>
                        <label>
                          <input type="radio" name={`legality-${item.id}`} value="illegal" checked={legality === 'illegal'} onChange={() => setLegality('illegal')} /> illegal
                        </label>
                        <label>
                          <input type="radio" name={`legality-${item.id}`} value="legal" checked={legality === 'legal'} onChange={() => setLegality('legal')} /> legal
                        </label>
                        <label>
                          Legal ground <input value={legalGround} onInput={(e) => setLegalGround((e.target as HTMLInputElement).value)} maxLength={500} />
                        </label>
                      </fieldset>
                    )}
                    <button type="button" onClick={() => void showHistory(item.id)}>
                      History (h)
                    </button>
                    <a href={`/v1/comments/${encodeURIComponent(item.id)}/dsa-export`} download={`dsa-export-${item.id}.json`}>
                      DSA export (JSON)
                    </a>
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
