/** Diagnostic texts, keyed `diag.<code>`. Parameters are named in braces. */
export const diag = {
  'diag.PW001': 'YAML syntax error: {detail}',
  'diag.PW002': 'This document is not a mapping of fields (found {found}); a Kubernetes object starts with apiVersion and kind',
  'diag.PW003': '{kind} "{name}" has no apiVersion',
  'diag.PW004': 'This object has no kind, so packetwalk cannot tell what it is',
  'diag.PW005': '{kind} has no metadata.name',
  'diag.PW006': '{kind} "{name}": {path} {detail}',
  'diag.PW007': '{kind} "{name}" is defined twice; the later definition (first at {firstFile}:{firstLine}) wins',
  'diag.PW008': '{kind} is kept but not simulated: it does not change how packets move here',
  'diag.PW009': 'This file is {size} MB; packetwalk reads at most {limit} MB of manifests, so it was not loaded',
  'diag.PW010': 'This file has {count} documents; packetwalk reads the first {limit}',
  'diag.PW011': 'Too many YAML aliases (an "alias bomb"): expanding them would take unbounded work, so this document was skipped',
  'diag.PW012': 'YAML warning: {detail}',
  'diag.PW013': 'Item {index} of this List is not a Kubernetes object and was skipped',
  'diag.PW014': '{kind} with apiVersion "{apiVersion}" is not a version packetwalk reads; expected {expected}',
  'diag.PW015': 'ConfigMap "{name}": {key} could not be read: {detail}',
} as const;
