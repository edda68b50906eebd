/**
 * ConfigMaps whose payload a later stage parses: kube-proxy's `config.conf` (YAML), flannel's
 * `net-conf.json` (JSON). If one is unreadable the component it configures would fail to start on a real
 * node; we say so where the key is written (PW015) and keep the ConfigMap, so later stages fall back to
 * their defaults. (CoreDNS's Corefile is read by the DNS stage, which reports its own findings.)
 */
import { isMap, isSeq, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { escapePointerToken, isJsonObject, typeName, type JsonObject } from './json.ts';
import { diagnostic, keyRange, type Locator, type Span } from './report.ts';
import { spanFor } from './issues.ts';

/** Why a payload cannot be read, or undefined when it can. */
type PayloadCheck = (text: string) => string | undefined;

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}

const checkYamlMapping: PayloadCheck = (text) => {
  // uniqueKeys off: yaml's duplicate check is quadratic, and this text is as large as the file allows.
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: false, prettyErrors: false });
  const error = doc.errors[0];
  if (error !== undefined) return firstLine(error.message);
  const contents = doc.contents;
  if (contents === null || isMap(contents)) return undefined;
  return `expected mapping, found ${isSeq(contents) ? 'list' : 'scalar'}`;
};

const checkJsonObject: PayloadCheck = (text) => {
  try {
    const value: unknown = JSON.parse(text);
    return isJsonObject(value) ? undefined : `expected mapping, found ${typeName(value)}`;
  } catch (error) {
    return error instanceof Error ? firstLine(error.message) : String(error);
  }
};

const PAYLOADS: Readonly<Record<string, { readonly key: string; readonly check: PayloadCheck }>> = {
  'kube-proxy': { key: 'config.conf', check: checkYamlMapping },
  'kube-flannel-cfg': { key: 'net-conf.json', check: checkJsonObject },
};

export function checkConfigMapPayload(
  name: string,
  data: JsonObject,
  spans: ReadonlyMap<string, Span>,
  at: Locator,
): Diagnostic[] {
  const payload = Object.hasOwn(PAYLOADS, name) ? PAYLOADS[name] : undefined;
  const entries = data['data'];
  if (payload === undefined || !isJsonObject(entries)) return [];
  const text = entries[payload.key];
  if (typeof text !== 'string') return [];
  const detail = payload.check(text);
  if (detail === undefined) return [];
  const [start, end] = keyRange(spanFor(spans, `/data/${escapePointerToken(payload.key)}`));
  return [diagnostic('PW015', at, start, end, { name, key: payload.key, detail })];
}
