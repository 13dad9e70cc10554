import type { CommandId } from '../commands/commandTable';
import type { Channel, ChannelPayload, ChannelResult } from './contract';
import type { IpcResult } from './result';

/** A call of one channel; the payload is optional where the channel takes none. */
export type ApiCall<C extends Channel> =
  ChannelPayload<C> extends undefined
    ? () => Promise<IpcResult<ChannelResult<C>>>
    : (payload: ChannelPayload<C>) => Promise<IpcResult<ChannelResult<C>>>;

type AreaOf<C extends string> = C extends `${infer A}.${string}` ? A : never;
type NameOf<C extends string, A extends string> = C extends `${A}.${infer N}` ? N : never;

/** Files dropped on the window: their paths, which the page itself cannot read. */
export interface FileBridge {
  /** The absolute path of a dropped File (webUtils.getPathForFile); "" when it has none. */
  pathForFile(file: unknown): string;
}

/** window.paragraf: the only way the renderer reaches the main process. */
export type ParagrafApi = {
  [A in AreaOf<Channel>]: {
    [N in NameOf<Channel, A>]: ApiCall<Extract<Channel, `${A}.${N}`>>;
  };
} & {
  events: {
    /** Menu commands from the main process; returns an unsubscribe function. */
    onMenuCommand(listener: (command: CommandId) => void): () => void;
    /** A draft id to open (file opened by double-click or command line). */
    onOpenDraft(listener: (draftId: string) => void): () => void;
    /** Tells main whether unsaved changes exist, so quitting can ask first. */
    setDirty(dirty: boolean): void;
  };
  files: FileBridge;
};

/** Builds the API from one invoke function; used by the preload and by the test harness. */
export function buildApi(
  invoke: (channel: Channel, payload: unknown) => Promise<IpcResult<unknown>>,
  events: ParagrafApi['events'],
  channelNames: readonly Channel[],
  files: FileBridge = { pathForFile: () => '' },
): ParagrafApi {
  const api: Record<string, Record<string, unknown>> = {
    events: events as never,
    files: files as never,
  };
  for (const channel of channelNames) {
    const [area, name] = channel.split('.') as [string, string];
    api[area] ??= {};
    api[area][name] = (payload?: unknown) => invoke(channel, payload);
  }
  return api as unknown as ParagrafApi;
}
