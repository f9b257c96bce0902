import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, useLanguage, type Lang } from '../../i18n/i18n';
import type { MapPickerProps } from './map-props';
import { MapPicker } from './MapPicker';
import { layoutForLeaflet } from './testing';

// The real Leaflet map in jsdom (SVG renderer, no canvas). jsdom has no layout, so the container gets a
// size here for Leaflet to ask for tiles; jsdom never loads images, so a tile failure is simulated.
layoutForLeaflet();
afterEach(() => vi.unstubAllGlobals());

const HUB = { lat: -6.2, lng: 106.8 };

function renderMap(
  onPick = vi.fn(),
  {
    viewOnly = false,
    lang = 'en' as Lang,
    ...props
  }: Partial<MapPickerProps> & { viewOnly?: boolean; lang?: Lang } = {},
) {
  render(
    <I18nProvider lang={lang}>
      <MapPicker
        label="Drop point map"
        point={{ lat: -6.2, lng: 106.8 }}
        {...props}
        {...(viewOnly ? {} : { onPick })}
      />
    </I18nProvider>,
  );
  return onPick;
}

const map = () => screen.getByRole('region', { name: 'Drop point map' });

async function failTiles() {
  await waitFor(() => expect(map().querySelector('img.leaflet-tile')).not.toBeNull());
  fireEvent.error(map().querySelector('img.leaflet-tile')!);
}

/** A phone: the primary pointer is a finger. */
function coarsePointer() {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === '(pointer: coarse)',
    addEventListener: () => {},
    removeEventListener: () => {},
  }));
}

function touch(type: string, fingers: number) {
  const e = new Event(type, { bubbles: true });
  Object.defineProperty(e, 'touches', { value: Array.from({ length: fingers }, () => ({})) });
  map().dispatchEvent(e);
}

describe('MapPicker (Leaflet)', () => {
  it('names the map and shows the chosen point as a marker', () => {
    renderMap();
    expect(map().querySelector('.leaflet-marker-icon')).toHaveAttribute(
      'alt',
      'Chosen location (drag to move)',
    );
  });

  it('says when tiles fail to load, and still takes clicks', async () => {
    const onPick = renderMap();
    await failTiles();
    expect(
      await screen.findByText('Map images could not be loaded. Clicking the map still places the point.'),
    ).toBeInTheDocument();
    fireEvent.click(map(), { clientX: 200, clientY: 150 });
    expect(onPick).toHaveBeenCalledTimes(1);
    const [picked] = onPick.mock.calls[0] as [{ lat: number; lng: number }];
    expect(picked.lat).toBeCloseTo(-6.2, 1);
    expect(picked.lng).toBeCloseTo(106.8, 1);
  });

  it('on a map that only shows a point (the result), does not promise that a click places one', async () => {
    renderMap(vi.fn(), { viewOnly: true });
    await failTiles();
    expect(
      await screen.findByText('Map images could not be loaded. The point is still marked.'),
    ).toBeInTheDocument();
  });

  it('marks the hub with its name, drawn without any map image', async () => {
    renderMap(vi.fn(), { center: HUB, centerLabel: 'Hub Jakarta' });
    await failTiles();
    expect(screen.getByText('Hub Jakarta')).toHaveClass('hub-label');
    expect(map().querySelector('path.leaflet-interactive, svg path')).not.toBeNull();
  });

  it('speaks Indonesian: zoom buttons, attribution and Leaflet’s own link', () => {
    renderMap(vi.fn(), { lang: 'id' });
    expect(screen.getByRole('button', { name: 'Perbesar' })).toHaveAttribute('title', 'Perbesar');
    expect(screen.getByRole('button', { name: 'Perkecil' })).toBeInTheDocument();
    expect(map().querySelector('.leaflet-control-attribution')).toHaveTextContent(
      '© kontributor OpenStreetMap',
    );
    expect(screen.getByRole('link', { name: /Leaflet/ })).toHaveAttribute(
      'title',
      'Pustaka JavaScript untuk peta interaktif',
    );
    expect(screen.queryByRole('button', { name: 'Zoom in' })).not.toBeInTheDocument();
  });

  it('follows a change of language', () => {
    function Switch() {
      const { setLang } = useLanguage();
      return (
        <button type="button" onClick={() => setLang('id')}>
          Bahasa Indonesia
        </button>
      );
    }
    render(
      <I18nProvider lang="en">
        <Switch />
        <MapPicker label="Drop point map" point={null} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));
    expect(screen.getByRole('button', { name: 'Perbesar' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Zoom in' })).not.toBeInTheDocument();
    expect(map().querySelectorAll('.leaflet-control-zoom')).toHaveLength(1);
    expect(map().querySelector('.leaflet-control-attribution')).toHaveTextContent(
      '© kontributor OpenStreetMap',
    );
    expect(map().querySelector('.leaflet-control-attribution')).not.toHaveTextContent('contributors');
  });

  describe('on a phone', () => {
    it('leaves one finger to the page and asks for two to move the map', async () => {
      coarsePointer();
      renderMap();
      // without Leaflet's dragging its CSS lets the browser scroll the page under one finger
      expect(map()).not.toHaveClass('leaflet-touch-drag');
      expect(map()).toHaveClass('leaflet-touch-zoom');
      touch('touchstart', 1);
      touch('touchmove', 1);
      expect(await screen.findByText('Use two fingers to move the map')).toBeInTheDocument();
      touch('touchmove', 2);
      await waitFor(() =>
        expect(screen.queryByText('Use two fingers to move the map')).not.toBeInTheDocument(),
      );
    });

    it('hides the hint a moment after the finger is lifted', async () => {
      coarsePointer();
      vi.useFakeTimers();
      try {
        renderMap();
        act(() => touch('touchmove', 1));
        expect(screen.getByText('Use two fingers to move the map')).toBeInTheDocument();
        act(() => touch('touchend', 0));
        expect(screen.getByText('Use two fingers to move the map')).toBeInTheDocument();
        act(() => vi.advanceTimersByTime(2000));
        expect(screen.queryByText('Use two fingers to move the map')).not.toBeInTheDocument();
      } finally {
        vi.useRealTimers();
      }
    });

    it('says "tap", not "click"', async () => {
      coarsePointer();
      renderMap(vi.fn(), { lang: 'id' });
      await failTiles();
      expect(
        await screen.findByText('Gambar peta tidak dapat dimuat. Mengetuk peta tetap menaruh titik.'),
      ).toBeInTheDocument();
    });

    it('keeps dragging for a mouse', () => {
      renderMap();
      expect(map()).toHaveClass('leaflet-touch-drag');
      touch('touchmove', 1);
      expect(screen.queryByText('Use two fingers to move the map')).not.toBeInTheDocument();
    });
  });
});
