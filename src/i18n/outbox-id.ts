import type { outboxEn } from './outbox-en';

// Bahasa Indonesia of outbox-en.ts. Typed by the English keys: a missing or extra key fails the type check.
export const outboxId: Record<keyof typeof outboxEn, string> = {
  'outbox.heading': 'Kotak keluar',
  'outbox.intro': 'Tugas yang belum terkirim. Tugas disimpan di perangkat ini dan dikirim otomatis.',
  'outbox.offline':
    'Anda sedang offline. Tugas baru disimpan di kotak keluar dan dikirim saat koneksi kembali.',
  'outbox.notPersistent':
    'Browser ini tidak mengizinkan kotak keluar disimpan: biarkan tab ini terbuka sampai tugas terkirim.',
  'outbox.device.heading': 'Menunggu di perangkat ini ({count})',
  'outbox.device.intro':
    'Disimpan di sini sampai dibuat. Tugas dikirim begitu Anda terhubung dengan akun tempat tugas itu dibuat.',
  'outbox.otherAccounts':
    '{count} lagi disimpan untuk akun atau server lain: dikirim saat akun itu terhubung.',
  'outbox.otherAccountsShow': 'Tampilkan yang disimpan untuk server ini',
  'outbox.adoptHint':
    'Kirim dengan akun yang sedang terhubung hanya jika organisasinya sama (misalnya setelah token baru): tugas dibuat di organisasi akun ini.',
  'outbox.adopt': 'Kirim dengan akun ini',
  'outbox.sendNow': 'Kirim sekarang',
  'outbox.clearCreated': 'Hapus yang sudah dibuat',
  'outbox.flowMissing':
    'Tugas ini tidak dapat dibuka: flow “{flow}” tidak ada dalam daftar flow organisasi ini. Tugas tetap di kotak keluar.',
  'outbox.replaceDraft':
    'Anda punya draf “{flow}” yang belum dikirim. Membuka tugas ini di formulir akan menggantikan draf itu.',
  'outbox.keepDraft': 'Simpan draf saya',
  'outbox.replaceDraftConfirm': 'Ganti draf',
  'outbox.reopen': 'Buka di formulir',
  'outbox.discard': 'Buang',
  'outbox.remove': 'Hapus dari daftar ini',
  'outbox.edit': 'Ubah',
  'outbox.putBack': 'Kirim seperti semula',
  'outbox.cancel': 'Batalkan',
  'outbox.cancelConfirm': 'Batalkan “{label}”? Tugas ini dihapus dari perangkat ini dan tidak dikirim.',
  'outbox.cancelMaybeCreated':
    'Satu percobaan tidak mendapat jawaban, jadi server mungkin sudah membuatnya: periksa Tugas terbaru.',
  'outbox.cancelKeep': 'Simpan',
  'outbox.cancelConfirmYes': 'Batalkan tugas',
  'outbox.untitled': '(tanpa judul)',
  'outbox.queuedAt': 'Masuk antrean pukul {time}',
  'outbox.taskId': 'ID tugas {id}',
  'outbox.state.waiting': 'Menunggu',
  'outbox.state.sending': 'Mengirim',
  'outbox.state.created': 'Dibuat',
  'outbox.state.editing': 'Sedang diubah',
  'outbox.state.failed': 'Gagal',
  'outbox.reason.offline': 'Tidak ada koneksi. Dikirim saat koneksi kembali.',
  'outbox.reason.network': 'Server tidak dapat dihubungi. Mencoba lagi otomatis.',
  'outbox.reason.timeout': 'Server tidak menjawab tepat waktu. Mencoba lagi otomatis.',
  'outbox.reason.server': 'Server gagal ({status}): {message}. Mencoba lagi otomatis.',
  'outbox.reason.rateLimited': 'Terlalu banyak permintaan. Mencoba lagi dalam satu menit.',
  'outbox.reason.unauthorized': 'Server menolak token. Hubungkan lagi untuk mengirimnya.',
  'outbox.reason.maybeCreated':
    'Tugas ini mungkin sudah ada di MileApp: percobaan sebelumnya sampai ke sana tetapi jawabannya hilang. Periksa daftar tugas sebelum mengirimnya lagi.',
  'outbox.reason.rejected': 'Server menolaknya ({status}): {message}',
  'outbox.reason.editing':
    'Dibuka di formulir: tugas ini tidak dikirim sampai Anda membuatnya di sana, atau mengirimnya seperti semula.',
  'outbox.reason.fieldsHint': 'Buka di formulir untuk memperbaikinya.',
  'outbox.announce.queued': '“{label}” belum dapat dikirim dan disimpan di kotak keluar.',
  'outbox.announce.created': '“{label}” telah dibuat.',
  'outbox.announce.failed': '“{label}” ditolak oleh server.',
};
