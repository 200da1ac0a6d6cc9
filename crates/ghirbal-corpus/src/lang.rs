//! Language identification for Arabic-script pages: Arabic against the
//! other languages written in its script (Persian, Urdu, Pashto, Sorani
//! Kurdish, Uyghur, Sindhi), English and French on mixed pages, and
//! Arabizi (Arabic in Latin letters with digits for ع ح ء) flagged.
//!
//! General-purpose detectors confuse these (they see the script, and most
//! know neither Pashto nor Sorani nor Arabizi); the letters tell them apart:
//! each language has letters the others lack (Urdu ٹ ڈ ڑ ں ے, Pashto ټ ډ ړ
//! ښ ګ ڼ, Sorani ڕ ڵ ۆ ێ, Uyghur ۇ ۈ ۋ, Sindhi ٻ ڄ ڏ ڪ), and Persian is
//! Arabic script with ی and ک where Arabic has ي and ك, plus its function
//! words. The measurement is in BENCHMARKS.md ("Language ID").

/// Detected language: ISO 639-1 where there is one (`ar`, `fa`, `ur`, `ps`,
/// `ckb`, `ug`, `sd`, `en`, `fr`), `arabizi`, or `und` when the text has
/// too few letters to tell.
pub fn detect(text: &str) -> &'static str {
    Evidence::of(text).language()
}

/// What [`detect`] counts in a text. Counts add up: the evidence of a text
/// is the sum of its parts' when they are split between words, so a page's
/// language follows from its blocks' evidence without reading it again.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    letters: Counts,
    persian_words: u32,
    arabic_words: u32,
    en: u32,
    fr: u32,
    arabizi: u32,
    digit_words: u32,
}

impl Evidence {
    pub fn of(text: &str) -> Self {
        let mut e = Evidence::default();
        for ch in text.chars() {
            e.letters.add(ch);
        }
        for w in words(text) {
            if w.chars().all(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
                e.persian_words += u32::from(is_persian_word(w));
                e.arabic_words += u32::from(is_arabic_word(w));
            } else {
                let lower = w.to_lowercase();
                let l = lower.as_str();
                e.en += u32::from(EN.contains(&l));
                e.fr += u32::from(FR.contains(&l));
                e.arabizi += u32::from(ARABIZI.contains(&l));
                // Digits standing for letters inside a word: 3 (ع), 7 (ح),
                // 2 (ء), 9 (ق), 5 (خ).
                let has_letter = l.chars().any(|c| c.is_ascii_alphabetic());
                if has_letter && l.chars().any(|c| matches!(c, '2' | '3' | '5' | '7' | '9')) {
                    e.digit_words += 1;
                }
            }
        }
        e
    }

    pub fn add(&mut self, other: &Evidence) {
        self.letters.merge(&other.letters);
        self.persian_words += other.persian_words;
        self.arabic_words += other.arabic_words;
        self.en += other.en;
        self.fr += other.fr;
        self.arabizi += other.arabizi;
        self.digit_words += other.digit_words;
    }

    /// The language this evidence points to (see [`detect`]).
    pub fn language(&self) -> &'static str {
        let c = &self.letters;
        if c.arabic + c.latin < 4 {
            return "und";
        }
        if c.latin > c.arabic {
            return self.latin_language();
        }
        let letters = c.arabic as f64;
        // Distinctive letters per thousand Arabic-script letters.
        let rate = |n: u32| f64::from(n) * 1000.0 / letters;
        let scores = [
            ("sd", rate(c.sindhi)),
            ("ug", rate(c.uyghur)),
            ("ps", rate(c.pashto)),
            ("ckb", rate(c.sorani)),
            ("ur", rate(c.urdu)),
        ];
        let (best, score) = scores
            .iter()
            .copied()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .expect("non-empty");
        // Sorani writes ی and ک; Algerian Arabic borrows ۆ for French words
        // but keeps ي and ك.
        let arabic_letters = c.arabic_yeh_kaf > c.persian_yeh_kaf;
        if score >= 8.0 && !(best == "ckb" && arabic_letters) {
            return best;
        }
        let persian = c.persian_yeh_kaf + 3 * self.persian_words;
        let arabic = c.arabic_yeh_kaf + c.teh_marbuta + 3 * self.arabic_words;
        if persian > arabic {
            return "fa";
        }
        if score >= 3.0 && !(best == "ckb" && arabic_letters) {
            return best;
        }
        "ar"
    }

    fn latin_language(&self) -> &'static str {
        let arabizi = self.arabizi + 2 * self.digit_words;
        if arabizi > self.en.max(self.fr) {
            "arabizi"
        } else if self.fr > self.en {
            "fr"
        } else {
            "en"
        }
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Counts {
    arabic: u32,
    latin: u32,
    urdu: u32,
    pashto: u32,
    sorani: u32,
    uyghur: u32,
    sindhi: u32,
    persian_yeh_kaf: u32,
    arabic_yeh_kaf: u32,
    teh_marbuta: u32,
}

impl Counts {
    fn merge(&mut self, o: &Counts) {
        self.arabic += o.arabic;
        self.latin += o.latin;
        self.urdu += o.urdu;
        self.pashto += o.pashto;
        self.sorani += o.sorani;
        self.uyghur += o.uyghur;
        self.sindhi += o.sindhi;
        self.persian_yeh_kaf += o.persian_yeh_kaf;
        self.arabic_yeh_kaf += o.arabic_yeh_kaf;
        self.teh_marbuta += o.teh_marbuta;
    }

    fn add(&mut self, ch: char) {
        match ch {
            'a'..='z' | 'A'..='Z' | 'À'..='ÿ' => self.latin += 1,
            '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D5}' | '\u{06EE}'..='\u{06FF}' => {
                self.arabic += 1;
                match ch {
                    'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ۓ' | 'ہ' => self.urdu += 1,
                    'ټ' | 'ډ' | 'ړ' | 'ږ' | 'ښ' | 'ګ' | 'ڼ' | 'ۍ' | 'ځ' | 'څ' => {
                        self.pashto += 1
                    }
                    'ڕ' | 'ڵ' | 'ۆ' | 'ێ' => self.sorani += 1,
                    'ۇ' | 'ۈ' | 'ۋ' | 'ڭ' => self.uyghur += 1,
                    // Both Pashto and Uyghur write ې.
                    'ې' => {
                        self.pashto += 1;
                        self.uyghur += 1;
                    }
                    'ٻ' | 'ڄ' | 'ڃ' | 'ڀ' | 'ڏ' | 'ڌ' | 'ڳ' | 'ڱ' | 'ڪ' | 'ڊ' | 'ڍ' | 'ڦ' | 'ٺ'
                    | 'ٽ' => self.sindhi += 1,
                    'ی' | 'ک' => self.persian_yeh_kaf += 1,
                    'ي' | 'ك' | 'ى' => self.arabic_yeh_kaf += 1,
                    'ة' => self.teh_marbuta += 1,
                    _ => {}
                }
            }
            _ => {}
        }
    }
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !ghirbal_arabic::script::is_letter_or_digit(c))
        .filter(|w| !w.is_empty())
}

fn is_persian_word(w: &str) -> bool {
    matches!(
        w,
        "است"
            | "این"
            | "که"
            | "را"
            | "می"
            | "های"
            | "شده"
            | "برای"
            | "آن"
            | "یک"
            | "با"
            | "شد"
            | "بود"
            | "نیز"
            | "کرد"
            | "خود"
            | "هم"
            | "اند"
            | "تا"
            | "ما"
    )
}

fn is_arabic_word(w: &str) -> bool {
    matches!(
        w,
        "في" | "من"
            | "على"
            | "إلى"
            | "الى"
            | "أن"
            | "ان"
            | "التي"
            | "الذي"
            | "كان"
            | "هذا"
            | "هذه"
            | "عن"
            | "مع"
            | "لا"
            | "ما"
            | "هو"
            | "هي"
            | "قد"
            | "بعد"
    )
}

const EN: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "are",
    "by", "this", "be", "at", "from", "have", "has", "an", "not", "which", "or", "they",
];
const FR: &[&str] = &[
    "le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "en", "que", "qui", "dans",
    "pour", "pas", "sur", "au", "par", "avec", "ce", "il", "elle", "sont", "ont", "aux",
];
/// Frequent Maghrebi and Levantine Arabizi words.
const ARABIZI: &[&str] = &[
    "w",
    "ya",
    "wa",
    "li",
    "fi",
    "ma",
    "la",
    "ana",
    "enta",
    "nta",
    "howa",
    "hiya",
    "rabi",
    "allah",
    "bach",
    "bech",
    "kifach",
    "wach",
    "rani",
    "raho",
    "rahi",
    "bezaf",
    "bzaf",
    "mazal",
    "khoya",
    "hadi",
    "hada",
    "hadou",
    "kima",
    "ga3",
    "kol",
    "kolchi",
    "walah",
    "wallah",
    "inchallah",
    "nchallah",
    "mech",
    "mich",
    "machi",
    "lazem",
    "kifah",
    "3la",
    "3lik",
    "ntouma",
    "homa",
    "bghit",
    "dyal",
    "ta3",
    "nta3",
    "m3a",
    "m3ak",
    "ki",
    "bla",
    "min",
    "3and",
    "lik",
    "yekhi",
    "chwiya",
    "barcha",
    "mouch",
    "ch7al",
    "sa7",
    "sa7a",
    "kho",
    "khouya",
    "ykoun",
    "tkoun",
];

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn evidence_adds_up_over_blocks() {
        use super::Evidence;
        let blocks = [
            "قالت الوزارة في بيان إن الأمطار ستستمر.",
            "The ministry said so.",
            "wallah 3andi",
        ];
        let mut sum = Evidence::default();
        for b in blocks {
            sum.add(&Evidence::of(b));
        }
        assert_eq!(sum, Evidence::of(&blocks.join("\n\n")));
    }

    #[test]
    fn scripts_and_languages() {
        assert_eq!(
            detect("قالت الوزارة في بيان إن الأمطار ستستمر حتى يوم الأحد."),
            "ar"
        );
        assert_eq!(
            detect("این کتاب برای کودکان نوشته شده است و در کتابخانه هم هست."),
            "fa"
        );
        assert_eq!(
            detect("یہ کتاب بچوں کے لیے لکھی گئی ہے اور لائبریری میں موجود ہے۔"),
            "ur"
        );
        assert_eq!(
            detect("دا کتاب د ماشومانو لپاره لیکل شوی او په کتابتون کې شته."),
            "ps"
        );
        assert_eq!(
            detect("ئەم کتێبە بۆ منداڵان نووسراوە و لە کتێبخانەدا هەیە."),
            "ckb"
        );
        assert_eq!(
            detect("The ministry said the rain would continue until Sunday."),
            "en"
        );
        assert_eq!(
            detect("Le ministère a dit que la pluie continuera jusqu'à dimanche."),
            "fr"
        );
        assert_eq!(
            detect("wallah ma 3andi walou, rani f dar m3a khouya"),
            "arabizi"
        );
        assert_eq!(detect("12 34"), "und");
    }
}
