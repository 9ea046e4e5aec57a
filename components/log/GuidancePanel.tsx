// Plain guidance from what was logged, each message with its source, and when to get help.
// It describes and points to sources; it never names a cause or a condition.
import type { GuidanceMessage, GuidanceTone } from '../../log/guidance';
import { RED_FLAGS, URGENCY_HEADINGS } from '../../log/red-flags';
import type { Urgency } from '../../log/red-flags';
import log from './log.module.css';

const TONE_WORDS: Readonly<Record<GuidanceTone, string>> = {
  info: 'Good to know',
  'keep-going': 'Keep going',
  'ease-off': 'Ease off',
  'contact-clinician': 'Worth a call',
};

const URGENCIES: readonly Urgency[] = ['emergency', 'urgent', 'stop-and-ask'];

export function GuidancePanel({ messages }: { messages: readonly GuidanceMessage[] }) {
  return (
    <div>
      {messages.length === 0 ? (
        <p class={log.muted}>
          Nothing to point out from the last few days. Log how you feel after sessions and the next
          morning, and tips will show here.
        </p>
      ) : (
        <ul class={log.plainList}>
          {messages.map((m) => (
            <li
              key={m.id}
              class={m.tone === 'contact-clinician' || m.tone === 'ease-off' ? log.warn : log.note}
              data-guidance={m.id}
            >
              <p>
                <strong>{TONE_WORDS[m.tone]}:</strong> {m.text}
              </p>
              <p class={`${log.small} ${log.muted}`}>
                Source: {m.source}
                {m.weak && !/weak source/.test(m.source) ? ' (weak source)' : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p class={`${log.small} ${log.muted}`}>
        PT Lens describes what you logged and what published sources say. It does not diagnose. Your
        therapist knows your plan.
      </p>
      <details class={log.details}>
        <summary>When to get help now</summary>
        {URGENCIES.map((u) => (
          <div key={u}>
            <h4 class={log.heading}>{URGENCY_HEADINGS[u]}</h4>
            <ul>
              {RED_FLAGS.filter((f) => f.urgency === u).map((f) => (
                <li key={f.id}>
                  {f.text} <span class={`${log.small} ${log.muted}`}>(Source: {f.source})</span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </details>
    </div>
  );
}
