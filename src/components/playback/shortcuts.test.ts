import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('playback shortcuts', () => {
  it.each([
    [' ', { type: 'toggle-play' }],
    ['ArrowRight', { type: 'step', delta: 1 }],
    ['ArrowDown', { type: 'step', delta: 1 }],
    ['ArrowLeft', { type: 'step', delta: -1 }],
    ['ArrowUp', { type: 'step', delta: -1 }],
    ['Home', { type: 'restart' }],
    ['r', { type: 'restart' }],
    ['-', { type: 'speed-by', delta: -1 }],
    ['+', { type: 'speed-by', delta: 1 }],
    ['=', { type: 'speed-by', delta: 1 }],
    ['3', { type: 'speed-to', index: 2 }],
    ['b', { type: 'toggle-reply' }],
    ['f', { type: 'toggle-follow' }],
    ['?', { type: 'help' }],
  ] as const)('%j means %j', (k, action) => {
    expect(key(k)).toEqual(action);
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(key('x')).toBeNull();
    expect(key('5')).toBeNull();
    expect(key('r', { ctrlKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
    expect(key('f', { metaKey: true })).toBeNull();
  });
});
