/** The playback bar's icons: inline SVG, so they render the same with any font; decorative (aria-hidden). */
const PATHS = {
  restart: 'M6 5h2v14H6zM20 5v14L9 12z',
  back: 'M18 5v14L7 12z',
  play: 'M7 5v14l12-7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  forward: 'M6 5v14l11-7zM17 5h2v14h-2z',
  reply: 'M4 8h12l-3-3 1.4-1.4L20 9l-5.6 5.4L13 13l3-3H4zM20 16H8l3 3-1.4 1.4L4 15l5.6-5.4L11 11l-3 3h12z',
  follow:
    'M11 2h2v3.1A7 7 0 0 1 18.9 11H22v2h-3.1A7 7 0 0 1 13 18.9V22h-2v-3.1A7 7 0 0 1 5.1 13H2v-2h3.1A7 7 0 0 1 11 5.1zm1 5a5 5 0 1 0 0 10 5 5 0 0 0 0-10zm0 3a2 2 0 1 1 0 4 2 2 0 0 1 0-4z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className="playback-icon"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
