// A thin bar at the top of the page while the router loads the next page's code.
import { useNavigation } from 'react-router';

export function NavigationProgress() {
  const navigation = useNavigation();
  if (navigation.state === 'idle') return null;
  return (
    <div aria-hidden="true" className="fixed inset-x-0 top-0 z-50 h-0.5 overflow-hidden bg-indigo-100">
      <div className="h-full w-1/3 animate-[navigation-progress_1s_ease-in-out_infinite] bg-indigo-600" />
    </div>
  );
}
