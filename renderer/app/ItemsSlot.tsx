import { ItemsWorkspace, type ItemsWorkspaceProps } from '../items/ItemsWorkspace';

/** The Ärenden section: item outline and item editor. */
export function ItemsSlot(props: ItemsWorkspaceProps) {
  return <ItemsWorkspace {...props} />;
}
