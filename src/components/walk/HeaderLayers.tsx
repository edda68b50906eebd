/** The packet after a step, layer by layer from the outside in, the fields this step rewrote highlighted. */
import type { PacketField, PacketState } from '../../engine/index.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { headerLayers } from './inspectorModel.ts';

export function HeaderLayers({ packet, changed }: { packet: PacketState; changed: readonly PacketField[] }) {
  const t = useT();
  const layers = headerLayers(packet, changed);
  return (
    <div className="headers" data-testid="step-headers" role="group" aria-label={t('inspector.headers')}>
      {layers.map((layer) => (
        <section
          key={layer.id}
          className={`header-layer header-${layer.id}`}
          data-testid={`layer-${layer.id}`}
          data-layer={layer.id}
        >
          <h4>{t(layer.title, layer.params)}</h4>
          <dl>
            {layer.fields.map((f) => (
              <div
                key={f.name}
                className={f.changed ? 'header-field header-changed' : 'header-field'}
                data-field={f.name}
                data-changed={f.changed ? 'true' : 'false'}
              >
                <dt>{t(`inspector.field.${f.name}` as MessageKey)}</dt>
                <dd>
                  {f.value}
                  {f.changed && <span className="visually-hidden"> {t('inspector.changed')}</span>}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
