import type { importEn } from './import-en';

// Bahasa Indonesia of import-en.ts. Typed by the English keys: a missing or extra key fails the type check.
export const importId: Record<keyof typeof importEn, string> = {
  'import.heading': 'Impor tugas: {flow}',
  'import.close': 'Tutup impor',
  'import.back': 'Kembali',
  'import.steps': 'Langkah impor',
  'import.step.source': 'Pilih baris',
  'import.step.map': 'Cocokkan kolom',
  'import.step.review': 'Periksa, perbaiki, dan buat',
  'import.loadingLists': 'Memuat hub dan pengguna untuk memeriksa baris…',
  'import.presetName': '{flow} (Task Composer)',

  'import.template.heading': 'Mulai dari templat',
  'import.template.hint':
    'Kolom-kolom flow ini (yang wajib bertanda *), satu baris contoh, dan lembar kedua berisi daftar hub, pengguna, dan pilihan.',
  'import.template.xlsx': 'Unduh templat Excel (.xlsx)',
  'import.template.csv': 'Unduh templat CSV',
  'import.template.failed': 'Templat tidak dapat dibuat. Coba lagi.',
  'import.template.file': 'templat impor',
  'import.template.sheet': 'Tugas',

  'import.source.heading': 'Baris Anda',
  'import.source.limits':
    'Paling banyak {rows} baris dan {mb} MB per impor. Baris pertama berisi nama kolom.',
  'import.source.file': 'File spreadsheet (.xlsx, .csv, atau .tsv)',
  'import.source.drop': 'Atau letakkan file di kotak ini.',
  'import.source.reading': 'Membaca baris…',
  'import.source.paste': 'Tempel sel dari Excel atau Google Sheets',
  'import.source.pasteHint': 'Salin sel beserta baris judulnya, lalu tempel di sini: langsung dibaca.',
  'import.source.readPasted': 'Baca teks di atas',
  'import.source.pasteName': 'Sel yang ditempel',
  'import.source.emptyGrid': 'Ketik baris di tabel kosong',
  'import.source.emptyGridHint':
    'Tabel dengan kolom templat dan beberapa baris kosong; tambahkan baris sesuai kebutuhan.',
  'import.source.gridName': 'Baris yang diketik',
  'import.source.sheet': 'Lembar',
  'import.source.delimiter': 'Pemisah kolom',
  'import.source.comma': 'Koma (,)',
  'import.source.semicolon': 'Titik koma (;)',
  'import.source.tab': 'Tab',
  'import.source.legacyEncoding':
    'File ini tidak disimpan sebagai UTF-8, jadi dibaca sebagai teks Windows. Periksa apakah nama beraksen tampil benar; jika tidak, simpan ulang sebagai “CSV UTF-8”.',

  'import.problem.tooLarge':
    'File ini lebih besar dari {max} MB. Pecah menjadi beberapa file kecil dan impor satu per satu.',
  'import.problem.tooManyRows':
    'File ini berisi {rows} baris; satu impor paling banyak {max} baris. Pecah menjadi beberapa file kecil dan impor satu per satu.',
  'import.problem.empty': 'File ini kosong: tidak ada baris untuk diimpor.',
  'import.problem.noHeader':
    'Baris pertama lembar ini berisi nilai, bukan nama kolom. Tambahkan baris judul yang menamai kolom (templat sudah memilikinya).',
  'import.problem.encrypted':
    'File ini dilindungi kata sandi, atau merupakan file .xls lama. Buka di Excel, hapus kata sandinya, lalu simpan sebagai .xlsx atau .csv.',
  'import.problem.corrupt':
    'File ini tidak dapat dibaca: rusak atau bukan file Excel. Simpan ulang sebagai .xlsx atau .csv.',
  'import.problem.unsupported': 'Hanya file .xlsx, .csv, dan .tsv yang dapat diimpor.',
  'import.problem.encoding':
    'Teks file ini memakai pengodean yang tidak dapat dibaca di sini. Simpan ulang sebagai “CSV UTF-8” dan impor file tersebut.',

  'import.column.named': 'Kolom {letter}: {title}',
  'import.column.untitled': 'Kolom {letter} (tanpa judul)',
  'import.mapping.summary': '{mapped} dari {columns} kolom akan diimpor.',
  'import.mapping.presetUsed':
    'Kolom dicocokkan seperti yang Anda simpan saat terakhir mengimpor ke flow ini.',
  'import.mapping.noValues': 'kosong',
  'import.mapping.skip': 'Jangan diimpor',
  'import.mapping.requiredOption': '{name} (wajib)',
  'import.mapping.notImported': 'Tidak diimpor',
  'import.mapping.required': 'Kolom wajib',
  'import.mapping.missing': 'Pilih kolom untuk setiap isian wajib sebelum lanjut:',
  'import.mapping.continue': 'Lanjut ke pemeriksaan',

  'import.target.hubId': 'Hub',
  'import.target.assignee': 'Petugas',
  'import.target.startTime': 'Waktu mulai',
  'import.target.endTime': 'Waktu selesai',
  'import.target.unit': '{title} (satuan)',
  'import.target.lat': '{title} (lintang)',
  'import.target.lng': '{title} (bujur)',

  'import.review.counts': 'Siap dibuat: {valid}. Bermasalah: {invalid}.',
  'import.review.checking': 'Memeriksa baris: {done} dari {total}…',
  'import.review.sentCounts': 'Terkirim: {created} dibuat, {refused} ditolak.',
  'import.review.allCreated': 'Semua {n} tugas sudah dibuat.',
  'import.review.onlyErrors': 'Hanya baris bermasalah',
  'import.review.addRow': 'Tambah baris',
  'import.review.gridLabel': 'Baris yang akan diimpor ke {flow}',
  'import.review.noErrors': 'Tidak ada baris yang bermasalah.',
  'import.review.skipHint':
    'Baris bermasalah tidak dikirim: perbaiki di tabel (Enter atau klik ganda untuk mengubah sel), atau hapus.',
  'import.review.create': 'Buat tugas dari baris yang siap ({n})',
  'import.review.retry': 'Kirim ulang baris yang gagal ({n})',
  'import.review.finish': 'Selesaikan impor ini',
  'import.review.cancel': 'Batalkan impor ini',

  'import.review.onlyUnplaced': 'Hanya baris yang belum ada lokasinya ({n})',
  'import.review.allPlaced': 'Setiap baris yang beralamat sudah punya lokasi.',

  'import.geocode.start': 'Cari koordinat untuk {n} baris',
  'import.geocode.startHint':
    'Dari alamat tiap baris, ke kolom {location}. Koordinat yang sudah ada di file tetap dipakai.',
  'import.geocode.progress': 'Mencari tempat {done} / {total}',
  'import.geocode.cancel': 'Berhenti mencari tempat',
  'import.geocode.summary': 'Ditemukan lewat pencarian: {found}. Perlu ditentukan manual: {unplaced}.',
  'import.geocode.off':
    'Pencarian tempat dimatikan di server ini: ketik atau tempel koordinat di kolom {location}.',
  'import.geocode.slow': 'Pencarian tempat tidak menjawab tepat waktu. Coba lagi sebentar lagi.',
  'import.geocode.unreachable': 'Pencarian tempat tidak dapat dihubungi. Coba lagi sebentar lagi.',

  'import.precision.exact': 'tempat persis',
  'import.precision.street': 'jalan',
  'import.precision.area': 'kawasan',
  'import.precision.city': 'hanya kota',

  'import.place.foundBadge': 'Ditemukan: {precision}',
  'import.place.foundNote': 'Koordinat ditemukan lewat pencarian dari alamat: {place} ({precision}).',
  'import.place.none': 'Alamat tidak ditemukan',
  'import.place.noneNote':
    'Tidak ada tempat yang cocok dengan “{address}”. Cari dengan kata lain atau ketik koordinatnya.',
  'import.place.several': 'Beberapa tempat cocok',
  'import.place.severalNote':
    'Beberapa tempat cocok dengan “{address}”. Pilih satu, cari lagi, atau ketik koordinatnya.',
  'import.place.approximate': 'Hanya kotanya ditemukan',
  'import.place.approximateNote':
    'Hanya kota dari “{address}” yang ditemukan. Pakai titik tengahnya, cari tempat yang lebih tepat, atau ketik koordinatnya.',

  'import.fix.heading': 'Tentukan lokasi baris {line} ({i} dari {n})',
  'import.fix.candidates': 'Tempat yang ditemukan',
  'import.fix.place': 'Pakai {place} ({precision})',
  'import.fix.noResults': 'Tidak ada hasil untuk kata-kata ini.',
  'import.fix.search': 'Cari tempatnya',
  'import.fix.searchButton': 'Cari',
  'import.fix.coordinates': 'Atau ketik atau tempel koordinatnya',
  'import.fix.useCoordinates': 'Pakai koordinat ini',
  'import.fix.coordinatesInvalid':
    'Tulis lintang dan bujurnya, misalnya -6.2, 106.8, atau tempel tautan peta.',
  'import.fix.previous': 'Baris sebelumnya',
  'import.fix.next': 'Baris berikutnya',

  'import.status.checking': 'Memeriksa…',
  'import.status.ready': 'Siap',
  'import.status.errors': 'Masalah: {n}',
  'import.status.created': 'Dibuat',
  'import.status.refused': 'Ditolak server',

  'import.grid.row': 'Baris',
  'import.grid.status': 'Status',
  'import.grid.actions': 'Tindakan',
  'import.grid.delete': 'Hapus',
  'import.grid.deleteRow': 'Hapus baris {line}',
  'import.grid.openTask': 'Buka tugas {id}',
  'import.grid.editLabel': '{column}, baris {line}',
  'import.grid.panelCell': 'Baris {line}, {column}',
  'import.grid.sentAs': 'Dikirim sebagai: {value}',
  'import.grid.panelRow': 'Baris {line}',

  'import.failed.download': 'Unduh baris yang gagal ({n})',
  'import.failed.failed': 'File tidak dapat dibuat. Coba lagi.',
  'import.failed.column': 'Kesalahan',
  'import.failed.sheet': 'Baris gagal',
  'import.failed.file': 'impor',
  'import.failed.suffix': 'baris gagal',

  'import.resume.question':
    'Impor “{name}” ke {flow} belum selesai ({created} dari {rows} baris sudah dibuat). Lanjutkan?',
  'import.resume.flowMissing':
    'Impor ke flow “{flow}” yang belum selesai tidak dapat dilanjutkan: organisasi ini tidak lagi memiliki flow tersebut.',
  'import.resume.resume': 'Lanjutkan impor',
  'import.resume.discard': 'Buang',

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
