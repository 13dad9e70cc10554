/** A recent file as the start screen shows it: the name to click and the folder beside it. */
export interface RecentFileParts {
  name: string;
  folder: string;
}

/** Splits on the last "/" or "\" so Windows and Unix paths both show their file name. */
export function recentFileParts(path: string): RecentFileParts {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return { name: path, folder: '' };
  return { name: path.slice(cut + 1), folder: cut === 0 ? path.slice(0, 1) : path.slice(0, cut) };
}
