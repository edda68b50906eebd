/**
 * One node view's text, line by line, with the lines the walk used highlighted: each carries a mark naming
 * the steps that used it (a button that shows that step in the walk), the step on show is marked more
 * strongly and kept in view, and a control goes from one used line to the next.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import type { NodeView } from '../../engine/index.ts';
import { nextMatchedLine, type LineMatch } from './walkMatches.ts';
import type { StepRef } from '../../state/walkSlice.ts';
import { stepLabel } from './stepLabel.ts';

export interface WalkOnNode {
  /** There is a walk on show at all. */
  readonly hasWalk: boolean;
  readonly passesNode: boolean;
  readonly matches: readonly LineMatch[];
}

interface Props {
  readonly node: string;
  readonly view: NodeView;
  readonly filter: string;
  readonly walk: WalkOnNode;
  /** Ids for the tab/tabpanel pairing. */
  readonly panelId: string;
  readonly tabId: string;
}

const NO_MATCHES: ReadonlyMap<number, LineMatch> = new Map();

function sameStep(a: StepRef, b: StepRef): boolean {
  return a.leg === b.leg && a.index === b.index;
}

/** Put a line a third of the way down the scroller, unless it is already fully in view. */
function scrollLineIntoView(scroller: HTMLElement, line: HTMLElement, always: boolean): void {
  const top = line.offsetTop;
  const visible =
    top >= scroller.scrollTop && top + line.offsetHeight <= scroller.scrollTop + scroller.clientHeight;
  if (always || !visible) scroller.scrollTop = Math.max(0, top - scroller.clientHeight / 3);
}

export function NodeViewBody({ node, view, filter, walk, panelId, tabId }: Props) {
  const t = useT();
  const current = useAppStore((s) => s.step);
  const showStep = useAppStore((s) => s.showStep);
  const scroller = useRef<HTMLPreElement>(null);
  const [cursor, setCursor] = useState(-1);

  const needle = filter.trim().toLowerCase();
  const shown = useMemo(() => {
    const indices: number[] = [];
    view.lines.forEach((l, i) => {
      if (needle === '' || l.text.toLowerCase().includes(needle)) indices.push(i);
    });
    return indices;
  }, [view, needle]);
  const shownSet = useMemo(() => new Set(shown), [shown]);
  const byLine = useMemo(
    () => (walk.matches.length === 0 ? NO_MATCHES : new Map(walk.matches.map((m) => [m.line, m]))),
    [walk.matches],
  );
  const shownMatches = walk.matches.filter((m) => shownSet.has(m.line));
  const currentLine = walk.matches.find((m) => m.steps.some((s) => sameStep(s, current)))?.line;

  const lineElement = (line: number) =>
    scroller.current?.querySelector<HTMLElement>(`[data-line="${line}"]`) ?? null;

  // Opening a view (or another node's) with matches: bring the first used line into view.
  const scrolledFor = useRef('');
  const firstShown = shownMatches[0]?.line;
  useEffect(() => {
    const key = `${node}/${view.kind}`;
    if (scrolledFor.current === key || firstShown === undefined) return;
    scrolledFor.current = key;
    setCursor(-1);
    const pre = scroller.current;
    const el = lineElement(currentLine !== undefined && shownSet.has(currentLine) ? currentLine : firstShown);
    if (pre && el) scrollLineIntoView(pre, el, true);
    // Only when the node or view changes, or when matches first arrive for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [node, view.kind, firstShown]);

  // Follow the walk: when the step on show used a line of this view, keep that line in view.
  useEffect(() => {
    if (currentLine === undefined) return;
    const pre = scroller.current;
    const el = lineElement(currentLine);
    if (pre && el) scrollLineIntoView(pre, el, false);
  }, [currentLine]);

  const next = nextMatchedLine(walk.matches, shownSet, cursor);
  const goToNext = () => {
    if (next === undefined) return;
    setCursor(next);
    const pre = scroller.current;
    const el = lineElement(next);
    if (!pre || !el) return;
    scrollLineIntoView(pre, el, true);
    el.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
  };
  const nextAt = next === undefined ? 0 : shownMatches.findIndex((m) => m.line === next) + 1;

  // Plain lines do not change while the walk plays: build them once per view and filter (thousands of
  // lines on a big cluster), and only the marked ones with the step on show.
  const plain = useMemo(
    () =>
      new Map(
        shown.map((i) => [
          i,
          <span key={i} className="node-view-line" data-line={i}>
            {view.lines[i]?.text ?? ''}
          </span>,
        ]),
      ),
    [view, shown],
  );

  const lines = shown.map((i) => {
    const text = view.lines[i]?.text ?? '';
    const match = byLine.get(i);
    if (match === undefined) return plain.get(i);
    const long = match.steps.map((s) => {
      const l = stepLabel(s, 'long');
      return t(l.key, l.params);
    });
    const here = match.steps.findIndex((s) => sameStep(s, current));
    // The mark names the step on show when it used the line, else the first; "+n" counts the others.
    const shownStep = match.steps[Math.max(here, 0)];
    const markLabel = shownStep === undefined ? undefined : stepLabel(shownStep, 'mark');
    const mark =
      (markLabel === undefined ? '' : t(markLabel.key, markLabel.params)) +
      (match.steps.length > 1 ? ` +${match.steps.length - 1}` : '');
    // Clicking again goes on to the next step that used the line (a rule the request and the reply share).
    const next = (here + 1) % match.steps.length;
    const target = match.steps[next];
    const targetLabel = long[next] ?? '';
    const matchedBy = t('nodePanel.matchedBy', { steps: long.join(', ') });
    return (
      <span
        key={i}
        className={`node-view-line node-view-line-matched${here >= 0 ? ' node-view-line-current' : ''}`}
        data-line={i}
        data-walk-matched="true"
        data-walk-current={here >= 0 ? 'true' : undefined}
        title={matchedBy}
      >
        <button
          type="button"
          className="node-view-mark"
          aria-label={`${t('nodePanel.showStep', { step: targetLabel })}. ${matchedBy}`}
          onClick={() => {
            if (target !== undefined) showStep(target.leg, target.index);
          }}
        >
          {mark}
        </button>
        {text}
      </span>
    );
  });

  let walkNote: string | null = null;
  if (walk.hasWalk) {
    if (!walk.passesNode) walkNote = t('nodePanel.walkNotHere', { name: node });
    else if (walk.matches.length === 0) walkNote = t('nodePanel.walkNoMatchesHere');
    else if (shownMatches.length === 0) walkNote = t('nodePanel.walkMatchesFiltered');
    else walkNote = t('nodePanel.walkMatches', { count: walk.matches.length });
  }

  return (
    <>
      <div className="node-view-meta">
        <span>{t('nodePanel.lines', { shown: shown.length, total: view.lines.length })}</span>
        {walkNote !== null && (
          <span className="node-view-walk-note" data-testid="node-view-walk-note">
            {walkNote}
          </span>
        )}
        {shownMatches.length > 0 && (
          <button
            type="button"
            className="button node-view-next"
            data-testid="node-view-next-match"
            title={t('nodePanel.nextMatchHint', { at: nextAt, count: shownMatches.length })}
            onClick={goToNext}
          >
            {t('nodePanel.nextMatch')} ↓{' '}
            <span className="node-view-next-count">
              {cursor < 0
                ? shownMatches.length
                : `${shownMatches.findIndex((m) => m.line === cursor) + 1}/${shownMatches.length}`}
            </span>
          </button>
        )}
      </div>
      <pre
        ref={scroller}
        id={panelId}
        role="tabpanel"
        aria-labelledby={tabId}
        className={`node-view-text${walk.matches.length > 0 ? ' node-view-has-matches' : ''}`}
        data-testid="node-view-text"
        tabIndex={0}
      >
        {lines}
      </pre>
    </>
  );
}
