/**
 * What decided a step: the jump path (KUBE-SERVICES → KUBE-SVC-… → KUBE-SEP-…) and, for netfilter and
 * nftables, the deciding rule among its neighbours in its chain, the rule that decided highlighted.
 */
import type { Decider } from '../../engine/index.ts';
import { useT } from '../../i18n/useT.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';

export function RuleContext({ decider }: { decider: Decider }) {
  const t = useT();
  const ctx = decider.context;
  const decided = ctx?.lines.some((l) => l.role === 'decided') ?? false;
  return (
    <div className="step-decider" data-testid="step-decider">
      <h4>{t('walkUi.decider')}</h4>
      {decider.path && decider.path.length > 1 && (
        <p className="step-path" data-testid="decider-path">
          <span className="visually-hidden">{t('inspector.path')}: </span>
          {decider.path.map((chain, i) => (
            <span key={`${chain}-${i}`} className="step-path-chain">
              {i > 0 && <span aria-hidden="true"> → </span>}
              <GlossaryText text={chain} />
            </span>
          ))}
        </p>
      )}
      {ctx === undefined ? (
        <code className="step-rule" data-testid="decider-rule">
          {decider.text}
        </code>
      ) : (
        <div className="rule-context" data-testid="rule-context" data-chain={ctx.chain}>
          <p className="rule-context-chain">
            {ctx.policy === undefined
              ? t('inspector.chain', { chain: ctx.chain })
              : t('inspector.chainPolicy', { chain: ctx.chain, policy: ctx.policy })}
          </p>
          {ctx.omittedBefore > 0 && (
            <p className="rule-context-omitted">
              {t('inspector.omittedBefore', { count: ctx.omittedBefore })}
            </p>
          )}
          <ol className="rule-context-lines">
            {ctx.lines.map((line) => (
              <li
                key={line.ref}
                value={line.position}
                className={`rule-line rule-${line.role}`}
                data-role={line.role}
                data-testid={line.role === 'decided' ? 'decider-rule' : undefined}
                aria-current={line.role === 'decided' ? 'true' : undefined}
              >
                <code>{line.text}</code>
                {line.role !== 'context' && (
                  <span className="rule-role">{t(`inspector.role.${line.role}`)}</span>
                )}
              </li>
            ))}
          </ol>
          {ctx.omittedAfter > 0 && (
            <p className="rule-context-omitted">{t('inspector.omittedAfter', { count: ctx.omittedAfter })}</p>
          )}
          {!decided && ctx.policy !== undefined && (
            <p className="rule-context-policy">{t('inspector.policyApplied', { policy: ctx.policy })}</p>
          )}
        </div>
      )}
    </div>
  );
}
