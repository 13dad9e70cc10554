import type { ComponentType } from 'react';

interface ItemsWorkspaceProps {
  activeItemId?: string;
  onActiveItemChange?(id: string): void;
}

// The items workspace is built separately; until its module exists the editor shows a placeholder.
const found = import.meta.glob<{ ItemsWorkspace: ComponentType<ItemsWorkspaceProps> }>(
  '../items/ItemsWorkspace.tsx',
  { eager: true },
);
const Workspace = Object.values(found)[0]?.ItemsWorkspace;

/** The Ärenden section: item outline and item editor. */
export function ItemsSlot(props: ItemsWorkspaceProps) {
  if (Workspace) return <Workspace {...props} />;
  return <p className="hint">Ärendeeditorn är inte tillgänglig i den här versionen.</p>;
}
