// /applications/:id?key=…: the candidate's private status page. The key stays out of other sites' Referer headers
// and the page out of search engines.
import { useParams, useSearchParams } from '@/lib/router';
import { ApplicationStatusPage } from '@/features/application-status/components/application-status-page';

export function Component() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  return (
    <>
      <meta name="referrer" content="no-referrer" />
      <meta name="robots" content="noindex" />
      <ApplicationStatusPage applicationId={id} statusKey={search.get('key') ?? ''} />
    </>
  );
}
