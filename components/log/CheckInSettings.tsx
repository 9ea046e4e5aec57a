// The optional next-day check-in: off until the user turns it on, and the browser's permission
// is asked for only then, straight from that click.
import { useEffect, useState } from 'preact/hooks';
import type { CheckInPort } from '../../log/log-port';
import log from './log.module.css';

const clock = (hour: number): string =>
  hour === 0
    ? 'midnight'
    : hour === 12
      ? 'noon'
      : hour < 12
        ? `${hour} in the morning`
        : `${hour - 12} in the afternoon`;

export function CheckInSettings({ port }: { port: CheckInPort }) {
  const [on, setOn] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    port.get().then(
      (v) => live && setOn(v),
      () => live && setOn(false),
    );
    return () => {
      live = false;
    };
  }, [port]);

  const toggle = (want: boolean): void => {
    setMessage(null);
    // No await before enable(): the browser grants permission requests only during a click.
    const done = want ? port.enable() : port.disable().then(() => false);
    done.then(
      (now) => {
        setOn(now);
        if (want && !now) {
          setMessage('The browser did not allow reminders, so the check-in stays off.');
        }
      },
      () => setMessage('That change could not be saved. Please try again.'),
    );
  };

  return (
    <div>
      <label class={log.checkRow}>
        <input
          type="checkbox"
          class={log.check}
          checked={on === true}
          disabled={on === null}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />
        Ask me “How sore are you today?” the day after I log a PT session
      </label>
      <p class={`${log.small} ${log.muted}`}>
        Turning this on asks your browser to let PT Lens set a reminder and show a notification. It
        comes at {clock(port.hour)} the day after a logged PT session, unless you have already
        logged soreness that day. Nothing is sent anywhere.
      </p>
      {message && (
        <p class={log.warn} role="status">
          {message}
        </p>
      )}
    </div>
  );
}
