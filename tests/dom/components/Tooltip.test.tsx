import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Tooltip } from '../../../components/Tooltip';
import { MINI_GLOSSARY } from '../../fixtures/mini-glossary';

describe('Tooltip', () => {
  it('shows the term and its plain explanation as a tooltip', () => {
    const entry = MINI_GLOSSARY[0];
    if (!entry) throw new Error('fixture missing');
    render(<Tooltip entry={entry} id="t" />);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain(entry.term);
    expect(tip.textContent).toContain(entry.short);
  });
});
