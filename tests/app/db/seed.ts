// The fixed ids and logins of supabase/seed.sql.
export const ACME = 'ac000000-0000-4000-8000-000000000000';
export const GLOBEX = '9b000000-0000-4000-8000-000000000000';

export const USERS = {
  acmeOwner: { userId: 'ac000000-0000-4000-8000-000000000001', email: 'owner@acme.test', password: 'acme-owner-pass' },
  acmeRecruiter: { userId: 'ac000000-0000-4000-8000-000000000002', email: 'recruiter@acme.test', password: 'acme-recruiter-pass' },
  acmeViewer: { userId: 'ac000000-0000-4000-8000-000000000003', email: 'viewer@acme.test', password: 'acme-viewer-pass' },
  globexRecruiter: { userId: '9b000000-0000-4000-8000-000000000001', email: 'recruiter@globex.test', password: 'globex-recruiter-pass' },
} as const;

export const JOBS = {
  backend: { id: 'ac000000-0000-4000-9000-000000000001', slug: 'backend-developer' },
  frontend: { id: 'ac000000-0000-4000-9000-000000000002', slug: 'frontend-developer' },
  dataEngineer: { id: 'ac000000-0000-4000-9000-000000000003', slug: 'data-engineer' },
  productDesigner: { id: 'ac000000-0000-4000-9000-000000000004', slug: 'product-designer' },
  sre: { id: '9b000000-0000-4000-9000-000000000001', slug: 'site-reliability-engineer' },
} as const;
