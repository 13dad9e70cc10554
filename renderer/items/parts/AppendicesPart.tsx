import { useState } from 'react';
import { newId } from '../../../shared/protocol/ids';
import type { Appendix, Item } from '../../../shared/protocol/item';
import { notices } from '../../core/widgets/Notice';
import { api, errorText, unwrap } from '../../core/ipc/paragraf';
import { useDraft } from '../../core/state/draftStore';

interface Props {
  item: Item;
  update(recipe: (item: Item) => Item): void;
}

/** A title field that never stores an empty title (the model requires one); it reverts on leave. */
function TitleField({
  appendix,
  index,
  onSave,
}: {
  appendix: Appendix;
  index: number;
  onSave(title: string): void;
}) {
  const [text, setText] = useState(appendix.title);
  // A title suggested by "Välj PDF…" arrives from outside the field: take it over while rendering.
  const [shown, setShown] = useState(appendix.title);
  if (shown !== appendix.title) {
    setShown(appendix.title);
    if (text.trim()) setText(appendix.title);
  }
  return (
    <label>
      Bilaga {index + 1}, rubrik
      <input
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim()) onSave(e.target.value);
        }}
        onBlur={() => !text.trim() && setText(appendix.title)}
      />
    </label>
  );
}

/** The default title "Bilaga 2" is replaced by one from the chosen file; a typed one is kept. */
const DEFAULT_TITLE = /^Bilaga \d+$/;

/**
 * Bilagor: title and the PDF appended to the export. The file is only ever set by "Välj PDF…":
 * main reads for export only the files chosen there (or beside an opened .protokoll), so a
 * typed path would not work and the field is read-only.
 */
export function AppendicesPart({ item, update }: Props) {
  const draftId = useDraft((d) => d.id) ?? '';
  const setAppendix = (index: number, patch: Partial<Appendix>) =>
    update((i) => ({
      ...i,
      appendices: i.appendices.map((a, k) => (k === index ? { ...a, ...patch } : a)),
    }));
  const choosePdf = async (index: number) => {
    try {
      const choice = await unwrap(api().dialogs.chooseAppendix({ draftId }));
      if (!choice) return;
      update((i) => ({
        ...i,
        appendices: i.appendices.map((a, k) =>
          k === index
            ? {
                ...a,
                file: choice.path,
                title: DEFAULT_TITLE.test(a.title.trim()) ? choice.title : a.title,
              }
            : a,
        ),
      }));
    } catch (e) {
      notices.error(errorText(e));
    }
  };
  return (
    <>
      {item.appendices.map((a, index) => (
        <div key={a.id} className="row-group">
          <TitleField
            appendix={a}
            index={index}
            onSave={(title) => setAppendix(index, { title })}
          />
          {/* Shares the row with "Välj PDF…" instead of taking the whole width. */}
          <label className="wide" style={{ width: 'auto', flex: '1 1 22rem' }}>
            Bilaga {index + 1}, fil (PDF)
            <input value={a.file ?? ''} placeholder="Ingen fil vald" readOnly />
          </label>
          <button
            type="button"
            aria-label={`Välj PDF… för bilaga ${index + 1}`}
            onClick={() => void choosePdf(index)}
          >
            Välj PDF…
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update((i) => ({ ...i, appendices: i.appendices.filter((_, k) => k !== index) }))
            }
          >
            Ta bort bilaga {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          update((i) => ({
            ...i,
            appendices: [
              ...i.appendices,
              { id: newId('bilaga'), title: `Bilaga ${i.appendices.length + 1}` },
            ],
          }))
        }
      >
        Ny bilaga
      </button>
    </>
  );
}
