import type { en } from './en';

// Bahasa Indonesia. Typed by the English keys: a missing or extra key fails the type check.
export const id: Record<keyof typeof en, string> = {
  'app.title': 'Task Composer',
  'app.skipToContent': 'Langsung ke konten',
  'app.language': 'Bahasa',
  'app.disconnect': 'Putuskan',
  'app.disconnectWaiting':
    'Tugas yang masih menunggu dikirim dengan akun ini: {count}. Jika Anda memutuskan koneksi, tugas tetap di perangkat ini dan dikirim saat akun ini terhubung lagi.',
  'app.stayConnected': 'Tetap terhubung',
  'app.disconnectAnyway': 'Tetap putuskan',
  'app.connectedTo': 'Terhubung ke {host}',
  'app.offline': 'Offline',
  'app.sessionExpired': 'Server menolak token Anda. Hubungkan lagi: isian formulir tetap tersimpan.',
  'app.unchecked':
    'Terhubung tanpa memeriksa token, karena perangkat ini sedang offline. Token diperiksa begitu server dapat dihubungi.',
  'app.newTask': 'Buat tugas',
  'app.loadingFlow': 'Memuat flow…',

  'error.title': 'Terjadi kesalahan',
  'error.reload': 'Muat ulang halaman',
  'error.retry': 'Coba lagi',
  'error.network': 'Tidak dapat menghubungi server di {url}. Periksa alamat dan koneksi Anda.',
  'error.blockedByPolicy':
    'Halaman ini tidak boleh menghubungi {origin}: server Task Composer yang menyajikannya tidak mengizinkan alamat itu. Tambahkan {origin} ke pengaturan CONNECT_ORIGINS server itu, atau gunakan alamat API server itu sendiri.',
  'error.timeout': 'Server di {url} tidak menjawab tepat waktu. Coba lagi.',
  'error.unauthorized': 'Server menolak token API ini. Pastikan token lengkap dan belum kedaluwarsa.',
  'error.forbidden': 'Token ini tidak diizinkan melakukan itu.',
  'error.rateLimited': 'Terlalu banyak permintaan. Tunggu satu menit lalu coba lagi.',
  'error.notFound': 'Tidak ditemukan.',
  'error.server': 'Server gagal ({status}): {message}',
  'error.notJson': 'Alamat {url} tidak menjawab seperti API MileApp. Periksa URL dasar API.',

  'connection.heading': 'Hubungkan ke MileApp',
  'connection.intro': 'Masukkan alamat API dan token akses (web.mile.app → Profil → Access Token).',
  'connection.baseUrl': 'URL dasar API',
  'connection.token': 'Token API',
  'connection.remember': 'Ingat di perangkat ini',
  'connection.rememberHint': 'Jika tidak, token dilupakan saat tab ini ditutup.',
  'connection.connect': 'Hubungkan',
  'connection.connecting': 'Menghubungkan…',
  'connection.useDemo': 'Gunakan akun demo',
  'connection.demoHint': 'Server ini menjalankan organisasi demo.',
  'connection.offline':
    'Perangkat ini sedang offline. Anda tetap dapat terhubung: token diperiksa begitu koneksi kembali.',
  'connection.connectUnchecked': 'Hubungkan tanpa memeriksa',
  'connection.baseUrlInvalid': 'Masukkan alamat lengkap yang diawali http:// atau https://.',
  'connection.tokenRequired': 'Masukkan token API.',
  'connection.showToken': 'Tampilkan token',

  'flowPicker.label': 'Flow',
  'flowPicker.placeholder': 'Cari flow',
  'flowPicker.noMatch': 'Tidak ada flow yang cocok dengan “{query}”.',
  'flowPicker.noFlows': 'Organisasi ini belum memiliki flow.',
  'flowPicker.loading': 'Memuat flow…',
  'flowPicker.saved': 'Offline: menampilkan flow yang tersimpan di perangkat ini pada {time}.',
  'flowPicker.count': '{count} flow',
  'flowPicker.toggle': 'Tampilkan semua flow',
  'flowPicker.importMany': 'Impor banyak tugas',
  'flowPicker.loadingImport': 'Memuat impor…',
  'flowPicker.fields': '{count} kolom',
};
