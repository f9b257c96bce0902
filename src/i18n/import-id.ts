import type { importEn } from './import-en';

// Bahasa Indonesia of import-en.ts. Typed by the English keys: a missing or extra key fails the type check.
export const importId: Record<keyof typeof importEn, string> = {
  'import.send.label': 'Membuat tugas',
  'import.send.count': '{done} dari {total} baris',
  'import.send.rate': '{rate} baris/dtk',
  'import.send.secondsLeft': 'sekitar {seconds} dtk lagi',
  'import.send.minutesLeft': 'sekitar {minutes} mnt lagi',
  'import.send.waitingRateLimit': 'Server meminta untuk memperlambat: lanjut dalam {seconds} dtk.',
  'import.send.waitingNoAnswer':
    'Belum ada jawaban ({reason}). Mencoba lagi dalam {seconds} dtk dengan kunci yang sama, jadi tidak ada tugas yang dibuat dua kali.',
  'import.send.error':
    'Pengiriman berhenti ({reason}). Tugas yang sudah dibuat tetap ada; kirim lagi untuk melanjutkan dari titik berhenti.',
  'import.send.elsewhere':
    'Impor ini sedang dikirim di tab lain. Lanjutkan di sana, atau tutup tab itu lalu coba lagi.',
  'import.send.stopped':
    'Dihentikan. {created} dari {total} baris sudah dibuat; kirim lagi untuk melanjutkan.',
  'import.send.done': 'Selesai: {created} dibuat, {failed} tidak dibuat.',
  'import.send.cancel': 'Batal',
};
