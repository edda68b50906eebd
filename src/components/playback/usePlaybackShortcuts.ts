import { useEffect } from 'react';
import { useAppStore } from '../../state/store.ts';
import { SPEEDS } from '../../state/walkSlice.ts';
import { ownedByTarget, shortcutFor, type ShortcutAction } from './shortcuts.ts';

function run(action: ShortcutAction): void {
  const s = useAppStore.getState();
  switch (action.type) {
    case 'toggle-play':
      s.togglePlaying();
      return;
    case 'step':
      s.setPlaying(false);
      s.stepBy(action.delta);
      return;
    case 'restart':
      s.restart();
      return;
    case 'speed-by':
      s.speedBy(action.delta);
      return;
    case 'speed-to': {
      const speed = SPEEDS[action.index];
      if (speed !== undefined) s.setSpeed(speed);
      return;
    }
    case 'toggle-reply':
      s.setShowReply(!s.showReply);
      return;
    case 'toggle-follow':
      s.setFollowPacket(!s.followPacket);
      return;
    case 'help':
      s.setHelpOpen(!s.helpOpen);
      return;
    default:
      return exhaustive(action);
  }
}

function exhaustive(x: never): never {
  throw new Error(`unhandled shortcut ${JSON.stringify(x)}`);
}

/**
 * The playback shortcuts, on the whole window (mounted once, in App): Space, the arrows, Home/R, −/+, 1–4,
 * B, F and ?. Keys typed into the editor or a field, or meant for a focused control, are left alone; while
 * the help overlay is open it owns the keyboard (its own Escape closes it).
 */
export function usePlaybackShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Not `defaultPrevented`: React Flow prevents Space's default (its pan key) before this sees it.
      if (e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      if (ownedByTarget(e.key, target)) return;
      const action = shortcutFor(e);
      // Holding an arrow walks on; holding Space or a toggle must not flip it back and forth.
      if (action === null || (e.repeat && action.type !== 'step')) return;
      if (useAppStore.getState().helpOpen && action.type !== 'help') return;
      e.preventDefault();
      run(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
