import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildEditorSchema } from './index.ts';
import { createYamlLanguageService } from './languageService.harness.ts';
import { documentsOf, ownFixtures, realWorldManifests, type ManifestFile } from './manifests.harness.ts';

function compile() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  for (const keyword of ['markdownDescription', 'patternErrorMessage', 'doNotSuggest'])
    ajv.addKeyword(keyword);
  return ajv.compile(buildEditorSchema('en'));
}

/** Every document that fails, as `file#index: <path> <message>` lines; empty when all pass. */
function failures(files: readonly ManifestFile[]): { checked: number; failed: string[] } {
  const validate = compile();
  let checked = 0;
  const failed: string[] = [];
  for (const file of files) {
    documentsOf(file).forEach((doc, index) => {
      checked += 1;
      if (!validate(doc)) {
        for (const e of validate.errors ?? [])
          failed.push(`${file.name}#${index}: ${e.instancePath} ${e.message}`);
      }
    });
  }
  return { checked, failed };
}

const own = ownFixtures();
const realWorld = realWorldManifests();

describe('valid manifests pass', () => {
  it("our own fixtures (a kubeadm dump, a hand-written app, other projects' kinds) validate with ajv", () => {
    const { checked, failed } = failures(own);
    expect(failed).toEqual([]);
    // Guards against passing on nothing: 8 + 1 (a List) + 24 documents.
    expect(own.map((f) => f.name)).toEqual([
      'foreign-kinds.yaml',
      'kubeadm-flannel-dump.yaml',
      'shop-app.yaml',
    ]);
    expect(checked).toBe(33);
  });

  it('every List item of the kubeadm dump validates too', () => {
    const dump = own.find((f) => f.name === 'kubeadm-flannel-dump.yaml');
    const [list] = dump ? documentsOf(dump) : [];
    const items = (list as { items?: unknown[] } | undefined)?.items ?? [];
    expect(items.length).toBe(11);
    const validate = compile();
    expect(items.filter((item) => !validate(item))).toEqual([]);
  });

  it.skipIf(realWorld.length === 0)(
    'the real-world manifests in ../shared/realworld validate with ajv',
    () => {
      const { checked, failed } = failures(realWorld);
      expect(failed).toEqual([]);
      // online-boutique (12 Deployments, 12 Services, ServiceAccounts, 13 NetworkPolicies) and guestbook.
      expect(checked).toBeGreaterThanOrEqual(50);
    },
  );

  it('the editor itself (yaml-language-server) shows no marker on any of them', async () => {
    const service = await createYamlLanguageService(buildEditorSchema('en'));
    const markers: string[] = [];
    for (const file of [...own, ...realWorld]) {
      for (const d of await service.validate(file.text)) {
        markers.push(`${file.name}:${d.range.start.line + 1}: ${d.message}`);
      }
    }
    expect(markers).toEqual([]);
  });
});
