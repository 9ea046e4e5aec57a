// SLOT for the soreness log (issue 7): replace this placeholder with the log view. Deep links
// "#log" and "#log/new?after=<id>" already open this tab; the App passes `after` when given.
import ui from './ui.module.css';

export function LogSlot(_props: { after?: string }) {
  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title" class={ui.title}>
        Soreness log
      </h2>
      <p>The soreness log is coming in the next update.</p>
    </section>
  );
}
