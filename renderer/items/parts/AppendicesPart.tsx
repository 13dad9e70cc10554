import { useState } from 'react';
import { newId } from '../../../shared/protocol/ids';
import type { Appendix, Item } from '../../../shared/protocol/item';

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

/** Bilagor: title and the PDF appended to the export. */
export function AppendicesPart({ item, update }: Props) {
  const setAppendix = (index: number, patch: Partial<Appendix>) =>
    update((i) => ({
      ...i,
      appendices: i.appendices.map((a, k) => (k === index ? { ...a, ...patch } : a)),
    }));
  return (
    <>
      {item.appendices.map((a, index) => (
        <div key={a.id} className="row-group">
          <TitleField
            appendix={a}
            index={index}
            onSave={(title) => setAppendix(index, { title })}
          />
          <label className="wide">
            Bilaga {index + 1}, fil (PDF)
            <input
              value={a.file ?? ''}
              placeholder="t.ex. C:\Protokoll\bilaga.pdf"
              onChange={(e) => setAppendix(index, { file: e.target.value || undefined })}
            />
          </label>
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
