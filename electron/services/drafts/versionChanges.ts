import type { DraftVersion } from '../../../shared/ipc/contract';
import { describeChanges } from '../../../shared/protocol/describeChanges';
import type { Protocol } from '../../../shared/protocol/protocol';

/**
 * Versions (newest first) with what each changed since the one before it; the oldest is the
 * first saved version. A version that cannot be read is listed without a description.
 */
export async function describeVersions(
  versions: DraftVersion[],
  read: (version: DraftVersion) => Promise<Protocol | null>,
): Promise<DraftVersion[]> {
  const contents = await Promise.all(versions.map(read));
  return versions.map((v, i) => {
    const now = contents[i];
    const older = contents[i + 1];
    if (!now) return v;
    if (i === versions.length - 1) return { ...v, changes: 'Första sparade versionen' };
    return older ? { ...v, changes: describeChanges(older, now) } : v;
  });
}
