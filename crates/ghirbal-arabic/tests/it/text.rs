//! Normalization, keys, digits, scripts, agencies, datelines, sources.

use std::borrow::Cow;

use ghirbal_arabic::agencies::{
    agency_code, find_agencies, may_open_with_agency, parse_dateline, sources_label, split_sources,
};
use ghirbal_arabic::digits::{digit_value, parse_number, to_ascii_digits};
use ghirbal_arabic::keys::{fold_char, key_words, key_words_iter, search_key, search_key_into};
use ghirbal_arabic::normalize::{normalize, normalize_block};
use ghirbal_arabic::script::{
    count, ends_with_sentence_punct, is_arabic_diacritic, is_arabic_letter, ScriptCounts,
};
use ghirbal_arabic::Dateline;
use proptest::prelude::*;

/// Whether a `Cow` came back borrowed, i.e. the text needed no change.
macro_rules! borrowed {
    ($cow:expr) => {
        matches!($cow, Cow::Borrowed(_))
    };
}

// ---------------------------------------------------------------- normalize

#[test]
fn clean_text_is_borrowed() {
    for s in [
        "",
        "قال الرئيس إن الاجتماع سيعقد غدا.",
        "ستظلّ القضية حاضرة",
        "لم تتوانَ الحكومة",
        "خرج متوجهًا إلى العمل",
        "كَتَبَ الطَّالِبُ الدَّرْسَ",
        "Reuters reported 12.5% growth «اليوم» (أ ف ب)",
        "١٤٤٥ هـ",
        "بيروت ـ (أ ف ب)",
        "می‌شود",
        "café",
    ] {
        let n = normalize(s);
        assert!(borrowed!(n), "{s:?} -> {n:?}");
    }
}

#[test]
fn spelling_and_diacritics_are_kept() {
    for s in [
        "ستظلّ",
        "تتوانَ",
        "متوجهًا",
        "مسؤول",
        "مسئول",
        "إلى",
        "الى",
        "مدرسة",
        "مدرسه",
        "شيء",
        "٢٠٢٤",
    ] {
        assert_eq!(normalize(s), s);
    }
}

#[test]
fn nfc_composes_and_orders_marks() {
    // alef + hamza above is أ
    assert_eq!(normalize("\u{0627}\u{0654}"), "\u{0623}");
    // shadda (ccc 33) typed before fatha (ccc 30): canonical order puts fatha first
    assert_eq!(normalize("ب\u{0651}\u{064E}"), "ب\u{064E}\u{0651}");
    assert_eq!(normalize("cafe\u{0301}"), "café");
    // An invisible char between a letter and a mark no longer blocks composition.
    assert_eq!(normalize("\u{0627}\u{200B}\u{0653}"), "\u{0622}");
}

#[test]
fn presentation_forms_become_letters() {
    assert_eq!(normalize("\u{FEFB}"), "لا");
    assert_eq!(normalize("\u{FDF2}"), "الله");
    // بيروت in isolated/initial/medial/final forms
    assert_eq!(
        normalize("\u{FE91}\u{FEF4}\u{FEAE}\u{FEED}\u{FE95}"),
        "بيروت"
    );
    assert_eq!(normalize("\u{FDFA}"), "صلى الله عليه وسلم");
    // Spacing forms of marks are a space plus the mark: their NFKC.
    assert_eq!(normalize("ب\u{FE70}"), "ب \u{064B}");
    // Only presentation forms get NFKC: digits, superscripts and fullwidth stay.
    assert_eq!(normalize("x² ５ ﬁ"), "x² ５ ﬁ");
}

#[test]
fn tatweel_between_letters_goes() {
    assert_eq!(normalize("الكـــاظمي"), "الكاظمي");
    assert_eq!(normalize("الكــاظمي"), "الكاظمي");
    assert_eq!(normalize("كَـــاظمي"), "كَاظمي");
    assert_eq!(normalize("مـحـمـد"), "محمد");
}

#[test]
fn tatweel_as_abbreviation_stays() {
    assert_eq!(normalize("1445 هـ"), "1445 هـ");
    assert_eq!(normalize("١٤٤٥هـ"), "١٤٤٥هـ");
    assert_eq!(normalize("1445 هــــ."), "1445 هـ.");
    assert_eq!(normalize("2024 مـ"), "2024 مـ");
    // The article tied to a number or a foreign word.
    assert_eq!(normalize("خلال الـ24 ساعة"), "خلال الـ24 ساعة");
    assert_eq!(normalize("الـــ٢٤"), "الـ٢٤");
    assert_eq!(normalize("مدير الـCIA"), "مدير الـCIA");
    // Not between letters: the writer's tatweel stays, as one.
    assert_eq!(normalize("بيروتـــ (أ ف ب)"), "بيروتـ (أ ف ب)");
    assert_eq!(normalize("في عامه الـ 17"), "في عامه الـ 17");
}

#[test]
fn tatweel_as_dash_stays_single() {
    assert_eq!(normalize("بيروت ـ (أ ف ب)"), "بيروت ـ (أ ف ب)");
    assert_eq!(normalize("القاهرة ـــ رويترز"), "القاهرة ـ رويترز");
    assert_eq!(normalize("ـــ"), "ـ");
    // A suffix cited alone, and a tatweel carrying a mark.
    assert_eq!(normalize("الضمير ـها"), "الضمير ـها");
    assert_eq!(normalize("ـَ"), "ـَ");
}

#[test]
fn invisible_controls_go() {
    assert_eq!(normalize("\u{200F}بيروت\u{200E}"), "بيروت");
    assert_eq!(normalize("\u{202B}نص\u{202C}"), "نص");
    assert_eq!(normalize("\u{2067}نص\u{2069} x"), "نص x");
    assert_eq!(normalize("\u{FEFF}نص"), "نص");
    assert_eq!(normalize("نص\u{200B}آخر"), "نصآخر");
    assert_eq!(normalize("a\u{0000}b\u{0007}c\u{009F}"), "abc");
    assert_eq!(normalize("عر\u{061C}بي"), "عربي");
    assert_eq!(normalize("co\u{00AD}operate"), "cooperate");
}

#[test]
fn zwnj_kept_between_letters_only() {
    assert_eq!(normalize("می‌شود"), "می‌شود");
    assert_eq!(normalize("می\u{200C}\u{200C}شود"), "می\u{200C}شود");
    assert_eq!(normalize("\u{200C}کتاب\u{200C} "), "کتاب");
    assert_eq!(normalize("کتاب \u{200C}ها"), "کتاب ها");
}

#[test]
fn zwj_rules() {
    // Between Arabic letters it is redundant.
    assert_eq!(normalize("ب\u{200D}ت"), "بت");
    // An emoji sequence keeps it.
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}";
    assert_eq!(normalize(family), family);
    // A final joined heh is the abbreviation sign.
    assert_eq!(normalize("1445 ه\u{200D}"), "1445 ه\u{200D}");
    // Indic conjunct control.
    assert_eq!(normalize("क्\u{200D}ष"), "क्\u{200D}ष");
}

#[test]
fn spaces_fold_and_trim() {
    assert_eq!(
        normalize("  a\u{00A0}\u{00A0}b\u{2003}c\u{202F}d\u{3000}e\t f  "),
        "a b c d e f"
    );
    assert_eq!(normalize("سطر\nآخر\r\nثالث"), "سطر آخر ثالث");
    assert_eq!(normalize(" \u{200F} "), "");
}

#[test]
fn block_keeps_lines() {
    assert_eq!(
        normalize_block("  سطر  أول \r\n\tسطر ثان\u{00A0}\n"),
        "سطر أول\nسطر ثان"
    );
    assert_eq!(normalize_block("أ\n\n\n\n\nب"), "أ\n\nب");
    assert_eq!(normalize_block("أ\n \n  \nب"), "أ\n\nب");
    assert_eq!(normalize_block("\n\nأ\rب\u{2029}ج\n\n"), "أ\nب\nج");
    assert!(borrowed!(normalize_block("سطر أول\n\nسطر ثان")));
    // Context stops at the line: a tatweel ending a line is judged alone.
    assert_eq!(normalize_block("هـ\nـــ\nكـتاب"), "هـ\nـ\nكتاب");
}

/// Strings built from the chars the rules care about.
fn tricky_text() -> impl Strategy<Value = String> {
    let chars = prop_oneof![
        prop::sample::select(vec![
            'ا', 'ب', 'ه', 'ة', 'ی', 'ک', 'ش', 'a', 'Z', '5', '٥', '.', '(', '-', '«', '\u{0654}',
            '\u{0653}',
        ]),
        prop::sample::select(vec![
            '\u{064E}', '\u{0651}', '\u{064B}', '\u{0670}', '\u{0301}', '\u{0323}'
        ]),
        prop::sample::select(vec![
            '\u{0640}', '\u{200C}', '\u{200D}', '\u{200B}', '\u{200F}', '\u{FEFF}'
        ]),
        prop::sample::select(vec![
            ' ', '\n', '\r', '\t', '\u{00A0}', '\u{2028}', '\u{3000}', '\u{0000}'
        ]),
        prop::sample::select(vec![
            '\u{FEFB}', '\u{FDF2}', '\u{FE70}', '\u{FE71}', '\u{FCF2}', '\u{FE8B}', '\u{FDFA}'
        ]),
        prop::sample::select(vec![
            '\u{1F468}',
            'क',
            '्',
            'İ',
            'ǅ',
            'Σ',
            '\u{1100}',
            '\u{1161}',
            '\u{11A8}'
        ]),
    ];
    prop::collection::vec(chars, 0..40).prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn normalize_is_idempotent(s in tricky_text()) {
        let once = normalize(&s).into_owned();
        let twice = normalize(&once);
        prop_assert!(borrowed!(twice), "{:?} -> {:?} -> {:?}", s, once, twice);
        prop_assert_eq!(&twice, &once);
    }

    #[test]
    fn normalize_block_is_idempotent(s in tricky_text()) {
        let once = normalize_block(&s).into_owned();
        let twice = normalize_block(&once);
        prop_assert!(borrowed!(twice), "{:?} -> {:?} -> {:?}", s, once, twice);
        prop_assert_eq!(normalize(&once), normalize(&s));
    }

    #[test]
    fn normalize_is_idempotent_on_any_text(s in any::<String>()) {
        let once = normalize(&s).into_owned();
        prop_assert!(borrowed!(normalize(&once)), "{:?} -> {:?}", s, once);
        let block = normalize_block(&s).into_owned();
        prop_assert!(borrowed!(normalize_block(&block)), "{:?} -> {:?}", s, block);
    }

    #[test]
    fn search_key_is_idempotent(s in tricky_text()) {
        let key = search_key(&s);
        prop_assert_eq!(search_key(&key), key, "{:?}", s);
    }

    #[test]
    fn plain_text_keys_need_no_normalization(
        s in "[\\x00-\\x7f\\x{0600}-\\x{0652}\\x{0656}-\\x{06ff}\\x{a0}-\\x{bf}\\x{2010}-\\x{2027} \\n]{0,40}"
    ) {
        // search_key skips normalize() on such text; folding the
        // normalized text must give the same key.
        let normalized = ghirbal_arabic::normalize(&s);
        prop_assert_eq!(search_key(&s), search_key(&normalized), "{:?}", s);
    }

    #[test]
    fn search_key_is_idempotent_on_any_text(s in any::<String>()) {
        let key = search_key(&s);
        prop_assert_eq!(search_key(&key), key);
    }
}

// ---------------------------------------------------------------- keys

#[test]
fn letter_variants_fold_equal() {
    let pairs = [
        ("مسؤول", "مسئول"),
        ("مسؤولية", "مسئولية"),
        ("شيء", "شئ"),
        ("بريء", "برئ"),
        ("هيئة", "هيئه"),
        ("الى", "إلى"),
        ("أحمد", "احمد"),
        ("آمن", "امن"),
        ("ٱلله", "الله"),
        ("مدرسة", "مدرسه"),
        ("مستشفى", "مستشفي"),
        ("٢٠٢٤", "2024"),
        ("۲۰۲۴", "2024"),
        ("کتاب", "كتاب"),
        ("فارسی", "فارسي"),
        ("ہمارا", "همارا"),
        ("Reuters", "REUTERS"),
        ("الكـــاظمي", "الكاظمي"),
        ("كَتَبَ الطَّالِبُ", "كتب الطالب"),
        ("ستظلّ", "ستظل"),
        ("متوجهًا", "متوجها"),
        ("ﻻ", "لا"),
        ("می‌شود", "میشود"),
        ("نص\u{00A0}\u{00A0}آخر ", " نص آخر"),
    ];
    for (a, b) in pairs {
        assert_eq!(search_key(a), search_key(b), "{a} / {b}");
    }
}

#[test]
fn hamza_is_kept_where_words_differ() {
    // The hamza on an alef goes with the alef fold; a hamza of its own stays.
    assert_eq!(search_key("سأل"), search_key("سال"));
    assert_ne!(search_key("ساءل"), search_key("سال"));
    assert_ne!(search_key("جزء"), search_key("جز"));
    assert_eq!(search_key("مسؤول"), "مسءول");
}

#[test]
fn punctuation_folds_to_ascii() {
    assert_eq!(
        search_key("نعم، لا؛ لماذا؟ ٥٠٪ ٣٫٥"),
        "نعم, لا; لماذا? 50% 3.5"
    );
}

#[test]
fn fold_char_examples() {
    assert_eq!(fold_char('أ'), Some('ا'));
    assert_eq!(fold_char('ئ'), Some('ء'));
    assert_eq!(fold_char('ة'), Some('ه'));
    assert_eq!(fold_char('\u{064E}'), None);
    assert_eq!(fold_char('\u{0640}'), None);
    assert_eq!(fold_char('\u{200C}'), None);
    assert_eq!(fold_char('\u{00A0}'), Some(' '));
    assert_eq!(fold_char('٧'), Some('7'));
    assert_eq!(fold_char('Q'), Some('q'));
    assert_eq!(fold_char('İ'), Some('i'));
    assert_eq!(fold_char('\u{FEE1}'), Some('م'));
}

#[test]
fn key_words_drop_punctuation() {
    assert_eq!(
        key_words("قال «المسؤول»: (الاتفاق) “تاريخي”، - نعم! U.S."),
        ["قال", "المسءول", "الاتفاق", "تاريخي", "نعم", "u", "s"]
    );
    assert_eq!(
        key_words("نمو ٣٫٥٪ في ١٠:٣٠ و1,000 دولار"),
        ["نمو", "3.5", "في", "10:30", "و1,000", "دولار"]
    );
    assert_eq!(key_words("  "), Vec::<String>::new());
}

#[test]
fn key_words_iter_reuses_a_buffer() {
    let mut key = String::new();
    search_key_into("وكالة «رويترز»", &mut key);
    assert_eq!(
        key_words_iter(&key).collect::<Vec<_>>(),
        ["وكاله", "رويترز"]
    );
    search_key_into("أ.ف.ب", &mut key);
    assert_eq!(key_words_iter(&key).collect::<Vec<_>>(), ["ا", "ف", "ب"]);
}

// ---------------------------------------------------------------- digits

#[test]
fn digits() {
    assert_eq!(digit_value('7'), Some(7));
    assert_eq!(digit_value('٧'), Some(7));
    assert_eq!(digit_value('۷'), Some(7));
    assert_eq!(digit_value('x'), None);
    assert_eq!(to_ascii_digits("عام ٢٠٢٤ و۱۴۰۳"), "عام 2024 و1403");
    assert!(borrowed!(to_ascii_digits("عام 2024")));
    assert_eq!(parse_number("٢٠٢٤"), Some(2024));
    assert_eq!(parse_number("۱۴۰۳"), Some(1403));
    assert_eq!(parse_number("0042"), Some(42));
    assert_eq!(parse_number(""), None);
    assert_eq!(parse_number("12a"), None);
    assert_eq!(parse_number(" 12"), None);
    assert_eq!(parse_number("99999999999"), None);
}

// ---------------------------------------------------------------- script

#[test]
fn script_counts() {
    let c = count("قال «رويترز»: 12 و٣ AFP، كتابٌ گ ñ Ω!\n");
    assert_eq!(
        c,
        ScriptCounts {
            arabic_letters: 15,
            latin_letters: 4,
            other_letters: 1,
            digits: 3,
            punctuation: 5,
            spaces: 9,
            other: 1,
            words: 9,
        }
    );
    assert_eq!(
        c.chars(),
        "قال «رويترز»: 12 و٣ AFP، كتابٌ گ ñ Ω!\n".chars().count()
    );
    assert!((c.arabic_ratio() - 15.0 / 20.0).abs() < 1e-6);
    assert!(!c.is_mostly_latin());
    assert!(count("The Reuters report, ص").is_mostly_latin());
    assert_eq!(count("").arabic_ratio(), 0.0);
}

#[test]
fn char_classes() {
    assert!(is_arabic_letter('ء') && is_arabic_letter('پ') && is_arabic_letter('ۀ'));
    assert!(!is_arabic_letter('٣') && !is_arabic_letter('،') && !is_arabic_letter('\u{064E}'));
    assert!(!is_arabic_letter('\u{0640}'));
    assert!(is_arabic_diacritic('\u{0651}') && is_arabic_diacritic('\u{0670}'));
    assert!(!is_arabic_diacritic('ا'));
}

#[test]
fn sentence_ends() {
    for s in [
        "انتهى.",
        "حقا؟",
        "رائع!",
        "وهكذا…",
        "\u{06D4}",
        "قال: «انتهى.»",
        "(انتهى.)",
        "\"Done.\"  ",
        "قال “نعم!”\u{200F}",
    ] {
        assert!(ends_with_sentence_punct(s), "{s:?}");
    }
    for s in ["", "بدون نقطة", "قال:", "«انتهى»", "1.5 مليون"] {
        assert!(!ends_with_sentence_punct(s), "{s:?}");
    }
}

// ---------------------------------------------------------------- agencies

fn codes(text: &str) -> Vec<&'static str> {
    find_agencies(text).into_iter().map(|m| m.code).collect()
}

#[test]
fn agency_codes_of_names() {
    let cases = [
        ("أ ف ب", "AFP"),
        ("أ.ف.ب", "AFP"),
        ("أ. ف. ب", "AFP"),
        ("(أ ف ب)", "AFP"),
        ("ا ف ب", "AFP"),
        ("وكالة الصحافة الفرنسية", "AFP"),
        ("فرانس برس", "AFP"),
        ("afp", "AFP"),
        (" رويترز ", "Reuters"),
        ("أسوشيتدبرس", "AP"),
        ("اسوشيتد برس", "AP"),
        ("ا ب", "AP"),
        ("د.ب.أ", "DPA"),
        ("الوكالة الألمانية", "DPA"),
        ("وكالة الاناضول", "Anadolu"),
        ("واس", "SPA"),
        ("وكالة أنباء الإمارات", "WAM"),
        ("قنا", "QNA"),
        ("كونا", "KUNA"),
        ("الوكالة العربية السورية للأنباء", "SANA"),
        ("وفا", "WAFA"),
        ("أ ش أ", "MENA"),
        ("بترا", "Petra"),
        ("وكالة أنباء الصين الجديدة", "Xinhua"),
        ("كيودو", "Kyodo"),
        ("إفي", "EFE"),
        ("EFE", "EFE"),
        ("بنا", "BNA"),
        ("الوكالة الوطنية للإعلام", "NNA"),
        ("وأج", "APS"),
        ("وات", "TAP"),
        ("لاماب", "MAP"),
        ("واع", "INA"),
        ("سونا", "SUNA"),
        ("إرنا", "IRNA"),
        ("سبوتنيك", "Sputnik"),
        ("بلومبيرغ", "Bloomberg"),
    ];
    for (name, code) in cases {
        assert_eq!(agency_code(name), Some(code), "{name}");
    }
    for name in ["", "رويترز اليوم", "الخليج", "أ ف", "لرويترز", "أ، ف، ب"]
    {
        assert_eq!(agency_code(name), None, "{name}");
    }
    for code in ghirbal_arabic::agency_codes() {
        assert_eq!(agency_code(code), Some(code), "{code}");
    }
    // The cheap refusal never refuses a name, and refuses other words.
    for (name, _) in cases {
        assert!(may_open_with_agency(name), "{name}");
        assert!(may_open_with_agency(&format!("[{name}]، العربي")), "{name}");
    }
    for text in ["", "العربي، أ ف ب", "صورة: أرشيف", "(( ))"] {
        assert!(!may_open_with_agency(text), "{text}");
    }
}

proptest! {
    /// Whatever opens with a name that `agency_code` or `find_agencies`
    /// reads is never refused by the cheap check.
    #[test]
    fn agency_refusal_is_safe(text in "[أاف ب.()\\[\\]رويترزوكالةالأناضول،-]{0,30}") {
        if agency_code(&text).is_some() || find_agencies(&text).first().is_some_and(|m| {
            text[..m.start].chars().all(|c| !c.is_alphanumeric())
        }) {
            prop_assert!(may_open_with_agency(&text), "{}", text);
        }
    }
}

#[test]
fn finds_agencies_in_running_text() {
    let text = "قال مسؤول لرويترز إن الجيش، بحسب وكالة فرانس برس وأسوشيتد برس، انسحب.";
    let found = find_agencies(text);
    assert_eq!(
        found.iter().map(|m| m.code).collect::<Vec<_>>(),
        ["Reuters", "AFP", "AP"]
    );
    assert_eq!(&text[found[0].start..found[0].end], "رويترز");
    assert_eq!(&text[found[1].start..found[1].end], "وكالة فرانس برس");
    assert_eq!(&text[found[2].start..found[2].end], "أسوشيتد برس");
    assert_eq!(codes("ونقلت وكالة الأنباء السعودية عن مصدر"), ["SPA"]);
    assert_eq!(
        codes("أفادت وكالة الأنباء الفلسطينية (وفا) بأن"),
        ["WAFA", "WAFA"]
    );
    assert_eq!(codes("وذكرت وكالة وام أن"), ["WAM"]);
    assert_eq!(codes("وقالت وكالة أنباء قنا"), ["QNA"]);
    assert_eq!(codes("(رويترز، أ ب)"), ["Reuters", "AP"]);
    assert_eq!(codes("/أ ش أ/"), ["MENA"]);
    assert_eq!(codes("نقلا عن الأناضول"), ["Anadolu"]);
    assert_eq!(codes("وللأناضول"), ["Anadolu"]);
}

#[test]
fn ambiguous_names_need_an_agency_context() {
    for text in [
        "الرياض - واس: أعلن",
        "غزة – وفا – قال",
        "عمان (بترا) - قال",
        "(وفا)",
        "وفا",
        "رويترز، وام",
        "المصادر: وفا، سانا",
        "بيروت ـ بنا:",
    ] {
        assert!(!find_agencies(text).is_empty(), "{text}");
    }
    assert_eq!(codes("المصادر: وفا، سانا"), ["WAFA", "SANA"]);
    // The label covers its own line only.
    assert_eq!(codes("المصادر: وفا\nوفا بوعده للناخبين"), ["WAFA"]);
    for text in [
        "وفا بوعده للناخبين بعد سنوات",
        "زار السياح مدينة بترا الأثرية",
        "جاء بنا القطار إلى المدينة",
        "خرج ومع أصدقائه إلى السوق",
        "هو شخص واع بما يحدث",
        "جاءت سانا إلى المدرسة مع أختها",
        "قال الرجل وأم أطفاله في البيت",
        "خلال الأعوام الماضية",
        "افتتحت قناة جديدة",
        "أصابه وسواس قهري",
        "الدرس أ ب ت ث",
    ] {
        assert_eq!(codes(text), Vec::<&str>::new(), "{text}");
    }
}

// ---------------------------------------------------------------- datelines

fn dl<'a>(
    place: &'a str,
    agency: Option<&'static str>,
    credit: Option<&'a str>,
    author: Option<&'a str>,
    rest: &'a str,
) -> Option<Dateline<'a>> {
    Some(Dateline {
        place,
        agency,
        credit,
        author,
        rest,
    })
}

#[test]
fn datelines() {
    assert_eq!(
        parse_dateline("بيروت - (أ ف ب) - نص الخبر"),
        dl("بيروت", Some("AFP"), Some("أ ف ب"), None, "نص الخبر")
    );
    // A fraction slash between the place and a channel, then a dash.
    assert_eq!(
        parse_dateline("أبوظبي ⁄ سكاي نيوز عربية — نص الخبر"),
        dl("أبوظبي", None, Some("سكاي نيوز عربية"), None, "نص الخبر")
    );
    // (An ordinary slash still needs a colon or an agency.)
    assert_eq!(parse_dateline("أبوظبي / سكاي نيوز عربية — نص الخبر"), None);
    // A colon, then the channel in brackets and a dash.
    assert_eq!(
        parse_dateline("أبوظبي: (سكاي نيوز عربية) - وأعربت الخارجية عن قلقها"),
        dl(
            "أبوظبي",
            None,
            Some("سكاي نيوز عربية"),
            None,
            "وأعربت الخارجية عن قلقها"
        )
    );
    // (A sentence's bracket after a colon is no credit.)
    assert_eq!(
        parse_dateline("وقال: (لن نتراجع عن قرارنا أبدا) ثم غادر"),
        None
    );
    assert_eq!(
        parse_dateline("القاهرة ـ رويترز: نص"),
        dl("القاهرة", Some("Reuters"), Some("رويترز"), None, "نص")
    );
    assert_eq!(
        parse_dateline("واشنطن (رويترز) - نص"),
        dl("واشنطن", Some("Reuters"), Some("رويترز"), None, "نص")
    );
    assert_eq!(
        parse_dateline("الرياض - واس:"),
        dl("الرياض", Some("SPA"), Some("واس"), None, "")
    );
    assert_eq!(
        parse_dateline("دبي - \"الخليج\": نص"),
        dl("دبي", None, Some("الخليج"), None, "نص")
    );
    assert_eq!(
        parse_dateline("غزة – وفا –"),
        dl("غزة", Some("WAFA"), Some("وفا"), None, "")
    );
    assert_eq!(
        parse_dateline("لندن: رنيم حنوش"),
        dl("لندن", None, None, Some("رنيم حنوش"), "")
    );
    assert_eq!(
        parse_dateline("باريس - أ ف ب"),
        dl("باريس", Some("AFP"), Some("أ ف ب"), None, "")
    );
    assert_eq!(
        parse_dateline("القدس المحتلة - وفا - قال"),
        dl("القدس المحتلة", Some("WAFA"), Some("وفا"), None, "قال")
    );
    assert_eq!(
        parse_dateline("القاهرة ـــ رويترز - نص"),
        dl("القاهرة", Some("Reuters"), Some("رويترز"), None, "نص")
    );
    assert_eq!(
        parse_dateline("القاهرة /أ ش أ/ نص"),
        dl("القاهرة", Some("MENA"), Some("أ ش أ"), None, "نص")
    );
    assert_eq!(
        parse_dateline("القاهرة - /أ ش أ/ نص"),
        dl("القاهرة", Some("MENA"), Some("أ ش أ"), None, "نص")
    );
    assert_eq!(
        parse_dateline("بيروت - خاص: نص"),
        dl("بيروت", None, Some("خاص"), None, "نص")
    );
    assert_eq!(
        parse_dateline("الرياض/ فارس السبيعي: كشف مصدر"),
        dl("الرياض", None, Some("فارس السبيعي"), None, "كشف مصدر")
    );
    assert_eq!(
        parse_dateline("أبوظبي/ سكاي نيوز عربية: استقال"),
        dl("أبوظبي", None, Some("سكاي نيوز عربية"), None, "استقال")
    );
    assert_eq!(
        parse_dateline("جدة/ واس"),
        dl("جدة", Some("SPA"), Some("واس"), None, "")
    );
    // A channel's or a reporter's name in brackets, then a dash.
    assert_eq!(
        parse_dateline("أبوظبي (سكاي نيوز عربية) – وقال"),
        dl("أبوظبي", None, Some("سكاي نيوز عربية"), None, "وقال")
    );
    // The place, a comma and the paper, then a dash.
    assert_eq!(
        parse_dateline("دبي، العربية.نت – وتضمن البيان"),
        dl("دبي", None, Some("العربية.نت"), None, "وتضمن البيان")
    );
    assert_eq!(
        parse_dateline("الرياض، الوئام – وقالت"),
        dl("الرياض", None, Some("الوئام"), None, "وقالت")
    );
    assert_eq!(parse_dateline("رام الله «وفا» - نص"), None);
    // A slash inside a sentence is no dateline.
    assert_eq!(parse_dateline("الحكومة/ البرلمان يناقش القرار اليوم"), None);
    // The credit first, then the place after a slash.
    assert_eq!(
        parse_dateline("سكاي نيوز عربية/أبوظبي — نص الخبر"),
        dl("أبوظبي", None, Some("سكاي نيوز عربية"), None, "نص الخبر")
    );
    assert_eq!(
        parse_dateline("د ب أ/مدريد — نص الخبر"),
        dl("مدريد", Some("DPA"), Some("د ب أ"), None, "نص الخبر")
    );
    assert_eq!(
        parse_dateline("«الشرق الأوسط»/باريس — نص الخبر"),
        dl("باريس", None, Some("الشرق الأوسط"), None, "نص الخبر")
    );
    // Bullets for the dashes.
    assert_eq!(
        parse_dateline("أبوظبي • سكاي نيوز عربية • وقال الوزير إن الاتفاق تاريخي"),
        dl(
            "أبوظبي",
            None,
            Some("سكاي نيوز عربية"),
            None,
            "وقال الوزير إن الاتفاق تاريخي"
        )
    );
    // Squares for the dashes, and the paper's desk in another city.
    assert_eq!(
        parse_dateline("طهران ◾ لندن: «الشرق الأوسط» ◾ وأوضح المسؤول أن الأرقام دقيقة"),
        dl(
            "طهران",
            None,
            Some("لندن: «الشرق الأوسط»"),
            None,
            "وأوضح المسؤول أن الأرقام دقيقة"
        )
    );
    assert!(parse_dateline("الأسعار ◾ الطقس ◾ الرياضة ◾ الثقافة ◾ المنوعات").is_none());
    assert_eq!(
        parse_dateline("لندن · رويترز · وقال الوزير إن الاتفاق تاريخي"),
        dl(
            "لندن",
            Some("Reuters"),
            Some("رويترز"),
            None,
            "وقال الوزير إن الاتفاق تاريخي"
        )
    );
}

#[test]
fn ordinary_sentences_are_not_datelines() {
    for p in [
        "",
        "بيروت",
        "قال الرئيس الأمريكي جو بايدن - في كلمة له - إن",
        "الحكومة - التي تشكلت أمس - قالت",
        "السوق - ثم عدت إلى البيت",
        "وقال الوزير: إن الاتفاق تاريخي ويجب احترامه من الجميع",
        "القرار: في انتظار الموافقة",
        "ملاحظة: هذا مهم",
        "المصدر: رويترز",
        "وذكرت الوكالة (رويترز) أن",
        // A sentence opening like a `PLACE، PAPER –` dateline.
        "وفي السياق، أكد الوزير – الذي تحدث",
        "ومن جهته، قال المتحدث – في بيان",
        "(أ ف ب) - نص",
        "«نص» قال",
        "«الحوار»/هنا في المدينة — ثم",
        "الأسعار • الطقس • الرياضة • الثقافة والفنون",
        "الرئيس • قال في كلمته اليوم أمام الحضور إن البلاد",
    ] {
        assert_eq!(parse_dateline(p), None, "{p}");
    }
}

// ---------------------------------------------------------------- sources

#[test]
fn sources() {
    assert_eq!(split_sources("العربي، أ ف ب"), ["العربي", "أ ف ب"]);
    assert_eq!(
        split_sources("رويترز, AFP ؛ وفا; سانا / DPA."),
        ["رويترز", "AFP", "وفا", "سانا", "DPA"]
    );
    assert_eq!(split_sources("العربي و أ ف ب"), ["العربي", "أ ف ب"]);
    assert_eq!(split_sources("العربي وأ ف ب"), ["العربي", "أ ف ب"]);
    assert_eq!(
        split_sources("رويترز ووكالة الأنباء السعودية"),
        ["رويترز", "وكالة الأنباء السعودية"]
    );
    assert_eq!(
        split_sources("وكالة الأنباء الفلسطينية"),
        ["وكالة الأنباء الفلسطينية"]
    );
    assert_eq!(split_sources("وفا"), ["وفا"]);
    assert_eq!(split_sources("الجزيرة + وكالات"), ["الجزيرة", "وكالات"]);
    assert_eq!(split_sources(" ،، "), Vec::<String>::new());
}

#[test]
fn sources_labels() {
    assert_eq!(
        sources_label("المصادر: رويترز، أ ف ب"),
        Some("رويترز، أ ف ب")
    );
    assert_eq!(sources_label("المصدر: وفا"), Some("وفا"));
    assert_eq!(sources_label("المصدر : وفا"), Some("وفا"));
    assert_eq!(sources_label("مصادر:"), Some(""));
    assert_eq!(sources_label("المصادر"), Some(""));
    assert_eq!(sources_label("Sources: Reuters"), Some("Reuters"));
    assert_eq!(sources_label("source: AFP"), Some("AFP"));
    assert_eq!(sources_label("المصدر نفسه قال"), None);
    assert_eq!(sources_label("المصدرين:"), None);
    assert_eq!(sources_label("قال المصدر: لا"), None);
    assert_eq!(
        sources_label("المصادر – سكاي نيوز عربية، وكالات"),
        Some("سكاي نيوز عربية، وكالات")
    );
    assert_eq!(
        sources_label("المصدر - الذي طلب عدم ذكر اسمه - قال ذلك"),
        None
    );
}

proptest! {
    #[test]
    fn fast_letter_tests_agree_with_unicode(c in any::<char>()) {
        use ghirbal_arabic::script::{is_letter, is_letter_or_digit};
        // The Arabic block's letters by Unicode include a few the project
        // counts differently (tatweel is Lm; marks are Mn): compare only
        // outside that block, and inside it on letters Unicode calls Lo.
        if !('\u{0600}'..='\u{06FF}').contains(&c) {
            prop_assert_eq!(is_letter(c), c.is_alphabetic());
            prop_assert_eq!(is_letter_or_digit(c), c.is_alphanumeric());
        }
    }
}

#[test]
fn datelines_with_a_hyphen_bullet_or_an_arrow() {
    assert_eq!(
        parse_dateline("دبي، البوابة العربية للأخبار التقنية ⁃ وعلى الرغم من ذلك"),
        dl(
            "دبي",
            None,
            Some("البوابة العربية للأخبار التقنية"),
            None,
            "وعلى الرغم من ذلك"
        )
    );
    assert_eq!(
        parse_dateline("أبوظبي (سكاي نيوز عربية) ← أعفي زعيم الحزب من مهماته"),
        dl(
            "أبوظبي",
            None,
            Some("سكاي نيوز عربية"),
            None,
            "أعفي زعيم الحزب من مهماته"
        )
    );
}
