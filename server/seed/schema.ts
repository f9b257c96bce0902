// What an organisation file must look like (README "Organisation files"). Flows stay in MileApp's own
// shape: only what the server relies on is checked, the rest is kept as given.
import * as z from 'zod';

const objectId = z.string().regex(/^[0-9a-fA-F]{24}$/, 'must be a 24-character hexadecimal id');
const text = z.string().trim().min(1, 'must be a non-empty string');

const hub = z.looseObject({
  _id: objectId,
  name: text,
  address: z.string(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});

const user = z.object({
  _id: objectId,
  name: text,
  email: z.email('must be an email address'),
  status: z.enum(['active', 'inactive', 'pending', 'disabled', 'reject']),
  hubId: z.array(objectId),
  role: text,
  // Opaque bearer tokens; short ones would be guessable.
  tokens: z.array(z.string().min(16, 'must be at least 16 characters')).optional(),
  phoneNumber: z.string().nullable().optional(),
});

const component = z.looseObject({ component: text, id: text });
const page = z.looseObject({ id: z.string(), components: z.array(component) });
const flow = z.looseObject({
  _id: objectId,
  name: text.refine(
    (n) => !['Handover', 'Activity', 'ActivityWorkflow'].includes(n),
    'is a name MileApp reserves',
  ),
  pages: z.array(page).min(1, 'must have at least the Initial Page'),
  configurations: z.array(z.looseObject({ id: z.string() })).optional(),
});

type Issue = { path: (string | number)[]; message: string };

function duplicates<T>(
  items: T[],
  key: (t: T) => string,
  where: (string | number)[],
  what: string,
  out: Issue[],
) {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const k = key(item);
    const first = seen.get(k);
    if (first !== undefined)
      out.push({ path: [...where, i], message: `${what} "${k}" is already used at index ${first}` });
    else seen.set(k, i);
  });
}

const organization = z
  .object({ _id: objectId, name: text, hubs: z.array(hub), users: z.array(user), flows: z.array(flow) })
  .superRefine((org, ctx) => {
    const issues: Issue[] = [];
    duplicates(org.hubs, (h) => h._id, ['hubs'], 'hub _id', issues);
    duplicates(org.users, (u) => u._id, ['users'], 'user _id', issues);
    duplicates(org.users, (u) => u.email.toLowerCase(), ['users'], 'email', issues);
    duplicates(org.flows, (f) => f._id, ['flows'], 'flow _id', issues);
    duplicates(org.flows, (f) => f.name, ['flows'], 'flow name', issues);
    const hubIds = new Set(org.hubs.map((h) => h._id));
    org.users.forEach((u, i) =>
      u.hubId.forEach((id, j) => {
        if (!hubIds.has(id))
          issues.push({
            path: ['users', i, 'hubId', j],
            message: `no hub of this organisation has _id "${id}"`,
          });
      }),
    );
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  });

export const organizationFile = z
  .object({ organizations: z.array(organization).min(1, 'must list at least one organisation') })
  .superRefine((file, ctx) => {
    const issues: Issue[] = [];
    duplicates(file.organizations, (o) => o._id, ['organizations'], 'organisation _id', issues);
    const tokens = new Map<string, string>();
    file.organizations.forEach((o, i) =>
      o.users.forEach((u, j) =>
        (u.tokens ?? []).forEach((t, k) => {
          const owner = tokens.get(t);
          if (owner !== undefined)
            issues.push({
              path: ['organizations', i, 'users', j, 'tokens', k],
              message: `token already belongs to ${owner}`,
            });
          tokens.set(t, u.email);
        }),
      ),
    );
    for (const issue of issues) ctx.addIssue({ code: 'custom', ...issue });
  });

export type OrganizationFile = z.infer<typeof organizationFile>;
