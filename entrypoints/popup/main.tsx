// The toolbar popup: the app in its small frame.
import { render } from 'preact';
import { App } from '../../components/app/App';
import '../../components/popup/theme.css';

const root = document.getElementById('app');
if (root) render(<App surface="popup" />, root);
