// The words spreadsheet headers use for the task's own keys and for common fields, in English and Bahasa
// Indonesia, compared as header keys (headerKey: lower case, no accents, spaces or punctuation).
import type { FieldKind } from '../types';
import type { MetaTarget } from './types';

const NON_WORD = /[^\p{L}\p{N}]+/gu;
const MARKS = /\p{M}/gu;

/** `Nomor HP *`, `nomor_hp`, `Nómor-HP` → `nomorhp`: what two headers must share to mean the same. */
export function headerKey(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(NON_WORD, '');
}

/** The words of an id or title: `customerName`, `customer_name` and `Customer name` → customer, name. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(NON_WORD)
    .map(headerKey)
    .filter((w) => w !== '');
}

const keys = (list: readonly string[]): readonly string[] => list.map(headerKey);

/**
 * Indonesian header words by their English meaning, so that a sheet's own headers find a flow whose
 * titles are English: `Tanggal Kirim` → date, delivery → "Delivery date".
 */
const GLOSSARY: Readonly<Record<string, string>> = {
  alamat: 'address',
  ambil: 'pickup',
  asal: 'origin',
  barang: 'item',
  berat: 'weight',
  biaya: 'cost',
  buka: 'open',
  catatan: 'note',
  harga: 'price',
  hasil: 'result',
  hp: 'phone',
  instruksi: 'instruction',
  jam: 'time',
  jemput: 'pickup',
  jenis: 'type',
  jumlah: 'amount',
  kantor: 'office',
  keterangan: 'note',
  kirim: 'delivery',
  kode: 'code',
  kodepos: 'postcode',
  konsumen: 'customer',
  koordinat: 'coordinate',
  kota: 'city',
  kunjungan: 'visit',
  lacak: 'track',
  layanan: 'service',
  lokasi: 'location',
  loker: 'locker',
  nama: 'name',
  nilai: 'amount',
  no: 'number',
  nomor: 'number',
  nominal: 'amount',
  paket: 'package',
  pelacakan: 'track',
  pelanggan: 'customer',
  pemohon: 'requester',
  penerima: 'receiver',
  pengantaran: 'delivery',
  pengirim: 'sender',
  pengiriman: 'delivery',
  penjemputan: 'pickup',
  ponsel: 'phone',
  pukul: 'time',
  satuan: 'unit',
  siap: 'ready',
  surel: 'email',
  tanggal: 'date',
  tautan: 'link',
  telepon: 'phone',
  telp: 'phone',
  tgl: 'date',
  tipe: 'type',
  titik: 'point',
  toko: 'store',
  tujuan: 'destination',
  tutup: 'close',
  waktu: 'time',
};

/** Words that carry no meaning of their own in a header. */
const FILLERS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'at',
  'dan',
  'untuk',
  'yang',
  'di',
  'ke',
  'dari',
]);

/** `services` → service, `opening` → open: both sides are cut the same way, so only equality matters. */
const stem = (w: string): string => (w.length > 4 ? w.replace(/(?:ing|s)$/, '') : w);

/** What a header or a title means, as a set of English stems: `Jam Buka` and `Opening time` → open, time. */
export function meaning(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const w of words(text)) if (!FILLERS.has(w)) out.add(stem(GLOSSARY[w] ?? w));
  return out;
}

/** Titles of the task's own keys, besides the English one: what Indonesian and English sheets call them. */
export const META_NAMES: Readonly<Record<MetaTarget, readonly string[]>> = {
  hubId: keys(['Hub', 'Hub id', 'Hub name', 'Nama hub', 'Gudang', 'Depo', 'Depot', 'Cabang', 'Warehouse']),
  assignee: keys([
    'Assignee',
    'Assignees',
    'Assigned to',
    'Assignee email',
    'Petugas',
    'Email petugas',
    'Kurir',
    'Courier',
    'Driver',
    'Penerima tugas',
    'Ditugaskan ke',
  ]),
  startTime: keys(['Start time', 'Start', 'Waktu mulai', 'Jam mulai', 'Mulai', 'Tanggal mulai']),
  endTime: keys([
    'End time',
    'End',
    'Waktu selesai',
    'Jam selesai',
    'Selesai',
    'Tanggal selesai',
    'Deadline',
  ]),
};

export const LAT_WORDS = keys(['Latitude', 'Lintang', 'Lat']);
export const LNG_WORDS = keys(['Longitude', 'Bujur', 'Lng', 'Lon', 'Long']);
export const UNIT_WORDS = keys(['unit', 'satuan', 'uom']);

interface AliasGroup {
  /** header keys that mean this */
  names: ReadonlySet<string>;
  /** the kind a component of this meaning usually has, when its id and title say nothing */
  kind?: FieldKind;
}

const group = (names: readonly string[], kind?: FieldKind): AliasGroup => ({
  names: new Set(keys(names)),
  kind,
});

/** Common fields: the names people give them, matched only after ids and titles. */
export const ALIAS_GROUPS: readonly AliasGroup[] = [
  group(
    [
      'phone',
      'phone number',
      'mobile',
      'mobile phone',
      'tel',
      'telepon',
      'telp',
      'no telp',
      'no telepon',
      'nomor telepon',
      'hp',
      'no hp',
      'nomor hp',
      'handphone',
      'ponsel',
      'whatsapp',
      'wa',
      'no wa',
    ],
    'phone',
  ),
  group(['email', 'e-mail', 'surel', 'alamat email']),
  group(['address', 'addr', 'full address', 'alamat', 'alamat lengkap', 'alamat pengiriman'], 'address'),
  group([
    'name',
    'full name',
    'nama',
    'nama lengkap',
    'customer',
    'customer name',
    'pelanggan',
    'nama pelanggan',
  ]),
  group(['notes', 'note', 'remarks', 'remark', 'comment', 'catatan', 'keterangan', 'instruksi', 'deskripsi']),
  group(['url', 'website', 'link', 'tautan', 'situs'], 'url'),
  group(
    ['location', 'coordinates', 'coordinate', 'lokasi', 'koordinat', 'titik', 'latlng', 'latlong'],
    'geolocation',
  ),
  group(['amount', 'cod', 'price', 'total', 'jumlah', 'nominal', 'harga', 'nilai'], 'currency'),
  group(['date', 'tanggal', 'tgl'], 'date'),
  group(['weight', 'berat']),
];
