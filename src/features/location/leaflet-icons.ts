// Leaflet finds its default marker images by reading a CSS url at runtime, which a bundler's hashed file
// names break (a missing marker in the built app). Give it the bundled URLs instead (docs/toolchain.md).
import L from 'leaflet';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';

L.Icon.Default.imagePath = '';
L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });
