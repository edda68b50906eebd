import { useEffect } from 'react';
import { useAppStore } from '../state/store.ts';
import { Toolbar } from './Toolbar.tsx';
import { EditorPanel } from './editor/EditorPanel.tsx';
import { ClusterCanvas } from './canvas/ClusterCanvas.tsx';
import { SidePanel } from './panel/SidePanel.tsx';
import { EngineBanner } from './EngineBanner.tsx';
import { NodePanel } from './nodes/NodePanel.tsx';
import { HelpOverlay } from './playback/HelpOverlay.tsx';
import { StepAnnouncer } from './playback/StepAnnouncer.tsx';
import { PlaybackRuntime } from './playback/PlaybackRuntime.tsx';

export function App() {
  const theme = useAppStore((s) => s.theme);
  const locale = useAppStore((s) => s.locale);
  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <div className="app">
      <Toolbar />
      <EngineBanner />
      <main className="workspace">
        <EditorPanel />
        <ClusterCanvas />
        <SidePanel />
        <NodePanel />
      </main>
      <PlaybackRuntime />
      <StepAnnouncer />
      <HelpOverlay />
    </div>
  );
}
