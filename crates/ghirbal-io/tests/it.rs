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
