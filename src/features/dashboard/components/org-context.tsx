// The organization the dashboard is looking at: one of the user's memberships, remembered per browser.
import { createContext, use, useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Membership } from '../types.ts';

const STORAGE_KEY = 'smart-ats:current-org';

type OrgContextValue = {
  memberships: Membership[];
  current: Membership;
  setCurrent: (orgId: string) => void;
  roleIn: (orgId: string) => Membership['role'] | undefined;
};

const OrgContext = createContext<OrgContextValue | null>(null);

const remembered = () => {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
};

/** Opens the dashboard on this organization next time (an invitee landing in the organization that invited them). */
export function rememberCurrentOrg(orgId: string) {
  try {
    localStorage.setItem(STORAGE_KEY, orgId);
  } catch {
    // Private mode: the dashboard opens on the first organization instead.
  }
}

export function OrgProvider({ memberships, children }: { memberships: Membership[]; children: ReactNode }) {
  const [chosen, setChosen] = useState<string | null>(remembered);
  const current = memberships.find((m) => m.org_id === chosen) ?? memberships[0];
  const setCurrent = useCallback((orgId: string) => {
    setChosen(orgId);
    try {
      localStorage.setItem(STORAGE_KEY, orgId);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo(
    () => ({ memberships, current, setCurrent, roleIn: (orgId: string) => memberships.find((m) => m.org_id === orgId)?.role }),
    [memberships, current, setCurrent],
  );
  return <OrgContext value={value}>{children}</OrgContext>;
}

export function useCurrentOrg(): OrgContextValue {
  const value = use(OrgContext);
  if (!value) throw new Error('useCurrentOrg needs an <OrgProvider> above it');
  return value;
}
