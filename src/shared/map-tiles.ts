// The map tiles the web app uses when it is built without VITE_TILE_URL. The server needs the same URL
// for its CSP img-src, so it lives here, beside nothing browser- or Node-specific, for both to import.
export const DEFAULT_TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
