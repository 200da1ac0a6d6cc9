//! Integration tests for ghirbal-io: one binary, one module per concern.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use ghirbal_io::{
    decode, decompress, inputs, read_input, Compression, InputErrorKind, InputSource, Limits,
};

/// Arabic sample text written for these tests.
const ARABIC: &str = "افتتحت البلدية صباح اليوم حديقة عامة جديدة في وسط المدينة، \
وقال رئيس البلدية إن الحديقة ستفتح أبوابها للزوار كل يوم من الساعة السابعة صباحا \
حتى العاشرة مساء. وأضاف أن المشروع استغرق عامين من العمل المتواصل.\n\n\
وأعرب عدد من السكان عن سعادتهم بالمساحة الخضراء الجديدة، مؤكدين أن الأطفال \
كانوا بحاجة إلى مكان آمن للعب بعيدا عن الشوارع المزدحمة.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&path, bytes).unwrap();
    path
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap()
}

fn zstd(bytes: &[u8]) -> Vec<u8> {
    zstd::encode_all(bytes, 3).unwrap()
}

/// Deterministic pseudo-random bytes (xorshift), standing in for binary data.
fn noise(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

fn load(path: &Path, limits: &Limits) -> Result<ghirbal_io::Decoded, String> {
    let source = InputSource::File(path.to_path_buf());
    let raw = read_input(&source, limits).map_err(|e| e.to_string())?;
    decode(&source.label(), raw.bytes).map_err(|e| e.to_string())
}

mod compression {
    use super::*;

    #[test]
    fn gzip_and_zstd_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes, format) in [
            ("a.txt.gz", gzip(ARABIC.as_bytes()), Compression::Gzip),
            ("a.txt.zst", zstd(ARABIC.as_bytes()), Compression::Zstd),
            // Magic bytes decide, not the name.
            (
                "gz-without-extension",
                gzip(ARABIC.as_bytes()),
                Compression::Gzip,
            ),
            ("a.txt", ARABIC.as_bytes().to_vec(), Compression::None),
        ] {
            let path = write(dir.path(), name, &bytes);
            let raw = read_input(&InputSource::File(path), &Limits::default()).unwrap();
            assert_eq!(raw.compression, format, "{name}");
            assert_eq!(raw.bytes, ARABIC.as_bytes(), "{name}");
            assert_eq!(raw.bytes_read, bytes.len() as u64, "{name}");
        }
    }

    #[test]
    fn concatenated_gzip_members_are_all_read() {
        let mut bytes = gzip("الجزء الأول\n".as_bytes());
        bytes.extend(gzip("الجزء الثاني\n".as_bytes()));
        let (out, _) = decompress("x", None, bytes, &Limits::default()).unwrap();
        assert_eq!(out, "الجزء الأول\nالجزء الثاني\n".as_bytes());
    }

    #[test]
    fn truncated_streams_are_errors_naming_the_input() {
        let long = ARABIC.repeat(20);
        for (name, full) in [
            ("t.txt.gz", gzip(long.as_bytes())),
            ("t.txt.zst", zstd(long.as_bytes())),
        ] {
            let cut = full[..full.len() / 2].to_vec();
            let n = cut.len();
            let err = decompress(name, Some(Path::new(name)), cut, &Limits::default()).unwrap_err();
            assert!(
                matches!(err.kind(), InputErrorKind::Truncated { compressed_bytes, .. } if *compressed_bytes == n as u64),
                "{name}: {err}"
            );
            let format = if name.ends_with("gz") { "gzip" } else { "zstd" };
            assert_eq!(
                err.to_string(),
                format!("{name}: {format} stream truncated after {n} bytes")
            );
        }
        // Cut inside the gzip trailer: all data there, checksum missing.
        let full = gzip(b"abc");
        let err = decompress(
            "t.gz",
            None,
            full[..full.len() - 4].to_vec(),
            &Limits::default(),
        )
        .unwrap_err();
        assert!(
            matches!(err.kind(), InputErrorKind::Truncated { .. }),
            "{err}"
        );
    }

    #[test]
    fn compressed_extension_without_magic() {
        let limits = Limits::default();
        let err = decompress("a.gz", Some(Path::new("a.gz")), vec![0x1f], &limits).unwrap_err();
        assert_eq!(err.to_string(), "a.gz: gzip stream truncated after 1 bytes");
        let err = decompress(
            "a.zst",
            Some(Path::new("a.zst")),
            b"plain".to_vec(),
            &limits,
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.zst: zstd: corrupt stream: not compressed (wrong magic bytes)"
        );
        let (out, format) = decompress("a.gz", Some(Path::new("a.gz")), vec![], &limits).unwrap();
        assert!(out.is_empty());
        assert_eq!(format, Compression::None);
    }

    #[test]
    fn corrupt_gzip_is_an_error() {
        let mut bytes = gzip(ARABIC.as_bytes());
        let mid = bytes.len() / 2;
        bytes[mid..mid + 8].fill(0xff);
        let err = decompress("c.gz", None, bytes, &Limits::default()).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                InputErrorKind::Corrupt { .. } | InputErrorKind::Truncated { .. }
            ),
            "{err}"
        );
        assert!(err.to_string().starts_with("c.gz: gzip"), "{err}");
    }

    #[test]
    fn decompression_bombs_are_capped() {
        // 64 MiB of zeros: ~64 KiB of gzip, a few KiB of zstd.
        let zeros = vec![0u8; 64 << 20];
        let limits = Limits::with_max_bytes(1 << 20);
        for (name, bomb) in [("bomb.gz", gzip(&zeros)), ("bomb.zst", zstd(&zeros))] {
            assert!(
                bomb.len() < 1 << 20,
                "the compressed bomb itself fits the limit"
            );
            let err = decompress(name, None, bomb, &limits).unwrap_err();
            assert!(
                matches!(err.kind(), InputErrorKind::DecompressedTooLarge { limit, .. } if *limit == 1 << 20),
                "{err}"
            );
            assert!(err
                .to_string()
                .contains("decompressed size exceeds the limit of 1048576 bytes"));
        }
    }

    #[test]
    fn raw_size_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "big.txt", &vec![b'a'; 2000]);
        let err = read_input(
            &InputSource::File(path.clone()),
            &Limits::with_max_bytes(1000),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("{}: larger than the limit of 1000 bytes", path.display())
        );
        assert!(read_input(&InputSource::File(path), &Limits::with_max_bytes(2000)).is_ok());
    }
}

mod decoding {
    use super::*;

    #[test]
    fn utf8_is_taken_as_is() {
        let d = decode("a", ARABIC.as_bytes().to_vec()).unwrap();
        assert_eq!(d.text, ARABIC);
        assert_eq!(d.encoding, "UTF-8");
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn utf8_bom_is_stripped() {
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice(ARABIC.as_bytes());
        let d = decode("a", bytes).unwrap();
        assert_eq!(d.text, ARABIC);
        assert!(d.warnings.is_empty());
    }

    #[test]
    fn legacy_arabic_encodings_without_declaration() {
        for encoding in [encoding_rs::WINDOWS_1256, encoding_rs::ISO_8859_6] {
            let (bytes, _, unmappable) = encoding.encode(ARABIC);
            assert!(!unmappable, "{}", encoding.name());
            let dir = tempfile::tempdir().unwrap();
            let path = write(dir.path(), "legacy.txt", &bytes);
            let d = load(&path, &Limits::default()).unwrap();
            assert_eq!(d.encoding, encoding.name());
            assert_eq!(d.text, ARABIC, "{}", encoding.name());
            assert_eq!(
                d.warnings,
                [format!(
                    "encoding: decoded as {} (guessed)",
                    encoding.name()
                )]
            );
        }
    }

    #[test]
    fn short_windows_1256_line() {
        let line = "وزير الخارجية يزور القاهرة غدا";
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(line);
        let d = decode("short", bytes.into_owned()).unwrap();
        assert_eq!(d.text, line);
        assert_eq!(d.encoding, "windows-1256");
    }

    #[test]
    fn utf16_with_bom() {
        let units: Vec<u16> = ARABIC.encode_utf16().collect();
        let mut le = vec![0xff, 0xfe];
        let mut be = vec![0xfe, 0xff];
        for u in &units {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        for (bytes, name) in [(le, "UTF-16LE"), (be, "UTF-16BE")] {
            let d = decode("u16", bytes).unwrap();
            assert_eq!(d.text, ARABIC);
            assert_eq!(d.encoding, name);
            assert!(d.warnings.is_empty());
        }
    }

    #[test]
    fn utf16_odd_length_is_warned() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "نص".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        bytes.push(0x41);
        let d = decode("u16", bytes).unwrap();
        assert_eq!(d.text, "نص\u{fffd}");
        assert_eq!(d.warnings, ["invalid-utf16: 1 characters replaced"]);
    }

    #[test]
    fn damaged_utf8_is_replaced_with_a_warning() {
        let mut bytes = ARABIC.as_bytes().to_vec();
        bytes.insert(10, 0xff);
        // A character cut in half at the end, as a truncated crawl leaves it.
        bytes.extend_from_slice(&"ب".as_bytes()[..1]);
        let d = decode("bad", bytes).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.warnings, ["invalid-utf8: 2 bytes replaced"]);
        assert_eq!(d.text.matches('\u{fffd}').count(), 2);
        assert!(d.text.contains("الحديقة"));
    }

    #[test]
    fn damaged_utf8_after_a_bom_stays_utf8() {
        let mut bytes = b"\xef\xbb\xbf".to_vec();
        bytes.extend_from_slice(&[0xc1, 0xc2, 0xc3, b' ', b'x']);
        let d = decode("bad", bytes).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(d.warnings, ["invalid-utf8: 3 bytes replaced"]);
    }

    #[test]
    fn empty_and_whitespace_only() {
        for bytes in [&b""[..], b" \n\t\r\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf  \n"] {
            let err = decode("e.txt", bytes.to_vec()).unwrap_err();
            assert!(
                matches!(err.kind(), InputErrorKind::Empty),
                "{bytes:?}: {err}"
            );
            assert_eq!(err.to_string(), "e.txt: empty file");
        }
        // Unicode whitespace too.
        let err = decode("e.txt", "\u{a0}\u{3000}\n".as_bytes().to_vec()).unwrap_err();
        assert!(matches!(err.kind(), InputErrorKind::Empty));
    }

    #[test]
    fn binary_data_is_refused() {
        let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        png.extend(noise(4000));
        let mut text_with_nuls = ARABIC.as_bytes().to_vec();
        text_with_nuls.extend([0u8; 64]);
        for (name, bytes) in [
            ("png", png),
            ("noise", noise(10_000)),
            ("nuls", text_with_nuls),
        ] {
            let err = decode(name, bytes).unwrap_err();
            assert!(
                matches!(err.kind(), InputErrorKind::Binary),
                "{name}: {err}"
            );
            assert_eq!(err.to_string(), format!("{name}: binary file"));
        }
        // A stray NUL in real text is not enough.
        let mut one_nul = ARABIC.as_bytes().to_vec();
        one_nul.push(0);
        assert!(decode("one", one_nul).is_ok());
    }

    #[test]
    fn gzipped_legacy_text_is_decompressed_then_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(ARABIC);
        let dir = tempfile::tempdir().unwrap();
        let path = write(dir.path(), "legacy.txt.gz", &gzip(&bytes));
        let d = load(&path, &Limits::default()).unwrap();
        assert_eq!(d.text, ARABIC);
        assert_eq!(d.encoding, "windows-1256");
    }
}

mod discovery {
    use super::*;

    fn labels(paths: &[PathBuf], root: &Path) -> Vec<String> {
        inputs(paths)
            .into_iter()
            .map(|item| match item {
                Ok(source) => source
                    .path()
                    .map(|p| p.strip_prefix(root).unwrap_or(p).display().to_string())
                    .unwrap_or_else(|| source.label()),
                Err(e) => format!("ERR {}", e.reason()),
            })
            .collect()
    }

    #[test]
    fn directories_are_walked_in_name_order_skipping_dotfiles() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for name in [
            "b.txt",
            "a/2.txt",
            "a/10.txt",
            "a/sub/x.txt",
            "c.txt.gz",
            ".hidden",
            ".git/config",
            "a/.swp",
        ] {
            write(root, name, b"x");
        }
        let got = labels(&[root.to_path_buf()], root);
        assert_eq!(
            got,
            ["a/10.txt", "a/2.txt", "a/sub/x.txt", "b.txt", "c.txt.gz"]
        );
        // Labels are the given path joined with the names below it.
        let first = inputs(&[root.to_path_buf()]).remove(0).unwrap();
        assert_eq!(
            first.label(),
            root.join("a").join("10.txt").display().to_string()
        );
    }

    #[test]
    fn arguments_keep_their_order_and_explicit_dotfiles_count() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "z.txt", b"x");
        write(root, ".explicit", b"x");
        write(root, "d/a.txt", b"x");
        let args = [
            root.join("z.txt"),
            "-".into(),
            root.join("missing.txt"),
            root.join("d"),
            root.join(".explicit"),
        ];
        let got = labels(&args, root);
        assert_eq!(got[0], "z.txt");
        assert_eq!(got[1], "<stdin>");
        assert!(
            got[2].starts_with("ERR No such file or directory"),
            "{}",
            got[2]
        );
        assert_eq!(got[3..], ["d/a.txt", ".explicit"]);
        let err = inputs(&[root.join("missing.txt")]).remove(0).unwrap_err();
        assert_eq!(err.input(), root.join("missing.txt").display().to_string());
        assert!(err
            .to_string()
            .starts_with(&format!("{}: ", root.join("missing.txt").display())));
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_terminate() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "top/a.txt", b"x");
        write(root, "top/inner/b.txt", b"x");
        symlink(root.join("top"), root.join("top/inner/back-to-top")).unwrap();
        symlink(root.join("top/inner"), root.join("top/inner/self")).unwrap();
        // A link to a directory outside the tree is followed once.
        write(root, "elsewhere/c.txt", b"x");
        symlink(root.join("elsewhere"), root.join("top/link-out")).unwrap();
        let got = labels(&[root.join("top")], root);
        assert_eq!(got, ["top/a.txt", "top/inner/b.txt", "top/link-out/c.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn dangling_symlink_is_an_error_item() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "d/a.txt", b"x");
        symlink(root.join("nowhere"), root.join("d/b.txt")).unwrap();
        write(root, "d/c.txt", b"x");
        let items = inputs(&[root.join("d")]);
        assert_eq!(items.len(), 3);
        let err = items[1].as_ref().unwrap_err();
        assert_eq!(err.input(), root.join("d/b.txt").display().to_string());
        assert!(err.reason().contains("No such file or directory"), "{err}");
        assert!(items[2].is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn special_files_in_directories_are_skipped() {
        use std::os::unix::net::UnixListener;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        write(root, "a.txt", b"x");
        let _socket = UnixListener::bind(root.join("sock")).unwrap();
        assert_eq!(labels(&[root.to_path_buf()], root), ["a.txt"]);
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_inputs_are_errors_not_aborts() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let file = write(root, "secret/a.txt", b"x");
        fs::set_permissions(&file, fs::Permissions::from_mode(0o000)).unwrap();
        // Reading a file that turned into a directory fails at read time
        // whoever runs the test.
        let not_a_file = root.join("secret");
        let err =
            read_input(&InputSource::File(not_a_file.clone()), &Limits::default()).unwrap_err();
        assert!(
            err.to_string()
                .starts_with(&format!("{}: ", not_a_file.display())),
            "{err}"
        );
        assert!(matches!(err.kind(), InputErrorKind::Io(_)));

        if fs::read(&file).is_ok() {
            eprintln!("running as root: permission bits cannot make a file unreadable, skipping that case");
        } else {
            let err = read_input(&InputSource::File(file), &Limits::default()).unwrap_err();
            assert!(err.to_string().contains("Permission denied"), "{err}");
            fs::set_permissions(root.join("secret"), fs::Permissions::from_mode(0o000)).unwrap();
            let items = inputs(&[root.join("secret")]);
            assert!(items[0].is_err());
            fs::set_permissions(root.join("secret"), fs::Permissions::from_mode(0o755)).unwrap();
        }
    }
}

mod writing {
    use super::*;
    use ghirbal_io::{Format, Output, RecordWriter};
    use ghirbal_record::{Article, Block, BlockKind};

    fn article(n: usize) -> Article {
        let mut a = Article {
            id: format!("{n:016x}"),
            input: format!("in/{n}.txt"),
            title: Some(format!("العنوان رقم {n}")),
            summary: Some("ملخص الخبر".into()),
            blocks: vec![Block::new(BlockKind::Paragraph, format!("الفقرة رقم {n}."))],
            ..Article::default()
        };
        a.rebuild_text();
        a
    }

    fn render(format: Format, n: usize) -> String {
        let mut w = RecordWriter::new(Vec::new(), format);
        for i in 0..n {
            w.write(&article(i)).unwrap();
        }
        assert_eq!(w.count(), n as u64);
        String::from_utf8(w.finish().unwrap()).unwrap()
    }

    #[test]
    fn jsonl_is_one_object_per_line() {
        let out = render(Format::Jsonl, 3);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3);
        for (i, line) in lines.iter().enumerate() {
            let back: Article = serde_json::from_str(line).unwrap();
            assert_eq!(back, article(i));
        }
        assert!(out.ends_with('\n'));
    }

    #[test]
    fn json_is_an_array_with_a_record_per_line() {
        assert_eq!(render(Format::Json, 0), "[]\n");
        let out = render(Format::Json, 3);
        let back: Vec<Article> = serde_json::from_str(&out).unwrap();
        assert_eq!(back, (0..3).map(article).collect::<Vec<_>>());
        assert_eq!(out.lines().count(), 5);
    }

    #[test]
    fn markdown_and_text_separate_records() {
        let md = render(Format::Markdown, 2);
        assert!(md.starts_with("# العنوان رقم 0\n"), "{md}");
        assert_eq!(md.matches("\n---\n").count(), 1);
        assert!(md.contains("**ملخص الخبر**"));
        let text = render(Format::Text, 2);
        assert!(
            text.starts_with(
                "العنوان رقم 0\n\nملخص الخبر\n\nالفقرة رقم 0.\n\n---\n\nالعنوان رقم 1"
            ),
            "{text}"
        );
        assert_eq!(render(Format::Text, 0), "");
    }

    #[test]
    fn formats_parse() {
        for f in Format::ALL {
            assert_eq!(f.as_str().parse::<Format>().unwrap(), f);
        }
        assert_eq!("md".parse::<Format>().unwrap(), Format::Markdown);
        assert!("xml".parse::<Format>().is_err());
    }

    #[test]
    fn compressed_files_round_trip_through_the_reader() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["out.jsonl", "out.jsonl.gz", "out.jsonl.zst"] {
            let path = dir.path().join(name);
            let mut w = RecordWriter::create(Some(&path), Format::Jsonl).unwrap();
            for i in 0..50 {
                w.write(&article(i)).unwrap();
            }
            w.close().unwrap();
            let raw = read_input(&InputSource::File(path), &Limits::default()).unwrap();
            assert_eq!(
                String::from_utf8(raw.bytes).unwrap(),
                render(Format::Jsonl, 50),
                "{name}"
            );
        }
    }

    #[test]
    fn files_appear_only_when_finished() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.jsonl");
        fs::write(&path, "previous run\n").unwrap();
        let mut out = Output::create(&path).unwrap();
        out.write_all(b"new\n").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "previous run\n");
        drop(out);
        // Abandoned: the old file is intact and no temporary is left.
        assert_eq!(fs::read_to_string(&path).unwrap(), "previous run\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);

        let mut out = Output::create(&path).unwrap();
        out.write_all(b"new\n").unwrap();
        out.finish().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn output_files_get_a_normal_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        Output::create(&path).unwrap().finish().unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_ne!(
            mode & 0o044,
            0,
            "mode {mode:o} should be readable by others under a usual umask"
        );
    }

    #[test]
    fn output_errors_name_the_target() {
        let err = Output::create(Path::new("/nonexistent-dir/out.jsonl")).unwrap_err();
        assert!(
            err.to_string().starts_with("/nonexistent-dir/out.jsonl: "),
            "{err}"
        );
    }
}

/// Builders for WARC, WET and JSON Lines inputs, and a reader that decodes
/// every document of a container.
mod containers {
    use super::*;
    use ghirbal_io::{
        open_input, Container, DocKind, InputFormat, Opened, ReadOptions, SkipReason, Skipped,
    };

    /// Our own Arabic HTML page.
    pub fn page(title: &str, body: &str) -> String {
        format!(
            "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n\
             <title>{title}</title>\n</head>\n<body>\n<article>\n<h1>{title}</h1>\n\
             <p>{body}</p>\n</article>\n</body>\n</html>\n"
        )
    }

    pub fn record(kind: &str, uri: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
        record_with_length(kind, uri, content_type, block, block.len())
    }

    pub fn record_with_length(
        kind: &str,
        uri: Option<&str>,
        content_type: &str,
        block: &[u8],
        length: usize,
    ) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Date: 2024-03-01T10:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n"
        );
        if let Some(uri) = uri {
            out.push_str(&format!("WARC-Target-URI: {uri}\r\n"));
        }
        out.push_str(&format!(
            "Content-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n"
        ));
        let mut out = out.into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    pub fn http(status: u16, headers: &str, body: &[u8]) -> Vec<u8> {
        let mut out = format!("HTTP/1.1 {status} X\r\n{headers}\r\n").into_bytes();
        out.extend_from_slice(body);
        out
    }

    pub fn response(uri: &str, content_type: &str, body: &[u8]) -> Vec<u8> {
        let headers = format!("Content-Type: {content_type}\r\nServer: test\r\n");
        record(
            "response",
            Some(uri),
            "application/http; msgtype=response",
            &http(200, &headers, body),
        )
    }

    pub fn request(uri: &str) -> Vec<u8> {
        record(
            "request",
            Some(uri),
            "application/http; msgtype=request",
            b"GET / HTTP/1.1\r\nHost: example.sa\r\n\r\n",
        )
    }

    pub fn metadata(uri: &str) -> Vec<u8> {
        record(
            "metadata",
            Some(uri),
            "application/warc-fields",
            b"fetchTimeMs: 120\r\n",
        )
    }

    pub fn warcinfo() -> Vec<u8> {
        record(
            "warcinfo",
            None,
            "application/warc-fields",
            b"software: ghirbal-tests\r\nformat: WARC File Format 1.0\r\n",
        )
    }

    /// Each record its own gzip member, as Common Crawl writes them; with
    /// the members' offsets.
    pub fn gzip_members(records: &[Vec<u8>]) -> (Vec<u8>, Vec<u64>) {
        let mut out = Vec::new();
        let mut offsets = Vec::new();
        for r in records {
            offsets.push(out.len() as u64);
            out.extend(gzip(r));
        }
        (out, offsets)
    }

    pub fn offsets(records: &[Vec<u8>]) -> Vec<u64> {
        records
            .iter()
            .scan(0u64, |at, r| {
                let start = *at;
                *at += r.len() as u64;
                Some(start)
            })
            .collect()
    }

    /// A document or an error, as the CLI would see it.
    #[derive(Debug, PartialEq)]
    pub enum Got {
        Doc {
            label: String,
            kind: DocKind,
            url: Option<String>,
            text: String,
            warnings: Vec<String>,
        },
        Err(String),
    }

    impl Got {
        pub fn label(&self) -> &str {
            match self {
                Got::Doc { label, .. } => label,
                Got::Err(e) => e.split(": ").next().unwrap(),
            }
        }
    }

    pub fn read_all(container: Container, limits: &Limits) -> (Vec<Got>, Skipped) {
        let mut container = container;
        let mut got = Vec::new();
        for item in container.by_ref() {
            got.push(match item.and_then(|d| d.decode(limits)) {
                Ok(page) => Got::Doc {
                    label: page.label,
                    kind: page.kind,
                    url: page.url,
                    text: page.decoded.text,
                    warnings: page.decoded.warnings,
                },
                Err(e) => Got::Err(e.to_string()),
            });
        }
        (got, container.skipped().clone())
    }

    pub fn read_bytes(label: &str, bytes: Vec<u8>, format: InputFormat) -> (Vec<Got>, Skipped) {
        read_with(label, bytes, format, Limits::default())
    }

    pub fn read_with(
        label: &str,
        bytes: Vec<u8>,
        format: InputFormat,
        limits: Limits,
    ) -> (Vec<Got>, Skipped) {
        let options = ReadOptions {
            format,
            limits,
            ..ReadOptions::default()
        };
        let container = Container::new(
            label,
            Box::new(std::io::Cursor::new(bytes)),
            format,
            &options,
        )
        .unwrap();
        read_all(container, &limits)
    }

    fn labels(got: &[Got]) -> Vec<String> {
        got.iter().map(|g| g.label().to_string()).collect()
    }

    /// A small crawl: warcinfo, then per page request / response /
    /// metadata, plus an image, a 404, a revisit, and a page with no
    /// Content-Type.
    fn crawl() -> (Vec<Vec<u8>>, Vec<usize>) {
        let one = page("افتتاح جسر جديد", "افتتحت البلدية جسرا جديدا فوق النهر.");
        let two = page("موسم زراعي وفير", "توقع المزارعون موسما وفيرا هذا العام.");
        let bare = page("خبر بلا نوع", "صفحة لا يذكر خادمها نوع المحتوى.");
        let records = vec![
            warcinfo(),
            request("https://news.example.sa/1"),
            response(
                "https://news.example.sa/1",
                "text/html; charset=utf-8",
                one.as_bytes(),
            ),
            metadata("https://news.example.sa/1"),
            request("https://news.example.sa/logo.png"),
            response(
                "https://news.example.sa/logo.png",
                "image/png",
                b"\x89PNG\r\n\x1a\n",
            ),
            record(
                "response",
                Some("https://news.example.sa/missing"),
                "application/http; msgtype=response",
                &http(
                    404,
                    "Content-Type: text/html\r\n",
                    b"<html>not found</html>",
                ),
            ),
            record(
                "revisit",
                Some("https://news.example.sa/1"),
                "application/http; msgtype=response",
                b"HTTP/1.1 200 OK\r\n\r\n",
            ),
            response("<https://news.example.sa/2>", "text/html", two.as_bytes()),
            metadata("https://news.example.sa/2"),
            record(
                "response",
                Some("https://news.example.sa/3"),
                "application/http; msgtype=response",
                &http(200, "Server: x\r\n", bare.as_bytes()),
            ),
        ];
        (records, vec![2, 8, 10])
    }

    fn check_crawl(got: &[Got], skipped: &Skipped, labels_: &[String]) {
        assert_eq!(labels(got), labels_, "{got:#?}");
        let urls: Vec<_> = got
            .iter()
            .map(|g| match g {
                Got::Doc { url, kind, .. } => {
                    assert_eq!(*kind, DocKind::Html);
                    url.clone().unwrap()
                }
                Got::Err(e) => panic!("{e}"),
            })
            .collect();
        assert_eq!(
            urls,
            [
                "https://news.example.sa/1",
                "https://news.example.sa/2",
                "https://news.example.sa/3"
            ]
        );
        let Got::Doc { text, .. } = &got[0] else {
            unreachable!()
        };
        assert!(text.contains("افتتحت البلدية جسرا"), "{text}");
        for (reason, n) in [
            (SkipReason::Warcinfo, 1),
            (SkipReason::Request, 2),
            (SkipReason::Metadata, 2),
            (SkipReason::NotHtml, 1),
            (SkipReason::NotOk, 1),
            (SkipReason::Revisit, 1),
        ] {
            assert_eq!(skipped.get(reason), n, "{reason}: {skipped:?}");
        }
        assert_eq!(skipped.total(), 8);
    }

    #[test]
    fn warc_pages_are_found_with_offsets_and_urls() {
        let (records, pages) = crawl();
        let at = offsets(&records);
        let (got, skipped) = read_bytes("c.warc", records.concat(), InputFormat::Warc);
        let expected: Vec<String> = pages.iter().map(|&i| format!("c.warc#{}", at[i])).collect();
        check_crawl(&got, &skipped, &expected);
    }

    #[test]
    fn warc_gz_labels_are_member_offsets() {
        let (records, pages) = crawl();
        let (bytes, at) = gzip_members(&records);
        let (got, skipped) = read_bytes("c.warc.gz", bytes, InputFormat::Warc);
        let expected: Vec<String> = pages
            .iter()
            .map(|&i| format!("c.warc.gz#{}", at[i]))
            .collect();
        check_crawl(&got, &skipped, &expected);
    }

    #[test]
    fn one_gzip_member_for_many_records_gives_member_plus_offset() {
        let (records, pages) = crawl();
        let at = offsets(&records);
        let (got, skipped) = read_bytes("one.warc.gz", gzip(&records.concat()), InputFormat::Warc);
        let expected: Vec<String> = pages
            .iter()
            .map(|&i| {
                if at[i] == 0 {
                    "one.warc.gz#0".to_string()
                } else {
                    format!("one.warc.gz#0+{}", at[i])
                }
            })
            .collect();
        check_crawl(&got, &skipped, &expected);
    }

    #[test]
    fn warc_zst_frames_with_and_without_dictionary() {
        let (records, pages) = crawl();
        // One frame per record.
        let mut bytes = Vec::new();
        let mut at = Vec::new();
        for r in &records {
            at.push(bytes.len() as u64);
            bytes.extend(zstd(r));
        }
        let (got, skipped) = read_bytes("c.warc.zst", bytes, InputFormat::Warc);
        let expected: Vec<String> = pages
            .iter()
            .map(|&i| format!("c.warc.zst#{}", at[i]))
            .collect();
        check_crawl(&got, &skipped, &expected);

        // The zstd WARC convention: a dictionary in a skippable frame first.
        let dictionary = "WARC/1.0\r\nWARC-Type: response\r\nContent-Type: text/html\r\n\
                          <html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            .repeat(20)
            .into_bytes();
        let mut bytes = vec![0x5d, 0x2a, 0x4d, 0x18];
        bytes.extend((dictionary.len() as u32).to_le_bytes());
        bytes.extend(&dictionary);
        let mut at = Vec::new();
        for r in &records {
            at.push(bytes.len() as u64);
            let mut enc =
                zstd::stream::write::Encoder::with_dictionary(Vec::new(), 3, &dictionary).unwrap();
            enc.write_all(r).unwrap();
            bytes.extend(enc.finish().unwrap());
        }
        let (got, skipped) = read_bytes("d.warc.zst", bytes, InputFormat::Warc);
        let expected: Vec<String> = pages
            .iter()
            .map(|&i| format!("d.warc.zst#{}", at[i]))
            .collect();
        check_crawl(&got, &skipped, &expected);
    }

    #[test]
    fn a_truncated_warc_keeps_earlier_records_and_gives_one_error() {
        let (records, _) = crawl();
        let all = records.concat();
        let at = offsets(&records);
        // Cut in the middle of the second page's response.
        let cut = at[8] as usize + records[8].len() / 2;
        let (got, _) = read_bytes("t.warc", all[..cut].to_vec(), InputFormat::Warc);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(matches!(got[0], Got::Doc { .. }));
        let Got::Err(e) = &got[1] else {
            panic!("{got:#?}")
        };
        assert!(
            e.starts_with(&format!("t.warc#{}: WARC: record truncated", at[8])),
            "{e}"
        );

        // The same, gzipped per record and cut inside a member.
        let (bytes, at) = gzip_members(&records);
        let cut = at[8] as usize + 20;
        let (got, _) = read_bytes("t.warc.gz", bytes[..cut].to_vec(), InputFormat::Warc);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(matches!(got[0], Got::Doc { .. }));
        let Got::Err(e) = &got[1] else {
            panic!("{got:#?}")
        };
        assert!(
            e.starts_with(&format!("t.warc.gz#{}: gzip stream truncated", at[8])),
            "{e}"
        );
    }

    fn three_pages() -> Vec<(String, Vec<u8>)> {
        (1..=3)
            .map(|i| {
                let uri = format!("https://news.example.sa/{i}");
                let html = page(&format!("الخبر رقم {i}"), "نص قصير للخبر.");
                (uri, html.into_bytes())
            })
            .collect()
    }

    #[test]
    fn a_content_length_too_long_is_an_error_and_the_next_record_is_read() {
        let pages = three_pages();
        let block = |i: usize| http(200, "Content-Type: text/html\r\n", &pages[i].1);
        // The middle record claims 500 bytes more than it has: it swallows
        // the start of the third, which must still be found.
        let records = vec![
            response(&pages[0].0, "text/html", &pages[0].1),
            record_with_length(
                "response",
                Some(&pages[1].0),
                "application/http; msgtype=response",
                &block(1),
                block(1).len() + 500,
            ),
            response(&pages[2].0, "text/html", &pages[2].1),
            request(&pages[2].0),
            request(&pages[2].0),
        ];
        let at = offsets(&records);
        let (got, skipped) = read_bytes("l.warc", records.concat(), InputFormat::Warc);
        assert_eq!(
            labels(&got),
            [
                format!("l.warc#{}", at[0]),
                format!("l.warc#{}", at[1]),
                format!("l.warc#{}", at[2]),
            ],
            "{got:#?}"
        );
        let Got::Err(e) = &got[1] else {
            panic!("{got:#?}")
        };
        assert!(e.contains("does not end the record"), "{e}");
        assert!(matches!(&got[2], Got::Doc { url: Some(u), .. } if u == &pages[2].0));
        assert_eq!(skipped.get(SkipReason::Request), 2);

        // Too long, last record: it runs into the end of the file.
        let records = vec![
            response(&pages[0].0, "text/html", &pages[0].1),
            record_with_length(
                "response",
                Some(&pages[1].0),
                "application/http; msgtype=response",
                &block(1),
                block(1).len() + 10_000,
            ),
        ];
        let at = offsets(&records);
        let (got, _) = read_bytes("e.warc", records.concat(), InputFormat::Warc);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(matches!(&got[0], Got::Doc { .. }));
        assert!(
            matches!(&got[1], Got::Err(e) if e.starts_with(&format!("e.warc#{}: WARC: record truncated", at[1]))),
            "{got:#?}"
        );

        // Too long and swallowing a record that is then cut by the end of
        // the file: the swallowed record is found and read.
        let records = [
            record_with_length(
                "response",
                Some(&pages[1].0),
                "application/http; msgtype=response",
                &block(1),
                block(1).len() + 10_000,
            ),
            response(&pages[2].0, "text/html", &pages[2].1),
        ];
        let (got, _) = read_bytes("s.warc", records.concat(), InputFormat::Warc);
        assert_eq!(got.len(), 2, "{got:#?}");
        assert!(matches!(&got[0], Got::Err(e) if e.contains("record truncated")));
        assert!(matches!(&got[1], Got::Doc { url: Some(u), .. } if u == &pages[2].0));
    }

    #[test]
    fn a_content_length_too_short_is_an_error_and_the_reader_resyncs() {
        let pages = three_pages();
        let block = http(200, "Content-Type: text/html\r\n", &pages[1].1);
        for gz in [false, true] {
            let records = vec![
                response(&pages[0].0, "text/html", &pages[0].1),
                // 40 bytes of the page are left as garbage before the next
                // record.
                record_with_length(
                    "response",
                    Some(&pages[1].0),
                    "application/http; msgtype=response",
                    &block,
                    block.len() - 40,
                ),
                response(&pages[2].0, "text/html", &pages[2].1),
            ];
            let (bytes, at) = if gz {
                gzip_members(&records)
            } else {
                (records.concat(), offsets(&records))
            };
            let (got, _) = read_bytes("x", bytes, InputFormat::Warc);
            assert_eq!(
                labels(&got),
                at.iter().map(|o| format!("x#{o}")).collect::<Vec<_>>(),
                "gz {gz}: {got:#?}"
            );
            assert!(
                matches!(&got[1], Got::Err(e) if e.contains("WARC: Content-Length") && e.contains("does not end the record")),
                "{got:#?}"
            );
            assert!(matches!(&got[2], Got::Doc { url: Some(u), .. } if u == &pages[2].0));
        }
    }

    #[test]
    fn gzip_corruption_mid_stream_costs_one_record() {
        let pages = three_pages();
        let records: Vec<Vec<u8>> = pages
            .iter()
            .map(|(uri, html)| {
                // Long enough that the corruption lands in deflate data.
                let mut body = html.clone();
                body.extend("<p>فقرة إضافية للتجربة.</p>\n".repeat(50).into_bytes());
                response(uri, "text/html", &body)
            })
            .collect();
        let (mut bytes, at) = gzip_members(&records);
        let mid = (at[1] + at[2]) as usize / 2;
        bytes[mid..mid + 16].fill(0xa5);
        let (got, _) = read_bytes("g.warc.gz", bytes, InputFormat::Warc);
        assert_eq!(
            labels(&got),
            at.iter()
                .map(|o| format!("g.warc.gz#{o}"))
                .collect::<Vec<_>>(),
            "{got:#?}"
        );
        assert!(matches!(&got[0], Got::Doc { .. }));
        assert!(
            matches!(&got[1], Got::Err(e) if e.contains(": gzip")),
            "{got:#?}"
        );
        assert!(matches!(&got[2], Got::Doc { url: Some(u), .. } if u == &pages[2].0));

        // Garbage between members is one error too.
        let (mut bytes, _) = gzip_members(&records[..1]);
        bytes.extend(b"garbage between members");
        let next = bytes.len();
        bytes.extend(gzip(&records[2]));
        let (got, _) = read_bytes("j.warc.gz", bytes, InputFormat::Warc);
        assert_eq!(got.len(), 3, "{got:#?}");
        assert!(matches!(&got[1], Got::Err(e) if e.contains("no gzip member starts")));
        assert_eq!(got[2].label(), format!("j.warc.gz#{next}"));
    }

    #[test]
    fn http_codings_and_charsets_are_removed() {
        let html = "<html><head><title>عنوان</title></head><body><p>خبر مهم جدا عن الاقتصاد.</p></body></html>";
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(html);
        let gz = gzip(&cp1256);
        // Chunked, in two chunks, around gzip.
        let (a, b) = gz.split_at(gz.len() / 2);
        let mut body = format!("{:x}\r\n", a.len()).into_bytes();
        body.extend(a);
        body.extend(format!("\r\n{:x}\r\n", b.len()).into_bytes());
        body.extend(b);
        body.extend(b"\r\n0\r\n\r\n");
        let block = http(
            200,
            "Content-Type: text/html; charset=windows-1256\r\nTransfer-Encoding: chunked\r\n\
             Content-Encoding: gzip\r\n",
            &body,
        );
        let records = [
            record(
                "response",
                Some("https://news.example.eg/a"),
                "application/http; msgtype=response",
                &block,
            ),
            // Common Crawl stores decoded bodies and keeps a chunked header.
            record(
                "response",
                Some("https://news.example.eg/b"),
                "application/http; msgtype=response",
                &http(
                    200,
                    "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                    html.as_bytes(),
                ),
            ),
            record(
                "response",
                Some("https://news.example.eg/c"),
                "application/http; msgtype=response",
                &http(
                    200,
                    "Content-Type: text/html\r\nContent-Encoding: br\r\n",
                    b"\x0b\x02",
                ),
            ),
        ];
        let (got, _) = read_bytes("h.warc", records.concat(), InputFormat::Warc);
        let Got::Doc { text, warnings, .. } = &got[0] else {
            panic!("{got:#?}")
        };
        assert_eq!(text, html);
        assert!(warnings.is_empty(), "{warnings:?}");
        let Got::Doc { text, warnings, .. } = &got[1] else {
            panic!("{got:#?}")
        };
        assert_eq!(text, html);
        assert_eq!(
            warnings,
            &["http: Transfer-Encoding chunked but the body is not chunked; read as is"]
        );
        assert!(
            matches!(&got[2], Got::Err(e) if e.ends_with("HTTP: unsupported Content-Encoding `br`")),
            "{got:#?}"
        );
    }

    #[test]
    fn max_bytes_applies_per_record() {
        let big = page("صفحة كبيرة", &"كلام كثير ".repeat(2000));
        let records = vec![
            response("https://a.example.sa/big", "text/html", big.as_bytes()),
            response(
                "https://a.example.sa/video",
                "video/mp4",
                &vec![0u8; 50_000],
            ),
            response(
                "https://a.example.sa/small",
                "text/html",
                page("صغيرة", "نص").as_bytes(),
            ),
        ];
        let at = offsets(&records);
        let (got, skipped) = read_with(
            "m.warc",
            records.concat(),
            InputFormat::Warc,
            Limits::with_max_bytes(10_000),
        );
        assert_eq!(got.len(), 2, "{got:#?}");
        assert_eq!(
            got[0],
            Got::Err(format!(
                "m.warc#{}: larger than the limit of 10000 bytes",
                at[0]
            ))
        );
        assert!(matches!(&got[1], Got::Doc { .. }));
        // Too big but not a page: a skip, not an error.
        assert_eq!(skipped.get(SkipReason::NotHtml), 1);
    }

    #[test]
    fn wet_conversion_records_are_text_dumps() {
        let text_one = "افتتاح معرض الكتاب\nافتتح وزير الثقافة معرض الكتاب الدولي صباح اليوم.\n";
        let text_two = "نتائج المباراة\nفاز الفريق المحلي بهدفين دون رد.\n";
        let records = vec![
            warcinfo(),
            record(
                "conversion",
                Some("https://news.example.ma/book-fair"),
                "text/plain",
                text_one.as_bytes(),
            ),
            record(
                "conversion",
                Some("https://news.example.ma/match"),
                "text/plain",
                text_two.as_bytes(),
            ),
        ];
        let (bytes, at) = gzip_members(&records);
        let (got, skipped) = read_bytes("c.warc.wet.gz", bytes, InputFormat::Wet);
        assert_eq!(
            got,
            vec![
                Got::Doc {
                    label: format!("c.warc.wet.gz#{}", at[1]),
                    kind: DocKind::Text,
                    url: Some("https://news.example.ma/book-fair".into()),
                    text: text_one.into(),
                    warnings: vec![],
                },
                Got::Doc {
                    label: format!("c.warc.wet.gz#{}", at[2]),
                    kind: DocKind::Text,
                    url: Some("https://news.example.ma/match".into()),
                    text: text_two.into(),
                    warnings: vec![],
                },
            ]
        );
        assert_eq!(skipped.get(SkipReason::Warcinfo), 1);
    }

    #[test]
    fn jsonl_broken_lines_are_errors_with_their_line_numbers() {
        let good = |n: usize| {
            serde_json::json!({
                "url": format!("https://site.example.jo/{n}"),
                "html": page(&format!("خبر {n}"), "نص الخبر."),
            })
            .to_string()
        };
        let lines = [
            good(1),
            "{\"url\": \"https://site.example.jo/2\", \"html\": \"<p>cut".to_string(),
            String::new(),
            "{\"url\": \"https://site.example.jo/4\"}".to_string(),
            "{\"html\": 42}".to_string(),
            "[1, 2]".to_string(),
            good(7),
        ];
        let bytes = (lines.join("\n") + "\n").into_bytes();
        for (name, bytes) in [("p.jsonl", bytes.clone()), ("p.jsonl.gz", gzip(&bytes))] {
            let (got, _) = read_bytes(name, bytes, InputFormat::Jsonl);
            assert_eq!(
                labels(&got),
                [1, 2, 4, 5, 6, 7].map(|n| format!("{name}#{n}")),
                "{got:#?}"
            );
            assert!(
                matches!(&got[0], Got::Doc { url: Some(u), kind: DocKind::Html, text, .. }
                    if u == "https://site.example.jo/1" && text.contains("نص الخبر"))
            );
            let errors: Vec<&str> = got[1..5]
                .iter()
                .map(|g| match g {
                    Got::Err(e) => e.split_once(": ").unwrap().1,
                    Got::Doc { .. } => panic!("{g:?}"),
                })
                .collect();
            assert!(
                errors[0].starts_with("JSON: invalid JSON: EOF"),
                "{}",
                errors[0]
            );
            assert_eq!(errors[1], "JSON: no `html` field");
            assert_eq!(errors[2], "JSON: `html` is not a string");
            assert_eq!(errors[3], "JSON: not a JSON object");
            assert!(matches!(&got[5], Got::Doc { .. }));
        }
    }

    #[test]
    fn jsonl_field_is_configurable_and_long_lines_are_capped() {
        let line = serde_json::json!({"content": page("عنوان", "نص")}).to_string();
        let long = serde_json::json!({"content": "x".repeat(5000)}).to_string();
        let bytes = format!("{line}\n{long}\n{line}").into_bytes();
        let options = ReadOptions {
            format: InputFormat::Jsonl,
            limits: Limits::with_max_bytes(1000),
            html_field: "content".into(),
        };
        let container = Container::new(
            "f",
            Box::new(std::io::Cursor::new(bytes)),
            InputFormat::Jsonl,
            &options,
        )
        .unwrap();
        let (got, _) = read_all(container, &options.limits);
        assert_eq!(labels(&got), ["f#1", "f#2", "f#3"]);
        assert_eq!(
            got[1],
            Got::Err("f#2: larger than the limit of 1000 bytes".into())
        );
        assert!(matches!(&got[2], Got::Doc { .. }), "{got:?}");
    }

    /// Every cut and a few hundred corruptions: no panic, an end, and every
    /// record before the damage still read.
    #[test]
    fn damage_anywhere_never_panics_or_loses_earlier_records() {
        let (records, pages) = crawl();
        let all = records.concat();
        let at = offsets(&records);
        for cut in 0..all.len() {
            let (got, _) = read_bytes("t", all[..cut].to_vec(), InputFormat::Warc);
            assert!(got.len() <= pages.len() + 1, "cut {cut}: {got:#?}");
            let whole = pages
                .iter()
                .filter(|&&i| at[i] as usize + records[i].len() - 4 <= cut)
                .count();
            let docs = got.iter().filter(|g| matches!(g, Got::Doc { .. })).count();
            assert!(docs >= whole, "cut {cut}: {got:#?}");
        }
        let (gz, _) = gzip_members(&records);
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..300 {
            let mut bytes = gz.clone();
            for _ in 0..1 + next() % 3 {
                let at = (next() % bytes.len() as u64) as usize;
                bytes[at] ^= 1 << (next() % 8);
            }
            let cut = bytes.len() - (next() % 40) as usize;
            bytes.truncate(cut);
            let (got, _) = read_bytes("g", bytes, InputFormat::Warc);
            assert!(got.len() <= records.len() + 2, "{got:#?}");
        }
    }

    #[test]
    fn formats_are_detected_and_forced() {
        let dir = tempfile::tempdir().unwrap();
        let html = page("عنوان", "نص الخبر.");
        let (records, _) = crawl();
        let files = [
            ("a.html", html.clone().into_bytes()),
            ("b.txt", html.clone().into_bytes()),
            ("c.txt", ARABIC.as_bytes().to_vec()),
            ("d.warc.gz", gzip_members(&records).0),
            // Content says WARC, whatever the name.
            ("e.dat", records.concat()),
            (
                "f.jsonl",
                serde_json::json!({"html": html}).to_string().into_bytes(),
            ),
            ("g.htm.gz", gzip(html.as_bytes())),
        ];
        let open = |name: &str, format: InputFormat| {
            let source = InputSource::File(dir.path().join(name));
            let options = ReadOptions {
                format,
                ..ReadOptions::default()
            };
            match open_input(&source, &options).unwrap() {
                Opened::Document(d) => format!("doc {}", d.kind),
                Opened::Container(c) => format!("container {}", c.format()),
            }
        };
        for (name, bytes) in &files {
            write(dir.path(), name, bytes);
        }
        let detected: Vec<String> = files
            .iter()
            .map(|(name, _)| open(name, InputFormat::Auto))
            .collect();
        assert_eq!(
            detected,
            [
                "doc html",
                "doc html",
                "doc text",
                "container warc",
                "container warc",
                "container jsonl",
                "doc html"
            ]
        );
        assert_eq!(open("a.html", InputFormat::Text), "doc text");
        assert_eq!(open("c.txt", InputFormat::Html), "doc html");
        assert_eq!(open("e.dat", InputFormat::Wet), "container wet");
        // A forced WARC that is not one: one error, no panic.
        let options = ReadOptions {
            format: InputFormat::Warc,
            ..ReadOptions::default()
        };
        let Opened::Container(c) =
            open_input(&InputSource::File(dir.path().join("c.txt")), &options).unwrap()
        else {
            panic!()
        };
        let (got, _) = read_all(c, &Limits::default());
        assert_eq!(got.len(), 1);
        assert!(
            matches!(&got[0], Got::Err(e) if e.contains("#0: WARC: expected a `WARC/1.0`")),
            "{got:?}"
        );
    }

    #[test]
    fn documents_keep_the_whole_file_limits() {
        let dir = tempfile::tempdir().unwrap();
        let html = page("عنوان", &"نص ".repeat(1000));
        write(dir.path(), "big.html", html.as_bytes());
        write(dir.path(), "big.html.gz", &gzip(html.as_bytes()));
        let options = ReadOptions {
            limits: Limits::with_max_bytes(1000),
            ..ReadOptions::default()
        };
        let err =
            open_input(&InputSource::File(dir.path().join("big.html")), &options).unwrap_err();
        assert_eq!(err.reason(), "larger than the limit of 1000 bytes");
        let err =
            open_input(&InputSource::File(dir.path().join("big.html.gz")), &options).unwrap_err();
        assert_eq!(
            err.reason(),
            "gzip: decompressed size exceeds the limit of 1000 bytes"
        );
        write(dir.path(), "cut.html.gz", &gzip(html.as_bytes())[..100]);
        let err = open_input(
            &InputSource::File(dir.path().join("cut.html.gz")),
            &ReadOptions::default(),
        )
        .unwrap_err();
        assert_eq!(err.reason(), "gzip stream truncated after 100 bytes");
    }
}

mod html_decoding {
    use ghirbal_io::decode_html;

    const PAGE: &str = "<html><head><title>أخبار اليوم</title></head><body>\
<p>أعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة تشمل جميع المدارس في المحافظة، \
وقال المتحدث باسم الوزارة إن الحملة تستمر أسبوعين.</p></body></html>";

    fn cp1256(html: &str) -> Vec<u8> {
        encoding_rs::WINDOWS_1256.encode(html).0.into_owned()
    }

    fn with_meta(meta: &str) -> String {
        PAGE.replacen("<head>", &format!("<head>{meta}"), 1)
    }

    #[test]
    fn windows_1256_with_only_a_meta_charset() {
        for meta in [
            "<meta charset=\"windows-1256\">",
            "<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1256\">",
        ] {
            let html = with_meta(meta);
            let d = decode_html("p.html", cp1256(&html), None, None).unwrap();
            assert_eq!(d.text, html);
            assert_eq!(d.encoding, "windows-1256");
            assert!(d.warnings.is_empty(), "{:?}", d.warnings);
        }
    }

    #[test]
    fn windows_1256_without_any_declaration_is_guessed() {
        let d = decode_html(
            "p.html",
            cp1256(PAGE),
            None,
            Some("https://www.example.com/news/1"),
        )
        .unwrap();
        assert_eq!(d.text, PAGE);
        assert_eq!(d.encoding, "windows-1256");
        assert_eq!(d.warnings, ["encoding: decoded as windows-1256 (guessed)"]);
    }

    #[test]
    fn utf8_declared_as_windows_1256_is_utf8() {
        let html = with_meta("<meta charset=\"windows-1256\">");
        let d = decode_html("p.html", html.clone().into_bytes(), None, None).unwrap();
        assert_eq!(d.text, html);
        assert_eq!(d.encoding, "UTF-8");
        assert_eq!(
            d.warnings,
            ["encoding: declared windows-1256 in the page but is valid UTF-8; decoded as UTF-8"]
        );
        // Said by the HTTP header instead.
        let d = decode_html(
            "p.html",
            PAGE.as_bytes().to_vec(),
            Some("windows-1256"),
            None,
        )
        .unwrap();
        assert_eq!(d.text, PAGE);
        assert_eq!(
            d.warnings,
            ["encoding: declared windows-1256 in the HTTP header but is valid UTF-8; decoded as UTF-8"]
        );
    }

    #[test]
    fn legacy_declared_as_utf8_is_guessed() {
        let html = with_meta("<meta charset=\"utf-8\">");
        let d = decode_html("p.html", cp1256(&html), None, None).unwrap();
        assert_eq!(d.text, html);
        assert_eq!(
            d.warnings,
            ["encoding: declared UTF-8 in the page but is not; decoded as windows-1256 (guessed)"]
        );
    }

    #[test]
    fn http_charset_beats_meta_and_bom_beats_both() {
        let html = with_meta("<meta charset=\"utf-8\">");
        let (iso, _, unmappable) = encoding_rs::ISO_8859_6.encode(&html);
        assert!(!unmappable);
        let d = decode_html("p", iso.to_vec(), Some("iso-8859-6"), None).unwrap();
        assert_eq!(d.text, html);
        assert_eq!(d.encoding, "ISO-8859-6");
        assert!(d.warnings.is_empty(), "{:?}", d.warnings);

        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend(PAGE.as_bytes());
        let d = decode_html("p", bom, Some("windows-1256"), None).unwrap();
        assert_eq!(d.text, PAGE);
        assert!(d.warnings.is_empty());

        let d = decode_html("p", cp1256(PAGE), Some("no-such-charset"), None).unwrap();
        assert_eq!(d.text, PAGE);
        assert_eq!(
            d.warnings,
            [
                "encoding: unknown charset `no-such-charset` in the HTTP header, ignored",
                "encoding: decoded as windows-1256 (guessed)"
            ]
        );
    }

    #[test]
    fn iso_8859_6_declared_for_windows_1256_is_guessed() {
        // Letters windows-1256 has and ISO-8859-6 does not (پ چ گ and
        // the high half used for most letters differ).
        let html =
            with_meta("<meta charset=\"iso-8859-6\">").replace("أخبار اليوم", "أخبار اليوم پچگ");
        let d = decode_html("p", cp1256(&html), None, None).unwrap();
        assert_eq!(d.encoding, "windows-1256", "{:?}", d.warnings);
        assert_eq!(d.text, html);
        assert!(d.warnings[0]
            .starts_with("encoding: declared ISO-8859-6 in the page but does not fit it"));
    }

    #[test]
    fn binary_and_empty_pages_are_errors() {
        assert_eq!(
            decode_html("p", vec![0u8; 100], None, None)
                .unwrap_err()
                .reason(),
            "binary file"
        );
        assert_eq!(
            decode_html("p", b"  \n".to_vec(), None, None)
                .unwrap_err()
                .reason(),
            "empty file"
        );
    }
}

/// Limits against hostile input, and the fuzzers' findings.
mod hostile {
    use super::containers::{page, read_bytes, read_with, response, Got};
    use super::*;
    use ghirbal_io::{InputFormat, RATIO_FLOOR};

    fn bomb() -> Vec<u8> {
        gzip(&vec![b' '; 4 << 20])
    }

    #[test]
    fn a_decompression_bomb_fails_on_its_ratio() {
        let err = decompress("bomb.gz", None, bomb(), &Limits::default()).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                InputErrorKind::RatioTooHigh {
                    format: Compression::Gzip,
                    limit: 100
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("decompression bomb"), "{err}");
        // The limit off, it is only big.
        let limits = Limits::default().max_ratio(0);
        let (bytes, _) = decompress("bomb.gz", None, bomb(), &limits).unwrap();
        assert_eq!(bytes.len(), 4 << 20);
    }

    #[test]
    fn small_pages_are_never_judged_by_ratio() {
        // 1000:1, but under the floor: costs nothing.
        let small = vec![b' '; RATIO_FLOOR as usize - 10];
        let (bytes, _) = decompress("s.gz", None, gzip(&small), &Limits::default()).unwrap();
        assert_eq!(bytes.len(), small.len());
    }

    #[test]
    fn a_bomb_member_in_a_warc_fails_alone() {
        let mut body = b"<html><body><p>".to_vec();
        body.extend(vec![b' '; 8 << 20]);
        let http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        let mut block = http.into_bytes();
        block.extend(&body);
        let bomb_record = super::containers::record(
            "response",
            Some("https://example.com/bomb"),
            "application/http; msgtype=response",
            &block,
        );
        let good = response(
            "https://example.com/good",
            "text/html; charset=utf-8",
            page("خبر", ARABIC).as_bytes(),
        );
        let first = gzip(&bomb_record);
        let mut file = first.clone();
        file.extend(gzip(&good));
        let (got, _) = read_bytes("c.warc.gz", file, InputFormat::Warc);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            matches!(&got[0], Got::Err(e) if e.starts_with("c.warc.gz#0: gzip: expands more than 100")),
            "{got:?}"
        );
        assert_eq!(got[1].label(), format!("c.warc.gz#{}", first.len()));
        assert!(
            matches!(&got[1], Got::Doc { url: Some(u), .. } if u == "https://example.com/good")
        );
    }

    #[test]
    fn many_well_compressed_records_are_not_a_bomb() {
        // One member holding a whole crawl of pages that compress well: the
        // ratio stays that of the pages, far under the limit.
        let mut warc = Vec::new();
        for i in 0..400 {
            warc.extend(response(
                &format!("https://example.com/{i}"),
                "text/html; charset=utf-8",
                page("خبر", ARABIC).as_bytes(),
            ));
        }
        let (got, _) = read_with(
            "all.warc.gz",
            gzip(&warc),
            InputFormat::Warc,
            Limits::default(),
        );
        assert_eq!(got.len(), 400);
        assert!(got.iter().all(|g| matches!(g, Got::Doc { .. })), "{got:?}");
    }

    #[test]
    fn utf16_without_a_byte_order_mark_is_read() {
        for big_endian in [false, true] {
            let bytes: Vec<u8> = ARABIC
                .encode_utf16()
                .flat_map(|u| {
                    if big_endian {
                        u.to_be_bytes()
                    } else {
                        u.to_le_bytes()
                    }
                })
                .collect();
            let decoded = decode("u16.txt", bytes).unwrap();
            assert_eq!(decoded.text, ARABIC);
            let name = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
            assert_eq!(
                decoded.warnings,
                [format!(
                    "encoding: decoded as {name} without a byte order mark (guessed)"
                )]
            );
        }
        // NULs everywhere are still binary.
        assert!(matches!(
            decode("z", vec![0; 4096]).unwrap_err().kind(),
            InputErrorKind::Binary
        ));
    }
}
