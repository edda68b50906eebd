#!/usr/bin/env node
/**
 * How long loadManifests takes on the inputs its limits (src/engine/manifest/limits.ts) exist for. Bundles the
 * loader with esbuild into a temporary directory, then times each case (best of a few runs after a warm-up
 * run, since the app's worker and a long CLI run are both warm; the cold first run is printed too).
 *
 *   node scripts/bench-load.mjs
 */
import { importEngineModule } from './build-cli.mjs';

const { loadManifests } = await importEngineModule('src/engine/manifest/load.ts');
const { MAX_FILE_CHARS, MAX_DOCUMENTS_PER_FILE } = await importEngineModule('src/engine/manifest/limits.ts');

function deployment(i) {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web-${i}
  labels: {app: web-${i}}
spec:
  replicas: 2
  selector:
    matchLabels: {app: web-${i}}
  template:
    metadata:
      labels: {app: web-${i}}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
`;
}

function service(i) {
  return `apiVersion: v1
kind: Service
metadata:
  name: web-${i}
spec:
  selector: {app: web-${i}}
  ports:
    - port: 80
      targetPort: 80
`;
}

/** Alternating Deployments and Services, `count` documents. */
function manifests(count) {
  const docs = [];
  for (let i = 0; i < count; i++) docs.push(i % 2 === 0 ? deployment(i) : service(i));
  return docs.join('---\n');
}

/** Typical manifests, as many as fit in `chars`. */
function manifestsUpTo(chars) {
  const docs = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const doc = `${i % 2 === 0 ? deployment(i) : service(i)}---\n`;
    if (size + doc.length > chars) break;
    docs.push(doc);
    size += doc.length;
  }
  return docs.join('');
}

function bigConfigMap(chars) {
  let text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n';
  for (let i = 0; text.length < chars - 40; i++) text += `  key-${i}: "value ${i}"\n`;
  return text;
}

function flowSequence(chars) {
  const n = Math.floor((chars - 10) / 4);
  return `x: [${'12, '.repeat(n)}1]\n`;
}

const bomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

/** A file at the size limit made of small alias bombs, each spending the alias budget again. */
function manyBombs(chars) {
  const docs = [];
  let size = 0;
  while (size + bomb.length + 4 < chars) {
    docs.push(bomb);
    size += bomb.length + 4;
  }
  return docs.join('---\n');
}

/** The smallest Services that still make sense: a name and a port. */
function minimalServices(count) {
  const docs = [];
  for (let i = 0; i < count; i++)
    docs.push(`apiVersion: v1\nkind: Service\nmetadata: {name: s${i}}\nspec: {ports: [{port: 80}]}\n`);
  return docs.join('---\n');
}

function tinyNodes(count) {
  const docs = [];
  for (let i = 0; i < count; i++) docs.push(`{apiVersion: v1, kind: Node, metadata: {name: n${i}}}\n`);
  return docs.join('---\n');
}

/** Split documents into files of at most `chars` characters each, as a person would to stay under the limit. */
function splitIntoFiles(text, chars) {
  const files = [];
  let current = '';
  for (const doc of text.split('---\n')) {
    if (current.length + doc.length + 4 > chars) {
      files.push(current);
      current = '';
    }
    current += `${doc}---\n`;
  }
  if (current !== '') files.push(current);
  return files.map((t, i) => ({ name: `bench-${i}.yaml`, text: t }));
}

function time(files, runs = 3) {
  let start = performance.now();
  const result = loadManifests(files);
  const cold = performance.now() - start;
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    start = performance.now();
    loadManifests(files);
    best = Math.min(best, performance.now() - start);
  }
  const codes = [...new Set(result.diagnostics.map((d) => d.code))].join(' ') || '-';
  return { cold, best, objects: result.objects.length, codes };
}

const one = (text) => [{ name: 'bench.yaml', text }];
const mb = (chars) => `${(chars / 1024 / 1024).toFixed(2)} MiB`;
const manyFiles = splitIntoFiles(manifests(MAX_DOCUMENTS_PER_FILE), MAX_FILE_CHARS);
const cases = [
  [`${MAX_DOCUMENTS_PER_FILE} Deployment/Service docs, ${manyFiles.length} files under the limit`, manyFiles],
  [`${MAX_DOCUMENTS_PER_FILE} minimal Services in one file`, one(minimalServices(MAX_DOCUMENTS_PER_FILE))],
  [`typical manifests at the size limit`, one(manifestsUpTo(MAX_FILE_CHARS))],
  [`one ConfigMap with one huge data mapping, at the limit`, one(bigConfigMap(MAX_FILE_CHARS))],
  [`one flow sequence on one line, at the limit (worst found)`, one(flowSequence(MAX_FILE_CHARS))],
  [`20 MiB paste (refused)`, one(manifestsUpTo(20 * 1024 * 1024))],
  [`one alias bomb (billion laughs)`, one(bomb)],
  [`alias bombs up to the size limit`, one(manyBombs(MAX_FILE_CHARS))],
  [
    `${MAX_DOCUMENTS_PER_FILE + 5000} tiny documents (over the cap)`,
    one(tinyNodes(MAX_DOCUMENTS_PER_FILE + 5000)),
  ],
];

console.log(`limits: ${mb(MAX_FILE_CHARS)} per file, ${MAX_DOCUMENTS_PER_FILE} documents per file\n`);
console.log(
  'case'.padEnd(64),
  'size'.padStart(10),
  'cold ms'.padStart(9),
  'warm ms'.padStart(9),
  ' objects  codes',
);
for (const [name, files] of cases) {
  const r = time(files);
  console.log(
    name.padEnd(64),
    mb(files.reduce((n, f) => n + f.text.length, 0)).padStart(10),
    r.cold.toFixed(0).padStart(9),
    r.best.toFixed(0).padStart(9),
    String(r.objects).padStart(8),
    ` ${r.codes}`,
  );
}
