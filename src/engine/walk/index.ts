/** The walker: `trace` and what reads its result (text and JSON forms, request parsing for the CLI). */
export { trace, traceInSession, type SessionTrace } from './trace.ts';
export { traceSession } from './session.ts';
export { emptySessionState, type NodeSessionState, type WalkSessionState } from './sessionState.ts';
export { parseSource, parseTarget } from './request.ts';
export { formatTraceText, packetText } from './text.ts';
export { traceJson } from './json.ts';
export type * from './types.ts';
