// The tooltip part of the page side, imported by the page lens once it finds a term.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../content/parts';
import { createTermUi } from '../content/tooltip-and-host';

export default defineUnlistedScript(() => registerPart('term-ui', createTermUi));
