import { useId } from 'react';
import type { Template, TemplateItem } from '../../../shared/template/templateSchema';
import { PreviewPage } from '../../preview';
import { LogoField } from './LogoField';
import { labelNames, PAGE_NUMBER_STYLES } from './templateEdits';
import { useTemplatePreview } from './useTemplatePreview';

interface Props {
  template: Template;
  onChange(template: Template): void;
}

const LABELS = labelNames();

/** Every field of an own template, with page 1 of an example protokoll printed beside them. */
export function TemplateEditor({ template: t, onChange }: Props) {
  const id = useId();
  const preview = useTemplatePreview(t);
  const set = (patch: Partial<Template>) => onChange({ ...t, ...patch });
  const setItem = (i: number, patch: Partial<TemplateItem>) =>
    set({ items: t.items.map((item, j) => (j === i ? { ...item, ...patch } : item)) });
  const branding = t.branding ?? { organisation: '' };

  const pageStyle = PAGE_NUMBER_STYLES.some((s) => s.value === t.labels.pageNumber)
    ? t.labels.pageNumber
    : '';

  return (
    <div className="template-editor">
      <div className="template-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>Mallens namn</label>
          <input
            id={`${id}-name`}
            data-template-name
            value={t.name}
            maxLength={200}
            onChange={(e) => set({ name: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>Beskrivning</label>
          <input
            id={`${id}-description`}
            value={t.description}
            maxLength={500}
            onChange={(e) => set({ description: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-organisation`}>Organisationens namn (i sidhuvudet)</label>
          <input
            id={`${id}-organisation`}
            value={branding.organisation}
            maxLength={200}
            onChange={(e) => set({ branding: { ...branding, organisation: e.target.value } })}
          />
        </div>
        <LogoField branding={branding} onChange={(b) => set({ branding: b })} />
        <div className="field">
          <label htmlFor={`${id}-numbering`}>Numrering av paragrafer</label>
          <select
            id={`${id}-numbering`}
            value={t.numbering.style}
            onChange={(e) =>
              set({
                numbering: { ...t.numbering, style: e.target.value as 'paragraph' | 'plain' },
              })
            }
          >
            <option value="paragraph">§ 1, § 2 …</option>
            <option value="plain">1., 2. …</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-page-style`}>Sidnumrering</label>
          <select
            id={`${id}-page-style`}
            value={pageStyle}
            onChange={(e) =>
              e.target.value && set({ labels: { ...t.labels, pageNumber: e.target.value } })
            }
          >
            {PAGE_NUMBER_STYLES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
            <option value="">Egen text</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-page-text`}>
            Sidnummertext ({'{page}'} = sidan, {'{pages}'} = antal sidor)
          </label>
          <input
            id={`${id}-page-text`}
            value={t.labels.pageNumber}
            maxLength={300}
            onChange={(e) => set({ labels: { ...t.labels, pageNumber: e.target.value } })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-signatures`}>Underskrifter</label>
          <select
            id={`${id}-signatures`}
            value={t.layout.signaturePlacement}
            onChange={(e) =>
              set({
                layout: {
                  ...t.layout,
                  signaturePlacement: e.target.value as 'first-page' | 'last-page',
                },
              })
            }
          >
            <option value="first-page">På första sidan</option>
            <option value="last-page">På en egen signatursida sist</option>
          </select>
        </div>
        <div className="settings-check">
          <input
            id={`${id}-title-block`}
            type="checkbox"
            checked={t.layout.firstPageHeaderDifferent}
            onChange={(e) =>
              set({ layout: { ...t.layout, firstPageHeaderDifferent: e.target.checked } })
            }
          />
          <label htmlFor={`${id}-title-block`}>Titelblock på första sidan</label>
        </div>
        <fieldset>
          <legend>Närvarogrupper</legend>
          {t.attendanceGroups.map((g, i) => (
            <div className="field" key={g.id}>
              <label htmlFor={`${id}-group-${i}`}>Grupp {i + 1}</label>
              <input
                id={`${id}-group-${i}`}
                value={g.label}
                maxLength={200}
                onChange={(e) =>
                  set({
                    attendanceGroups: t.attendanceGroups.map((x, j) =>
                      j === i ? { ...x, label: e.target.value } : x,
                    ),
                  })
                }
              />
            </div>
          ))}
        </fieldset>
        <details className="template-labels">
          <summary>Ord i protokollet ({LABELS.length})</summary>
          {LABELS.map(([key, name]) => (
            <div className="field" key={key}>
              <label htmlFor={`${id}-label-${key}`}>{name}</label>
              <input
                id={`${id}-label-${key}`}
                value={t.labels[key]}
                maxLength={300}
                onChange={(e) => set({ labels: { ...t.labels, [key]: e.target.value } })}
              />
            </div>
          ))}
        </details>
        <fieldset>
          <legend>Standardpunkter</legend>
          {t.items.map((item, i) => (
            <div className="template-item" key={`${item.key}-${i}`}>
              <label htmlFor={`${id}-item-${i}-title`}>Punkt {i + 1}: rubrik</label>
              <input
                id={`${id}-item-${i}-title`}
                value={item.title}
                maxLength={500}
                onChange={(e) => setItem(i, { title: e.target.value })}
              />
              <label htmlFor={`${id}-item-${i}-body`}>Punkt {i + 1}: text</label>
              <textarea
                id={`${id}-item-${i}-body`}
                value={item.body}
                maxLength={10_000}
                rows={2}
                onChange={(e) => setItem(i, { body: e.target.value })}
              />
              <div className="settings-check">
                <input
                  id={`${id}-item-${i}-default`}
                  type="checkbox"
                  checked={item.includeByDefault}
                  onChange={(e) => setItem(i, { includeByDefault: e.target.checked })}
                />
                <label htmlFor={`${id}-item-${i}-default`}>Med i nya protokoll</label>
                <button
                  type="button"
                  onClick={() => set({ items: t.items.filter((_, j) => j !== i) })}
                >
                  Ta bort punkt {i + 1}
                </button>
              </div>
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              set({
                items: [
                  ...t.items,
                  {
                    key: `punkt-${Date.now().toString(36)}`,
                    title: 'Ny punkt',
                    kind: 'beslut',
                    body: '',
                    position: 'other',
                    includeByDefault: true,
                  },
                ],
              })
            }
          >
            Lägg till punkt
          </button>
        </fieldset>
      </div>
      <section className="template-preview" aria-label="Förhandsvisning av första sidan">
        {preview.pdf ? (
          <PreviewPage pdf={preview.pdf} pageNumber={1} pageCount={null} width={320} />
        ) : (
          <p className="hint">Förhandsvisningen skapas …</p>
        )}
        {preview.error && (
          <p className="error" role="alert">
            {preview.error}
          </p>
        )}
      </section>
    </div>
  );
}
