// The printable clinician summary (report.html): reads the log from storage and draws the report.
import { render } from 'preact';
import { ReportPage } from '../../components/log/ReportPage';
import { TREATMENT_CHOICES } from '../../log/treatments';
import { systemTimeZone } from '../../common/days';
import { loadLog } from '../../store/log-store';
import { loadSettings } from '../../store/settings-store';
import './report.css';

async function main(root: HTMLElement): Promise<void> {
  // Unreadable settings only cost the report its theme.
  const settings = await loadSettings().catch(() => null);
  if (settings) document.documentElement.dataset.theme = settings.theme;
  try {
    const { entries } = await loadLog();
    const now = new Date();
    const timeZone = systemTimeZone();
    render(
      <ReportPage
        entries={entries}
        now={now}
        timeZone={timeZone}
        treatments={TREATMENT_CHOICES}
        search={location.search}
        onSearch={(search) => history.replaceState(null, '', `${location.pathname}${search}`)}
        onPrint={() => window.print()}
      />,
      root,
    );
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    render(
      <p role="alert">Your soreness log could not be opened ({why}). Nothing in it was changed.</p>,
      root,
    );
  }
}

const root = document.getElementById('app');
// main shows its own failure on the page.
if (root) void main(root);
