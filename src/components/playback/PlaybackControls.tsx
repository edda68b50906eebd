/**
 * The playback bar on the canvas: play/pause, step back/forward, restart, speed, show reply, follow the
 * packet and the shortcuts overlay. Every button names its shortcut in its label and tooltip.
 */
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
  const at = useAppStore((s) => playablePosition(s).at);
  const total = useAppStore((s) => playablePosition(s).total);
  const actions = useAppStore.getState();
  const empty = total === 0;
  const stepBy = (delta: 1 | -1) => {
    actions.setPlaying(false);
    actions.stepBy(delta);
  };

  return (
    <div className="playback-bar" role="toolbar" aria-label={t('playback.bar')} data-testid="playback-bar">
      <button
        type="button"
        className="playback-button"
        data-testid="restart"
        aria-label={t('playback.restart')}
        title={t('playback.restart')}
        disabled={empty}
        onClick={() => actions.restart()}
      >
        <Icon name="restart" />
      </button>
      <button
        type="button"
        className="playback-button"
        data-testid="step-back"
        aria-label={t('playback.stepBack')}
        title={t('playback.stepBack')}
        disabled={empty || at <= 0}
        onClick={() => stepBy(-1)}
      >
        <Icon name="back" />
      </button>
      {playing ? (
        <button
          type="button"
          className="playback-button playback-primary"
          data-testid="pause"
          aria-label={t('playback.pause')}
          title={t('playback.pause')}
          onClick={() => actions.togglePlaying()}
        >
          <Icon name="pause" />
        </button>
      ) : (
        <button
          type="button"
          className="playback-button playback-primary"
          data-testid="play"
          aria-label={t('playback.play')}
          title={t('playback.play')}
          disabled={empty}
          onClick={() => actions.togglePlaying()}
        >
          <Icon name="play" />
        </button>
      )}
      <button
        type="button"
        className="playback-button"
        data-testid="step-forward"
        aria-label={t('playback.stepForward')}
        title={t('playback.stepForward')}
        disabled={empty || at >= total - 1}
        onClick={() => stepBy(1)}
      >
        <Icon name="forward" />
      </button>
      <span className="playback-position" data-testid="playback-position">
        {empty ? '' : t('playback.position', { at: at + 1, total })}
      </span>
      <button
        type="button"
        className="playback-button playback-speed"
        data-testid="speed"
        data-speed={speed}
        aria-label={t('playback.speed', { speed })}
        title={t('playback.speed', { speed })}
        onClick={() => actions.setSpeed(SPEEDS[(SPEEDS.indexOf(speed) + 1) % SPEEDS.length] ?? 1)}
      >
        {t('playback.speedShort', { speed })}
      </button>
      <button
        type="button"
        className="playback-button playback-toggle"
        data-testid="show-reply"
        aria-pressed={showReply}
        aria-label={t('playback.showReply')}
        title={t('playback.showReply')}
        onClick={() => actions.setShowReply(!showReply)}
      >
        <Icon name="reply" />
      </button>
      <button
        type="button"
        className="playback-button playback-toggle"
        data-testid="follow"
        aria-pressed={followPacket}
        aria-label={t('playback.follow')}
        title={t('playback.follow')}
        onClick={() => actions.setFollowPacket(!followPacket)}
      >
        <Icon name="follow" />
      </button>
      <button
        type="button"
        className="playback-button"
        data-testid="help"
        aria-haspopup="dialog"
        aria-expanded={helpOpen}
        aria-label={t('playback.help')}
        title={t('playback.help')}
        onClick={() => actions.setHelpOpen(true)}
      >
        <span aria-hidden="true">?</span>
      </button>
    </div>
  );
}
