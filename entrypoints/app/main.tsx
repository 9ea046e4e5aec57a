// The full extension page (app.html): the popup's views in a browser tab, for reading at length
// and for deep links such as app.html#entry/doms. It shares the popup's App
// (components/app/).
import { render } from 'preact';
import { App } from '../../components/app/App';
import '../../components/popup/theme.css';

const root = document.getElementById('app');
if (root) render(<App surface="page" />, root);
