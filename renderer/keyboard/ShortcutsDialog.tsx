import { Fragment } from 'react';
import { COMMANDS, displayCombo, type CommandGroup } from '../../shared/commands';
import { InfoDialog } from '../core/widgets/InfoDialog';
import './keyboard.css';

const GROUPS: CommandGroup[] = ['Dokument', 'Ärenden', 'Närvaro', 'Gå till', 'Text'];

/** The rows of the command table that the list shows: those with keys and a group. */
export const LISTED_COMMANDS = COMMANDS.filter((c) => c.group && c.keys && c.keys.length > 0);

/** Hjälp › Kortkommandon: every shortcut, grouped, in a modal dialog. */
export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <InfoDialog heading="Kortkommandon" className="shortcuts-dialog" onClose={onClose}>
      <div className="shortcuts-groups">
        {GROUPS.map((group) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`}>{group}</h3>
            <dl className="shortcuts-list">
              {LISTED_COMMANDS.filter((c) => c.group === group).map((c) => (
                <Fragment key={c.id}>
                  <dt>{c.listLabel ?? c.label}</dt>
                  <dd>
                    {(c.keys ?? []).map((k, i) => (
                      <Fragment key={k}>
                        {i > 0 && <span className="shortcut-or"> eller </span>}
                        <kbd>{displayCombo(k)}</kbd>
                      </Fragment>
                    ))}
                  </dd>
                </Fragment>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </InfoDialog>
  );
}
