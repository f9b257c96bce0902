// Places for the search benchmark: Indonesian-looking customers (shops, stalls, offices, people) with street
// addresses in the country's cities, from a seeded generator so every run searches the same index.
import type { PlaceRow } from '../server/places/types';

const KINDS = ['Toko', 'Warung', 'CV', 'PT', 'Apotek', 'Bengkel', 'Klinik', 'Rumah Makan', 'Kios', 'Gudang'];
const WORDS = [
  'Sumber Rejeki',
  'Maju Jaya',
  'Berkah',
  'Sinar Abadi',
  'Makmur',
  'Sentosa',
  'Harapan Baru',
  'Mulia',
  'Cahaya',
  'Karya Mandiri',
  'Bintang Timur',
  'Sejahtera',
  'Barokah',
  'Lestari',
  'Subur',
  'Gemilang',
];
const PEOPLE = [
  'Siti',
  'Budi',
  'Agus',
  'Dewi',
  'Rina',
  'Joko',
  'Wayan',
  'Made',
  'Putu',
  'Yusuf',
  'Ahmad',
  'Sri',
  'Hendra',
  'Fitri',
  'Rudi',
  'Lestari',
  'Bambang',
  'Nur',
  'Andi',
  'Kadek',
  'Slamet',
  'Wulan',
  'Eko',
  'Teguh',
];
const STREETS = [
  'Sudirman',
  'Gatot Subroto',
  'Diponegoro',
  'Ahmad Yani',
  'Merdeka',
  'Pahlawan',
  'Veteran',
  'Imam Bonjol',
  'Hayam Wuruk',
  'Gajah Mada',
  'Cendrawasih',
  'Kenanga',
  'Melati',
  'Mawar',
  'Anggrek',
  'Kartini',
  'Pemuda',
  'Sisingamangaraja',
  'Teuku Umar',
  'Pattimura',
  'Hasanuddin',
  'Juanda',
  'Panglima Polim',
  'Raya Bogor',
  'Kebon Jeruk',
  'Cempaka Putih',
  'Pasar Baru',
  'Letjen Suprapto',
  'Wolter Monginsidi',
  'Dr. Sutomo',
];
const AREAS = [
  'Menteng',
  'Gambir',
  'Tebet',
  'Cilandak',
  'Kebayoran',
  'Coblong',
  'Sukajadi',
  'Genteng',
  'Tegalsari',
  'Lowokwaru',
  'Denpasar Barat',
  'Medan Baru',
  'Ilir Barat',
  'Tamalate',
  'Banjarmasin Tengah',
  'Kuta',
];

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function benchPlaces(count: number, organizationId: string, cities: readonly PlaceRow[]): PlaceRow[] {
  const r = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const city = pick(cities);
    const name =
      r() < 0.3
        ? `${pick(['Bu', 'Pak', 'Ibu', 'Mas'])} ${pick(PEOPLE)} ${pick(PEOPLE)}`
        : `${pick(KINDS)} ${pick(WORDS)}`;
    const address = `Jalan ${pick(STREETS)} No. ${1 + Math.floor(r() * 250)}, ${pick(AREAS)}, ${city.name} ${
      10000 + Math.floor(r() * 89999)
    }`;
    return {
      organizationId,
      ref: `bench-${i}`,
      name,
      address,
      lat: city.lat + (r() - 0.5) * 0.2,
      lng: city.lng + (r() - 0.5) * 0.2,
      precision: 'exact',
      source: 'task',
    };
  });
}

/** What dispatchers type: starts of words, several words, and a typo. */
export const QUERIES: Readonly<Record<string, readonly string[]>> = {
  prefix: [
    'sumb',
    'toko ma',
    'jal sudir',
    'warung ber',
    'apot',
    'bu sit',
    'diponeg',
    'kebon',
    'band',
    'gat sub',
  ],
  'multi-word': [
    'toko sumber rejeki bandung',
    'jalan diponegoro 12',
    'warung bu siti menteng',
    'cv maju jaya surabaya',
    'klinik sehat jalan merdeka',
    'pak budi agus',
    'jalan ahmad yani medan',
    'apotek barokah denpasar',
  ],
  typo: [
    'sumbre rejeki',
    'diponegroo',
    'warnug',
    'sudriman',
    'makasar',
    'balikpapam',
    'cendrawsih',
    'kartni',
  ],
};
