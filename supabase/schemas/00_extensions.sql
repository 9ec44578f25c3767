-- Extensions the schema uses beyond the platform's own (pgcrypto, uuid-ossp): trigram indexes for applicant search.
create extension if not exists pg_trgm with schema extensions;
