import { useEffect, useState } from 'react';
import { MeetingDetails } from '../meeting/MeetingDetails';
import { AttendanceSection } from '../attendance/AttendanceSection';
import { SignaturesSection } from '../signatures/SignaturesSection';
import { NoticePanel } from '../signatures/NoticePanel';
import { AdjustedBanner } from './AdjustedBanner';
import { HeldElsewhereBanner } from './HeldElsewhereBanner';
import { KallelseBanner } from './KallelseBanner';
import { ItemsSlot } from './ItemsSlot';
import { ReadOnlyFieldset, ReadOnlyProvider, useReadOnly } from '../core/widgets/readOnly';
import { useDraft } from '../core/state/draftStore';
import { useStructureUndo } from '../core/draft/useStructureUndo';
import { useCommand } from '../core/commands';
import { FindReplacePanel } from '../find/FindReplacePanel';
import { useEditorShortcuts } from '../keyboard/useEditorShortcuts';
import { ValidationPanel } from '../validation/ValidationPanel';
import { navigateToLocation } from '../validation/navigateToLocation';
import { takePendingLocation } from '../core/draft/pendingLocation';

export type EditorSection = 'meeting' | 'attendance' | 'items' | 'signatures';

const SECTIONS: { id: EditorSection; label: string }[] = [
  { id: 'meeting', label: 'Mötesuppgifter' },
  { id: 'attendance', label: 'Närvaro' },
  { id: 'items', label: 'Ärenden' },
  { id: 'signatures', label: 'Underskrifter' },
];

/** The open draft: one section at a time, chosen in the side navigation. */
export function EditorScreen() {
  return (
    <ReadOnlyProvider>
      <EditorSections />
    </ReadOnlyProvider>
  );
}

function EditorSections() {
  const { locked } = useReadOnly();
  const status = useDraft((d) => d.status);
  const [section, setSection] = useState<EditorSection>('meeting');
  const [activeItemId, setActiveItemId] = useState<string | undefined>();
  const peopleCount = useDraft((d) => d.attendance.people.length) ?? 0;
  const itemCount = useDraft((d) => d.items.length) ?? 0;
  const nav = { section, setSection, activeItemId, setActiveItemId };
  useEditorShortcuts(nav);
  const draftId = useDraft((d) => d.id);
  useEffect(() => {
    // A search hit opened this draft at one of its items.
    const location = draftId ? takePendingLocation(draftId) : null;
    if (location) navigateToLocation(location, nav);
    // Once, when the draft opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useStructureUndo();
  const [find, setFind] = useState<{ focus: 'find' | 'replace'; signal: number } | null>(null);
  useCommand('find', () => setFind((f) => ({ focus: 'find', signal: (f?.signal ?? 0) + 1 })));
  useCommand('replace', () => setFind((f) => ({ focus: 'replace', signal: (f?.signal ?? 0) + 1 })));
  const counts: Partial<Record<EditorSection, number>> = {
    attendance: peopleCount,
    items: itemCount,
  };

  return (
    <div className="editor">
      <nav className="editor-nav" aria-label="Delar av protokollet">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="nav-button"
                aria-current={section === s.id ? 'page' : undefined}
                onClick={() => setSection(s.id)}
              >
                <span>{s.label}</span>
                {counts[s.id] !== undefined && <span className="nav-count">{counts[s.id]}</span>}
              </button>
            </li>
          ))}
        </ul>
        <ValidationPanel onNavigate={(location) => navigateToLocation(location, nav)} />
      </nav>
      <main className="editor-main" aria-label={SECTIONS.find((s) => s.id === section)?.label}>
        <HeldElsewhereBanner />
        <AdjustedBanner />
        <KallelseBanner />
        <ReadOnlyFieldset disabled={locked}>
          {section === 'meeting' && <MeetingDetails />}
          {section === 'attendance' && <AttendanceSection />}
          {section === 'signatures' && <SignaturesSection />}
        </ReadOnlyFieldset>
        {/* The anslag is recorded after justering, when the rest is read-only. */}
        {section === 'signatures' && status !== 'kallelse' && <NoticePanel />}
        {section === 'items' && (
          <ItemsSlot activeItemId={activeItemId} onActiveItemChange={setActiveItemId} />
        )}
      </main>
      {find && (
        <FindReplacePanel
          focus={find.focus}
          signal={find.signal}
          onShow={(location) => navigateToLocation(location, nav, { focus: false })}
          onClose={() => setFind(null)}
        />
      )}
    </div>
  );
}
