import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryViolation } from '../../lint/importBoundaries.js';

const at = (path: string) => resolve(__dirname, '../../..', path);
const refused = (from: string, to: string) => boundaryViolation(at(from), at(to)) !== null;

describe('import boundaries', () => {
  it('keeps renderer/ and electron/ apart and shared/ pure', () => {
    expect(refused('renderer/items/ItemSection.tsx', 'electron/services/drafts')).toBe(true);
    expect(refused('electron/main/main.ts', 'renderer/app/App.tsx')).toBe(true);
    expect(refused('shared/print/buildPrintModel.ts', 'electron/services/export')).toBe(true);
    expect(refused('electron/main/main.ts', 'shared/commands')).toBe(false);
  });

  it('lets sections use the core, never the app, and the core nothing above it', () => {
    expect(refused('renderer/items/ItemSection.tsx', 'renderer/core/widgets/readOnly')).toBe(false);
    expect(refused('renderer/items/ItemSection.tsx', 'renderer/app/exportActions')).toBe(true);
    expect(refused('renderer/core/draft/draftActions.ts', 'renderer/validation/x')).toBe(true);
    expect(refused('renderer/core/draft/session.ts', 'renderer/core/state/draftStore')).toBe(false);
    expect(refused('renderer/app/App.tsx', 'renderer/items/ItemsWorkspace')).toBe(false);
    expect(refused('renderer/main.tsx', 'renderer/app/App')).toBe(false);
  });
});
