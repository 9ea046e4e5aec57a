import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageLens } from '../../content/page-lens';
import { GLOSSARY } from '../../guide/glossary/index';
import { glossaryMatcher } from '../../terms/glossary-matcher';
import '../../content/highlight.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main(ctx) {
    startPageLens({
      ctx,
      matcher: glossaryMatcher(),
      entries: new Map(GLOSSARY.map((e) => [e.id, e])),
    });
  },
});
