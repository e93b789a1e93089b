import type { Comment } from '../domain';

/** Moderators' reason codes: a closed list, so that reports and statements of reasons can rely on it. */
export const REASON_CODES = ['insult', 'hate', 'threat', 'spam', 'off_topic', 'personal_data', 'other'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

const GROUNDS: Record<ReasonCode, string> = {
  insult: 'insulting or abusive content (community guidelines)',
  hate: 'hateful content targeting a protected group (community guidelines; possibly illegal)',
  threat: 'threat of violence (community guidelines; possibly illegal)',
  spam: 'spam or commercial content (community guidelines)',
  off_topic: 'off-topic content (community guidelines)',
  personal_data: "disclosure of personal data (community guidelines; data protection)",
  other: 'incompatible with the community guidelines',
};

/**
 * The facts a statement of reasons under the EU Digital Services Act (Art. 17) needs for a rejected comment:
 * what was decided, on which ground, with which facts, whether it was automated, and how to seek redress.
 */
export interface StatementOfReasons {
  restriction: 'removal';
  decidedAt: string;
  automated: boolean;
  decidedBy: 'automated' | 'moderator';
  ground: string;
  reasonCode: ReasonCode | null;
  facts: string[];
  redress: string;
}

export function statementOfReasons(comment: Comment): StatementOfReasons | null {
  const decision = comment.decision;
  if (comment.status !== 'rejected' || decision === null) return null;
  const automated = decision.by === 'auto';
  const code = (decision.reasons.find((r) => r.code !== undefined)?.code ?? null) as ReasonCode | null;
  const facts = decision.reasons.map((r) => {
    if (r.rule.startsWith('threshold.')) return `${r.attribute} scored ${r.score?.toFixed(2)} by ${r.scorer} (threshold ${r.threshold})`;
    if (r.rule.startsWith('word_list.')) return `contains a blocked term (${r.note ?? 'word list'})`;
    if (r.rule === 'report.removed') {
      const finding = r.legality === undefined ? '' : `; found ${r.legality}${r.legalGround === undefined ? '' : ` under ${r.legalGround}`}`;
      return `removed on readers' notices (DSA Art. 16)${finding}${r.note === undefined ? '' : `: ${r.note}`}`;
    }
    if (r.rule === 'appeal.reversed') return `decided on appeal (DSA Art. 20)${r.note === undefined ? '' : `: ${r.note}`}`;
    return r.note === undefined ? r.rule : `${r.rule}: ${r.note}`;
  });
  // A notice of illegal content found illegal: the legal ground is the ground (DSA Art. 17(3)(d)).
  const finding = decision.reasons.find((r) => r.legality === 'illegal' && r.legalGround !== undefined);
  return {
    restriction: 'removal',
    decidedAt: decision.at,
    automated,
    decidedBy: automated ? 'automated' : 'moderator',
    ground: finding !== undefined ? `illegal content: ${finding.legalGround}` : code === null ? (automated ? 'automated detection of insulting or toxic content (community guidelines)' : GROUNDS.other) : GROUNDS[code],
    reasonCode: code,
    facts,
    redress: 'The author may appeal through the site within six months of the decision (internal complaint, DSA Art. 20); another moderator reviews it. Out-of-court dispute settlement (Art. 21) and the courts remain open.',
  };
}
