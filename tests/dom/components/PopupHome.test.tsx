import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PopupHome } from '../../../components/PopupHome';
import { GUIDE_META } from '../../../guide/about';

describe('PopupHome', () => {
  it('names the product and credits the source article', () => {
    render(<PopupHome />);
    expect(screen.getByRole('heading', { name: 'PT Lens' })).toBeTruthy();
    expect(document.body.textContent).toContain(GUIDE_META.source.title);
    expect(document.body.textContent).toMatch(/not medical advice/);
  });
});
