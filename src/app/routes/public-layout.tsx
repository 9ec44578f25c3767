// The frame of every candidate-facing page: skip link, header, the page itself in <main>, footer.
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigationType } from '@/lib/router';
import { Footer } from '@/components/ui/layout/footer';
import { Header } from '@/components/ui/layout/header';
import { NavigationProgress } from '@/components/ui/layout/navigation-progress';
import { SkipLink } from '@/components/ui/layout/skip-link';
import { PageBoundary } from './route-error.tsx';

export function PublicLayout() {
  const main = useRef<HTMLElement>(null);
  useNewPageFocus(main);
  return (
    <div className="flex min-h-screen flex-col">
      <NavigationProgress />
      <SkipLink />
      <Header />
      <main id="main" ref={main} tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none sm:px-6 sm:py-10">
        <PageBoundary>
          <Outlet />
        </PageBoundary>
      </main>
      <Footer />
    </div>
  );
}

/**
 * On moving to another page (not on first load, not when only ?q= changes): start at the top, and put focus at the
 * start of the new content so screen readers read it rather than staying on the link that was followed.
 */
function useNewPageFocus(main: React.RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    if (navigationType !== 'POP') window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname, navigationType, main]);
}
