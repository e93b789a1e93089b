import type { Comment } from './types';

interface Segment {
  text: string;
  marked: boolean;
  title?: string;
}

/**
 * The comment split at the spans its reasons point to. Every part is rendered as a text node (JSX escapes it),
 * so markup in a comment shows as the characters it is.
 */
export function segments(comment: Comment): Segment[] {
  const spans = (comment.decision?.reasons ?? [])
    .flatMap((reason) => reason.spans ?? [])
    .filter((span) => span.begin >= 0 && span.end <= comment.text.length && span.begin < span.end)
    .sort((a, b) => a.begin - b.begin);
  const parts: Segment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const begin = Math.max(span.begin, at);
    if (begin > at) parts.push({ text: comment.text.slice(at, begin), marked: false });
    parts.push({ text: comment.text.slice(begin, span.end), marked: true, title: `${span.attribute} ${span.score.toFixed(2)} (${span.rule})` });
    at = span.end;
  }
  if (at < comment.text.length) parts.push({ text: comment.text.slice(at), marked: false });
  return parts;
}

export function HighlightedText({ comment }: { comment: Comment }) {
  return (
    <p class="comment-text">
      {segments(comment).map((part, i) =>
        part.marked ? (
          <mark key={i} title={part.title}>
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
