import { render } from 'preact';
import { PopupHome } from '../../components/PopupHome';
import './popup.css';

const root = document.getElementById('app');
if (root) render(<PopupHome />, root);
