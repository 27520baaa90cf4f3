/**
 * Yizhan in a React app: the wrappers from `@yizhan/widgets/react` take properties and typed
 * camelCase event props; plain `<yz-outlets>` works too (React 19 renders custom elements, typed by
 * `@yizhan/widgets/types/react.d.ts`). Run: `pnpm --filter @yizhan/widgets exec vite examples/react`.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { YzCatalogue } from '@yizhan/widgets/react/yz-catalogue';
import { YzSearch } from '@yizhan/widgets/react/yz-search';
import '@yizhan/widgets/yz-outlets';
import type { OutletsSelectDetail, YzSelectDetail } from '@yizhan/widgets';

const BUNDLE = '/bundle/';

function App() {
  const [item, setItem] = useState<string | null>(null);
  const choose = (event: CustomEvent<YzSelectDetail>) => {
    if (event.detail.kind === 'item') setItem(event.detail.id);
  };
  return (
    <main>
      <YzSearch src={BUNDLE} limit={6} onYzSelect={choose} />
      <YzCatalogue src={BUNDLE} route="none" item={item} onYzNavigate={(e) => e.preventDefault()} />
      <yz-outlets
        src={BUNDLE}
        item={item}
        onyz-select={(e: CustomEvent<OutletsSelectDetail>) => setItem(e.detail.kind === 'item' ? e.detail.id : null)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
