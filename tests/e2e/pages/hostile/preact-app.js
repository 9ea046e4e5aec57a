// Hydrates the server-rendered markup, then re-renders every 30 ms while PT Lens reads the page.
import { h, hydrate } from 'preact';
import { useEffect, useState } from 'preact/hooks';

function App() {
  const [tick, setTick] = useState(0);
  const [clicks, setClicks] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((t) => t + 1), 30);
    return () => clearInterval(id);
  }, []);
  return h(
    'main',
    null,
    h('h1', null, 'Clinic news'),
    h('p', null, 'Gentle stretching helps stiff joints after DOMS.'),
    h('p', null, 'Ask about NSAIDs before a flare-up of fibromyalgia.'),
    h('p', { id: 'tick' }, `Tick ${tick}`),
    h('button', { id: 'count', onClick: () => setClicks((c) => c + 1) }, `Clicked ${clicks} times`),
  );
}

hydrate(h(App, null), document.getElementById('app'));
window.hydrated = true;
