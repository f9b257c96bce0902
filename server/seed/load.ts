// Reading and checking an organisation file. Every problem is reported as `file: $.json.path: problem`,
// all of them at once, so a hand-edited file can be fixed in one go.
import { readFileSync } from 'node:fs';
import type * as z from 'zod';
import type { SeedOrganization, Store } from '../store/types';
import { organizationFile, type OrganizationFile } from './schema';

export class SeedError extends Error {
  override name = 'SeedError';
}

function jsonPath(path: readonly PropertyKey[]): string {
  return (
    '$' +
    path
      .map((p) =>
        typeof p === 'number'
          ? `[${p}]`
          : /^[A-Za-z_$][\w$]*$/.test(String(p))
            ? `.${String(p)}`
            : `[${JSON.stringify(String(p))}]`,
      )
      .join('')
  );
}

export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string {
  return issues.map((i) => `${file}: ${jsonPath(i.path)}: ${i.message}`).join('\n');
}

/** Reads and validates; throws SeedError with every problem found. */
export function readOrganizationFile(file: string): OrganizationFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new SeedError(
      `${file}: cannot read the organisation file (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SeedError(`${file}: not valid JSON (${(e as Error).message})`);
  }
  const parsed = organizationFile.safeParse(json);
  if (!parsed.success) throw new SeedError(formatIssues(file, parsed.error.issues));
  // Flows and hubs are kept exactly as the file has them (key order, extra keys): the checked copy
  // only proves they are usable.
  const raw = json as OrganizationFile;
  parsed.data.organizations.forEach((org, i) => {
    org.flows = raw.organizations[i]!.flows;
    org.hubs = raw.organizations[i]!.hubs;
  });
  return parsed.data;
}

/**
 * Upserts every organisation of the file and removes the ones it no longer lists (decision 051);
 * loading the same file again changes nothing. `removed`: the names of the organisations removed.
 */
export async function loadOrganizationFile(
  store: Store,
  file: string,
): Promise<OrganizationFile & { removed: string[] }> {
  const data = readOrganizationFile(file);
  for (const org of data.organizations) await store.upsertOrganization(org as SeedOrganization);
  const removed = await store.keepOnlyOrganizations(data.organizations.map((o) => o._id));
  return { ...data, removed };
}
