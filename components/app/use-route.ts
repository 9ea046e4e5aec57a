// Which view shows, and what it should scroll to: from the URL hash, and from clicks inside.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GlossaryTarget } from '../popup/GlossaryView';
import type { GuideTarget } from '../popup/GuideView';
import { hashFor, parseHash, type Route, type TabId } from '../popup/route';

export interface RouteState {
  tab: TabId;
  /** The address asked for, when it leads to no view here (the first view shows instead). */
  unknown?: string;
  guideTarget: GuideTarget | null;
  glossaryTarget: GlossaryTarget | null;
  logAfter?: string;
  navigate(route: Route): void;
}

/** `tabs` are the tabs this surface has; a route to any other opens the first. */
export function useRoute(tabs: readonly TabId[], keepInUrl: boolean): RouteState {
  const seq = useRef(0);
  const fit = (route: Route | null): Route => {
    const first = tabs[0] ?? 'guide';
    if (!route) return { tab: first };
    return tabs.includes(route.tab) ? route : { tab: first };
  };
  /** A hash that names no view of this surface, shown to the reader rather than ignored. */
  const unknownOf = (hash: string, route: Route | null): string | undefined => {
    const asked = hash.replace(/^#/, '');
    return asked && (!route || !tabs.includes(route.tab)) ? asked : undefined;
  };
  const initial = fit(parseHash(location.hash));
  const [tab, setTab] = useState<TabId>(initial.tab);
  const [unknown, setUnknown] = useState(unknownOf(location.hash, parseHash(location.hash)));
  const [guideTarget, setGuideTarget] = useState<GuideTarget | null>(
    initial.sectionId ? { sectionId: initial.sectionId, seq: 0 } : null,
  );
  const [glossaryTarget, setGlossaryTarget] = useState<GlossaryTarget | null>(
    initial.entryId ? { entryId: initial.entryId, seq: 0 } : null,
  );
  const [logAfter, setLogAfter] = useState(initial.logAfter);

  const apply = (route: Route): void => {
    setTab(route.tab);
    if (route.sectionId) setGuideTarget({ sectionId: route.sectionId, seq: ++seq.current });
    if (route.entryId) setGlossaryTarget({ entryId: route.entryId, seq: ++seq.current });
    if (route.tab === 'log') setLogAfter(route.logAfter);
  };

  useEffect(() => {
    const onHash = (): void => {
      const route = parseHash(location.hash);
      setUnknown(unknownOf(location.hash, route));
      apply(fit(route));
    };
    window.addEventListener('hashchange', onHash);
    window.addEventListener('popstate', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('popstate', onHash);
    };
  });

  const navigate = (route: Route): void => {
    const fitted = fit(route);
    setUnknown(undefined);
    apply(fitted);
    // In a full tab the address follows the view, so Back returns and the link can be shared.
    if (keepInUrl && location.hash !== hashFor(fitted))
      history.pushState(null, '', hashFor(fitted));
  };

  return { tab, unknown, guideTarget, glossaryTarget, logAfter, navigate };
}
