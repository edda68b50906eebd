/** Diagnostic texts, keyed `diag.<code>`. Parameters are named in braces. */
export const diag = {
  'diag.PW001': 'YAML syntax error: {detail}',
  'diag.PW002':
    'This document should be a mapping of fields (apiVersion, kind, metadata, ...), but its top level is of type {found}; a Kubernetes object starts with apiVersion and kind',
  'diag.PW003':
    'This {kind} has no apiVersion, so packetwalk cannot tell which API it belongs to (for example apps/v1 or v1)',
  'diag.PW004':
    'This object has no kind, so packetwalk cannot tell what it is (for example Deployment or Service)',
  'diag.PW005': 'This {kind} has no metadata.name; every Kubernetes object needs a name',
  'diag.PW006': '{kind} "{name}": {path} has the wrong type: expected {expected}, found {found}',
  'diag.PW007':
    '{kind} "{name}" is defined twice; this later definition replaces the one at {firstFile}:{firstLine}',
  'diag.PW008': '{kind} "{name}" is kept but not simulated: it does not change how packets move here',
  'diag.PW009':
    'This file is {size} MB; packetwalk reads at most {limit} MB per file, so none of it was loaded. Split it into smaller files',
  'diag.PW010':
    'This file has more than {limit} documents; packetwalk read the first {limit} and skipped the rest from here',
  'diag.PW011':
    'YAML aliases in this file expand to too many values (as an "alias bomb" does); expanding them would take unbounded work, so this document was skipped',
  'diag.PW012': 'YAML warning: {detail}',
  'diag.PW013': 'items[{index}] of this List is of type {found}, not a Kubernetes object, so it was skipped',
  'diag.PW014':
    '{kind} with apiVersion "{apiVersion}" is an old or unknown version that packetwalk does not read as such; use {expected}',
  'diag.PW015':
    'ConfigMap "{name}": {key} could not be read ({detail}); the component it configures would not start, so defaults are used',
  'diag.PW016': '{kind} "{name}": {path} is {value}, which is not allowed; use one of: {allowed}',
  'diag.PW017': '{kind} "{name}": {path} is required but missing',
  'diag.PW018': '{kind} "{name}": {path} is {value}, which is not a valid value here: expected {format}',
  'diag.PW019': 'This document nests too deeply to be read safely, so it was skipped',
  'diag.PW020':
    'The alias *{alias} refers to no anchor &{alias} before it in this document (anchors must come first), so this document was skipped',
  'diag.PW021':
    'A merge key (<<) can only merge mappings, but this is of type {found}, so this document was skipped',
  'diag.PW022':
    'The key "{key}" appears twice in this mapping; YAML keys must be unique, so this document was skipped',
  'diag.PW023': '{count} more problems in this file are not shown; fix the ones above first',
} as const;
