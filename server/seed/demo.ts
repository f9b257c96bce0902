// The demo organisation reproduces MileApp's documentation example (issue 2 §3); its dispatcher's token
// is printed at start and offered to the web app's "Use demo account".
import type { OrganizationFile } from './schema';

export const DEMO_ORGANIZATION_ID = '634e98098ce07d29474a7e22';

/** The first token of the demo organisation's first active dispatcher, when that organisation is loaded. */
export function demoToken(file: OrganizationFile): string | undefined {
  const org = file.organizations.find((o) => o._id === DEMO_ORGANIZATION_ID);
  const user = org?.users.find(
    (u) => u.role === 'dispatcher' && u.status === 'active' && (u.tokens?.length ?? 0) > 0,
  );
  return user?.tokens?.[0];
}
