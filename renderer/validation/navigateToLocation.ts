import type { WarningLocation } from '../../shared/validation/validateProtocol';
import type { EditorNavigation } from '../keyboard/useEditorShortcuts';
import { focusWarningLocation } from './focusWarningLocation';
import { sectionOfLocation } from './validationEntries';

/** Shows a warning's place in the editor: its section, its item, and the focus on its field. */
export function navigateToLocation(
  location: WarningLocation,
  nav: EditorNavigation,
  options: { focus?: boolean } = {},
): void {
  nav.setSection(sectionOfLocation(location));
  if (location.kind === 'item' && location.id) nav.setActiveItemId(location.id);
  focusWarningLocation(location, 30, options);
}
