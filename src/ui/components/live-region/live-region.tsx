// The polite live region: it exists from the first render, and the store puts each year's outcome into it.
import { selectAnnouncement } from '../../../state/selectors.ts';
import { useGameStore } from '../../../state/store.ts';

export function LiveRegion() {
  const announcement = useGameStore(selectAnnouncement);
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {announcement.text}
    </div>
  );
}
