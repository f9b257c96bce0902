// A flow's column mapping, remembered per account (decision 043): on the API as MileApp's import config,
// so a preset made in MileApp applies here and the other way round, and in localStorage, so it is there
// offline and on an API that refuses the call.
import { accountOf } from '../../../api/account';
import type { Connection } from '../../../api/connection';
import { createImportConfig, listImportConfigs, readImportConfig } from '../../../api/import-configs';
import type { ImportPreset } from '../../../flow/import/types';
import type { FlowSpec } from '../../../flow/types';

const PREFIX = 'taskComposer.importPreset.';

interface Kept {
  preset: ImportPreset;
  /** false while the API has not taken it: it is then newer than anything the API lists */
  synced: boolean;
}

/** The id a preset names its flow by: the flow's `_id`, its name when it has none. */
export function presetReference(flow: Pick<FlowSpec, '_id' | 'name'>): string {
  return flow._id ?? flow.name;
}

const keyOf = (account: string, reference: string) => `${PREFIX}${account}.${reference}`;

function readKept(key: string): Kept | undefined {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? 'null') as {
      preset?: unknown;
      synced?: unknown;
    } | null;
    const preset = readImportConfig(raw?.preset);
    return preset ? { preset, synced: raw?.synced === true } : undefined;
  } catch {
    return undefined;
  }
}

function writeKept(key: string, kept: Kept): void {
  try {
    localStorage.setItem(key, JSON.stringify(kept));
  } catch {
    // storage full or blocked: the API's copy, if it took one, is still there
  }
}

function plain({ name, referenceType, referenceId, fields }: ImportPreset): ImportPreset {
  return { name, referenceType, referenceId, fields };
}

/** The flow's newest preset for this account: the API's, unless one saved here has not reached it. */
export async function loadPreset(conn: Connection, flow: FlowSpec): Promise<ImportPreset | undefined> {
  const reference = presetReference(flow);
  const kept = readKept(keyOf(await accountOf(conn), reference));
  if (kept && !kept.synced) return kept.preset;
  try {
    const newest = (await listImportConfigs(conn, reference)).find((c) => c.referenceId === reference);
    if (newest) return plain(newest);
  } catch {
    // offline, or an API without the list: the copy on this device
  }
  return kept?.preset;
}

/** Remembers `preset` for the flow: here at once, and on the API when it takes it. */
export async function savePreset(conn: Connection, flow: FlowSpec, preset: ImportPreset): Promise<void> {
  const key = keyOf(await accountOf(conn), presetReference(flow));
  const own = plain({ ...preset, referenceType: 'flow', referenceId: presetReference(flow) });
  writeKept(key, { preset: own, synced: false });
  try {
    await createImportConfig(conn, own);
    writeKept(key, { preset: own, synced: true });
  } catch {
    // kept on this device; the next save tries the API again
  }
}
