import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n';
import { MapPicker } from './MapPicker';
import { layoutForLeaflet } from './testing';

// The real Leaflet map in jsdom (SVG renderer, no canvas). jsdom has no layout, so the container gets a
// size here for Leaflet to ask for tiles; jsdom never loads images, so a tile failure is simulated.
layoutForLeaflet();

function renderMap(onPick = vi.fn(), { viewOnly = false } = {}) {
  render(
    <I18nProvider lang="en">
      <MapPicker label="Drop point map" point={{ lat: -6.2, lng: 106.8 }} {...(viewOnly ? {} : { onPick })} />
    </I18nProvider>,
  );
  return onPick;
}

describe('MapPicker (Leaflet)', () => {
  it('names the map and shows the chosen point as a marker', () => {
    renderMap();
    const map = screen.getByRole('region', { name: 'Drop point map' });
    expect(map.querySelector('.leaflet-marker-icon')).toHaveAttribute(
      'alt',
      'Chosen location (drag to move)',
    );
  });

  it('says when tiles fail to load, and still takes clicks', async () => {
    const onPick = renderMap();
    const map = screen.getByRole('region', { name: 'Drop point map' });
    await waitFor(() => expect(map.querySelector('img.leaflet-tile')).not.toBeNull());
    fireEvent.error(map.querySelector('img.leaflet-tile')!);
    expect(
      await screen.findByText('Map images could not be loaded. Clicking the map still places the point.'),
    ).toBeInTheDocument();
    fireEvent.click(map, { clientX: 200, clientY: 150 });
    expect(onPick).toHaveBeenCalledTimes(1);
    const [picked] = onPick.mock.calls[0] as [{ lat: number; lng: number }];
    expect(picked.lat).toBeCloseTo(-6.2, 1);
    expect(picked.lng).toBeCloseTo(106.8, 1);
  });

  it('on a map that only shows a point (the result), does not promise that a click places one', async () => {
    renderMap(vi.fn(), { viewOnly: true });
    const map = screen.getByRole('region', { name: 'Drop point map' });
    await waitFor(() => expect(map.querySelector('img.leaflet-tile')).not.toBeNull());
    fireEvent.error(map.querySelector('img.leaflet-tile')!);
    expect(
      await screen.findByText('Map images could not be loaded. The point is still marked.'),
    ).toBeInTheDocument();
  });
});
