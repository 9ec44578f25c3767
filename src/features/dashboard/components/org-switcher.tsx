// Switches between the organizations the user belongs to; just the name when there is only one.
import { useId } from 'react';
import { useNavigate } from '@/lib/router';
import { useCurrentOrg } from './org-context.tsx';

export function OrgSwitcher() {
  const { memberships, current, setCurrent } = useCurrentOrg();
  const navigate = useNavigate();
  const id = useId();
  if (memberships.length < 2) return <span className="text-sm font-medium text-slate-700">{current.org_name}</span>;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-500">
        Organization
      </label>
      <select
        id={id}
        value={current.org_id}
        onChange={(e) => {
          setCurrent(e.target.value);
          navigate('/dashboard');
        }}
        className="rounded-md border border-slate-300 bg-white py-1.5 pr-8 pl-2 text-sm font-medium text-slate-800 shadow-sm focus:border-indigo-500 focus:outline-2 focus:outline-indigo-500/40"
      >
        {memberships.map((m) => (
          <option key={m.org_id} value={m.org_id}>
            {m.org_name}
          </option>
        ))}
      </select>
    </div>
  );
}
