// Task times are meant in the hub's time zone: a Jakarta dispatcher creating a task for Makassar means
// Makassar time (docs/decisions/029-hub-time-zones.md). The zone comes from the hub's coordinates.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { toIsoOffset } from './datetime';

/** What people here call the zones of Indonesia. */
const LOCAL_NAMES: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

// The lookup's coarse grid puts Jayapura and the rest of Papua's strip west of the border (141°E) in
// Papua New Guinea's zone (UTC+10) instead of WIT (UTC+9). West of the Fly River bulge the land is Indonesia's.
const PAPUA_BORDER_LNG = 140.85;

/** Coordinates → IANA zone: @photostructure/tz-lookup, whose data weighs 29 KB gzipped. */
export type ZoneLookup = (lat: number, lng: number) => string;

let loading: Promise<ZoneLookup> | undefined;

/** The lookup, loaded on first use: a chunk of its own, so the form shows before it arrives. */
export function loadZoneLookup(): Promise<ZoneLookup> {
  loading ??= import('@photostructure/tz-lookup').then(
    (m) => m.default,
    (e: unknown) => {
      loading = undefined; // a failed chunk download may be retried
      throw e;
    },
  );
  return loading;
}

/** The IANA zone at a point; undefined when the point is not a place on Earth. */
export function zoneAt(lookup: ZoneLookup, lat: number, lng: number): string | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
    return undefined;
  const zone = lookup(lat, lng);
  return zone === 'Pacific/Port_Moresby' && lng < PAPUA_BORDER_LNG ? 'Asia/Jayapura' : zone;
}

/** WIB, WITA or WIT for Indonesia's zones; undefined elsewhere. */
export function localZoneName(zone: string): string | undefined {
  return LOCAL_NAMES[zone];
}

/** `+08:00`: the zone's offset from UTC at `at`. */
export function zoneOffset(zone: string, at: Date): string {
  return toIsoOffset(at, -new TZDate(at.getTime(), zone).getTimezoneOffset()).slice(-6);
}

/** An instant as the wall-clock value of a datetime-local input in `zone` (minutes precision). */
export function toZonedInput(at: Date, zone: string): string {
  return format(new TZDate(at.getTime(), zone), "yyyy-MM-dd'T'HH:mm");
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A datetime-local value meant in `zone` → `2024-05-01T09:30:00+08:00`; null when it is not one. */
export function zonedInputToIso(value: string, zone: string): string | null {
  const m = WALL.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const at = new TZDate(y, mo - 1, d, h, mi, s, zone);
  // 2024-02-30 would roll over into March: not a day of the calendar.
  if (Number.isNaN(at.getTime()) || at.getMonth() !== mo - 1 || at.getDate() !== d) return null;
  return toIsoOffset(new Date(at.getTime()), -at.getTimezoneOffset());
}
