/**
 * The playback bar on the canvas: play/pause, step back/forward, restart, speed, show reply, follow the
 * packet and the shortcuts overlay. Every button names its shortcut in its label and tooltip.
 */
import type { ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store.ts';
import { playablePosition, SPEEDS } from '../../state/walkSlice.ts';
import { useT } from '../../i18n/useT.ts';
import { Icon } from './icons.tsx';

export function PlaybackControls() {
  const t = useT();
  const playing = useAppStore((s) => s.playing);
  const speed = useAppStore((s) => s.speed);
  const showReply = useAppStore((s) => s.showReply);
  const followPacket = useAppStore((s) => s.followPacket);
  const helpOpen = useAppStore((s) => s.helpOpen);
  const { at, total } = useAppStore(useShallow(playablePosition));
  const actions = useAppStore.getState();
  const empty = total === 0;
  const stepBy = (delta: 1 | -1) => {
    actions.setPlaying(false);
    actions.stepBy(delta);
  };

  return (
    <div className="playback-bar" role="toolbar" aria-label={t('playback.bar')} data-testid="playback-bar">
      <BarButton
        id="restart"
        label={t('playback.restart')}
        disabled={empty}
        onClick={() => actions.restart()}
      >
        <Icon name="restart" />
      </BarButton>
      <BarButton
        id="step-back"
        label={t('playback.stepBack')}
        disabled={empty || at <= 0}
        onClick={() => stepBy(-1)}
      >
        <Icon name="back" />
      </BarButton>
      {playing ? (
        <BarButton
          id="pause"
          label={t('playback.pause')}
          kind="primary"
          onClick={() => actions.togglePlaying()}
        >
          <Icon name="pause" />
        </BarButton>
      ) : (
        <BarButton
          id="play"
          label={t('playback.play')}
          kind="primary"
          disabled={empty}
          onClick={() => actions.togglePlaying()}
        >
          <Icon name="play" />
        </BarButton>
      )}
      <BarButton
        id="step-forward"
        label={t('playback.stepForward')}
        disabled={empty || at >= total - 1}
        onClick={() => stepBy(1)}
      >
        <Icon name="forward" />
      </BarButton>
      <span className="playback-position" data-testid="playback-position">
        {empty ? '' : t('playback.position', { at: at + 1, total })}
      </span>
      <BarButton
        id="speed"
        label={t('playback.speed', { speed })}
        kind="speed"
        extra={{ 'data-speed': speed }}
        onClick={() => actions.setSpeed(SPEEDS[(SPEEDS.indexOf(speed) + 1) % SPEEDS.length] ?? 1)}
      >
        {t('playback.speedShort', { speed })}
      </BarButton>
      <BarButton
        id="show-reply"
        label={t('playback.showReply')}
        kind="toggle"
        extra={{ 'aria-pressed': showReply }}
        onClick={() => actions.setShowReply(!showReply)}
      >
        <Icon name="reply" />
      </BarButton>
      <BarButton
        id="follow"
        label={t('playback.follow')}
        kind="toggle"
        extra={{ 'aria-pressed': followPacket }}
        onClick={() => actions.setFollowPacket(!followPacket)}
      >
        <Icon name="follow" />
      </BarButton>
      <BarButton
        id="help"
        label={t('playback.help')}
        extra={{ 'aria-haspopup': 'dialog', 'aria-expanded': helpOpen }}
        onClick={() => actions.setHelpOpen(true)}
      >
        <span aria-hidden="true">?</span>
      </BarButton>
    </div>
  );
}

/** One button of the bar: its label is both the accessible name and the tooltip (it names the shortcut). */
function BarButton({
  id,
  label,
  kind,
  disabled = false,
  extra = {},
  onClick,
  children,
}: {
  id: string;
  label: string;
  kind?: 'primary' | 'speed' | 'toggle';
  disabled?: boolean;
  extra?: Readonly<Record<`aria-${string}` | `data-${string}`, string | number | boolean>>;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={kind === undefined ? 'playback-button' : `playback-button playback-${kind}`}
      data-testid={id}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
      {...extra}
    >
      {children}
    </button>
  );
}
