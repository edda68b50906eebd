// monaco-yaml's language service (yaml-language-server) as a Vite-bundled worker: no CDN, works offline.
import 'monaco-yaml/yaml.worker.js';
