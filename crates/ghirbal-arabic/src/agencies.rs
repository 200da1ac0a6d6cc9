//! Wire agencies: names as Arabic news writes them, canonical codes,
//! datelines and sources lines.
//!
//! # Matching
//!
//! Names are compared word by word after [`fold_char`], so hamza and alef
//! variants, diacritics and tatweel do not matter (`أ ف ب` = `ا ف ب`), and
//! only whole words match (`وام` is not found in `الأعوام`, nor `قنا` in
//! `قناة`). Between the words of one name only spaces and dots may stand,
//! so `أ.ف.ب`, `أ. ف. ب` and `أ ف ب` are one name while `أ، ف، ب` is not.
//! Long names also match behind the clitics `و ل ب ول وب فل`
//! (`لرويترز`, `وللأناضول`); the match then starts after the clitic.
//!
//! # Ambiguous names
//!
//! Short names that are also ordinary words or names (`وفا` "loyalty",
//! `بترا` the city, `بنا` "with us", `ومع` "and with", `واع` "aware",
//! `وام` which is how `وأم` "and a mother" folds, `أ ب`, `AP`, …) are only
//! reported in an agency context:
//!
//! - in brackets or a bracketed list: `(وفا)`, `(رويترز، أ ب)`, `/وام/`;
//! - after a dash, before a dash, colon, closing bracket or the end, as in
//!   a dateline: `غزة – وفا –`, `الرياض - واس:`;
//! - right after `وكالة`/`الوكالة` (with clitics) or `وكالة أنباء`;
//! - after a sources label (`المصادر: وفا، رويترز`);
//! - when the whole text is a short credit: nothing but agency names,
//!   separators and the conjunction `و` (`وفا`, `رويترز، وام`).
//!
//! The longer names are matched anywhere. `الأناضول` is also the region
//! (Anatolia) and is still matched in running text; so is `بلومبيرغ` the
//! person: both are far more often the agency in news.
//!
//! A text naming an agency twice (`وكالة الأنباء الفلسطينية (وفا)`) gives
//! two matches.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::keys::{fold_char, is_word_char};

/// An agency named in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgencyMatch {
    /// Byte range in the searched text.
    pub start: usize,
    pub end: usize,
    /// Canonical code: `AFP`, `Reuters`, `AP`, …
    pub code: &'static str,
}

struct Agency {
    code: &'static str,
    /// Matched anywhere, as whole words.
    names: &'static [&'static str],
    /// Matched only in an agency context (see the module docs).
    ambiguous: &'static [&'static str],
}

/// Every known agency. Each code is also one of its own names.
const AGENCIES: &[Agency] = &[
    Agency {
        code: "AFP",
        names: &[
            "أ ف ب",
            "أ.ف.ب",
            "ا ف ب",
            "فرانس برس",
            "فرانس پرس",
            "وكالة فرانس برس",
            "وكالة الصحافة الفرنسية",
            "AFP",
        ],
        ambiguous: &[],
    },
    Agency {
        code: "Reuters",
        names: &["رويترز", "رويتر", "وكالة رويترز", "Reuters"],
        ambiguous: &[],
    },
    Agency {
        code: "AP",
        names: &[
            "أسوشيتد برس",
            "أسوشيتدبرس",
            "اسوشيتد برس",
            "أسوشييتد برس",
            "أسوشيتيد برس",
            "وكالة أسوشيتد برس",
            "Associated Press",
        ],
        ambiguous: &["أ ب", "ا ب", "AP"],
    },
    Agency {
        code: "DPA",
        names: &[
            "د ب أ",
            "د.ب.أ",
            "الوكالة الألمانية",
            "الوكالة الألمانية للأنباء",
            "وكالة الأنباء الألمانية",
            "DPA",
        ],
        ambiguous: &[],
    },
    Agency {
        code: "Anadolu",
        names: &["الأناضول", "وكالة الأناضول", "الأناضول للأنباء", "Anadolu"],
        ambiguous: &[],
    },
    Agency {
        code: "SPA",
        names: &["وكالة الأنباء السعودية"],
        ambiguous: &["واس", "SPA"],
    },
    Agency {
        code: "WAM",
        names: &["وكالة أنباء الإمارات", "وكالة الأنباء الإماراتية"],
        ambiguous: &["وام", "WAM"],
    },
    Agency {
        code: "QNA",
        names: &["وكالة الأنباء القطرية", "QNA"],
        ambiguous: &["قنا"],
    },
    Agency {
        code: "KUNA",
        names: &["وكالة الأنباء الكويتية", "KUNA"],
        ambiguous: &["كونا"],
    },
    Agency {
        code: "SANA",
        names: &["الوكالة العربية السورية للأنباء", "وكالة الأنباء السورية"],
        ambiguous: &["سانا", "SANA"],
    },
    Agency {
        code: "WAFA",
        names: &[
            "وكالة الأنباء الفلسطينية",
            "وكالة الأنباء والمعلومات الفلسطينية",
        ],
        ambiguous: &["وفا", "WAFA"],
    },
    Agency {
        code: "MENA",
        names: &["أ ش أ", "أ.ش.أ", "وكالة أنباء الشرق الأوسط"],
        ambiguous: &["MENA"],
    },
    Agency {
        code: "Petra",
        names: &["وكالة الأنباء الأردنية"],
        ambiguous: &["بترا", "Petra"],
    },
    Agency {
        code: "Xinhua",
        names: &[
            "شينخوا",
            "وكالة شينخوا",
            "وكالة أنباء شينخوا",
            "وكالة أنباء الصين الجديدة",
            "Xinhua",
        ],
        ambiguous: &[],
    },
    Agency {
        code: "Kyodo",
        names: &[
            "كيودو",
            "وكالة كيودو",
            "وكالة كيودو للأنباء",
            "Kyodo",
            "Kyodo News",
        ],
        ambiguous: &[],
    },
    Agency {
        code: "EFE",
        names: &["وكالة الأنباء الإسبانية", "EFE"],
        ambiguous: &["إفي"],
    },
    Agency {
        code: "BNA",
        names: &["وكالة أنباء البحرين"],
        ambiguous: &["بنا", "BNA"],
    },
    Agency {
        code: "ONA",
        names: &["وكالة الأنباء العمانية"],
        ambiguous: &["العمانية", "ONA"],
    },
    Agency {
        code: "NNA",
        names: &["الوكالة الوطنية للإعلام", "NNA"],
        ambiguous: &["الوكالة الوطنية"],
    },
    Agency {
        code: "APS",
        names: &["وكالة الأنباء الجزائرية"],
        ambiguous: &["وأج", "APS"],
    },
    Agency {
        code: "TAP",
        names: &["وكالة تونس أفريقيا للأنباء", "وكالة تونس إفريقيا للأنباء"],
        ambiguous: &["وات", "TAP"],
    },
    Agency {
        code: "MAP",
        names: &["وكالة المغرب العربي للأنباء", "لاماب"],
        ambiguous: &["ومع", "MAP"],
    },
    Agency {
        code: "INA",
        names: &["وكالة الأنباء العراقية"],
        ambiguous: &["واع", "INA"],
    },
    Agency {
        code: "SUNA",
        names: &["وكالة السودان للأنباء"],
        ambiguous: &["سونا", "SUNA"],
    },
    Agency {
        code: "IRNA",
        names: &[
            "وكالة الجمهورية الإسلامية للأنباء",
            "وكالة الأنباء الإيرانية",
            "IRNA",
        ],
        ambiguous: &["إرنا"],
    },
    Agency {
        code: "Sputnik",
        names: &["سبوتنيك", "وكالة سبوتنيك", "Sputnik"],
        ambiguous: &[],
    },
    Agency {
        code: "UPI",
        names: &["يونايتد برس إنترناشونال", "يونايتد برس", "يو بي آي", "UPI"],
        ambiguous: &[],
    },
    Agency {
        code: "Bloomberg",
        names: &[
            "بلومبيرغ",
            "بلومبرغ",
            "بلومبرج",
            "بلومبيرج",
            "وكالة بلومبيرغ",
            "Bloomberg",
        ],
        ambiguous: &[],
    },
    Agency {
        code: "TASS",
        names: &["إيتار تاس", "TASS"],
        ambiguous: &["تاس"],
    },
];

/// Every agency code, in a fixed order.
pub fn agency_codes() -> impl Iterator<Item = &'static str> {
    AGENCIES.iter().map(|a| a.code)
}

/// Clitics a long name may carry in running text: "and", "to", "by".
const CLITICS: &[&str] = &["و", "ل", "ب", "ول", "وب", "فل"];

/// Folded words that introduce an agency name: `وكالة`, `الوكالة`, with
/// clitics.
const AGENCY_WORDS: &[&str] = &[
    "وكاله",
    "ووكاله",
    "لوكاله",
    "بوكاله",
    "فوكاله",
    "الوكاله",
    "والوكاله",
    "للوكاله",
    "بالوكاله",
];

/// One name of an agency, folded.
#[derive(Debug)]
struct Name {
    words: Vec<Vec<char>>,
    code: &'static str,
    ambiguous: bool,
    /// Chars of clitic before the name proper in the first word.
    clitic: usize,
}

/// Names by their first folded word.
fn table() -> &'static HashMap<Vec<char>, Vec<Name>> {
    static TABLE: OnceLock<HashMap<Vec<char>, Vec<Name>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<Vec<char>, Vec<Name>> = HashMap::new();
        let mut add = |words: Vec<Vec<char>>, code, ambiguous, clitic| {
            let entry = table.entry(words[0].clone()).or_default();
            if !entry.iter().any(|n| n.words == words) {
                entry.push(Name {
                    words,
                    code,
                    ambiguous,
                    clitic,
                });
            }
        };
        for agency in AGENCIES {
            let all = agency
                .names
                .iter()
                .map(|n| (n, false))
                .chain(agency.ambiguous.iter().map(|n| (n, true)));
            for (name, ambiguous) in all {
                let words = Tokens::new(name).word_chars();
                add(words.clone(), agency.code, ambiguous, 0);
                let first = &words[0];
                let arabic = first.iter().all(|c| ('\u{0600}'..='\u{06FF}').contains(c));
                if ambiguous || !arabic || first.len() < 4 {
                    continue;
                }
                for clitic in CLITICS {
                    let mut w: Vec<char> = clitic.chars().collect();
                    // ل + ال contracts to لل: للأناضول.
                    let contracted = w.last() == Some(&'ل') && first.starts_with(&['ا', 'ل']);
                    w.extend_from_slice(if contracted { &first[1..] } else { first });
                    let mut variant = words.clone();
                    variant[0] = w;
                    add(variant, agency.code, false, clitic.chars().count());
                }
            }
        }
        table
    })
}

/// A word of a text: byte range, and range of its folded chars.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    f0: usize,
    f1: usize,
}

/// A text cut into folded words. Chars that fold to nothing (diacritics,
/// tatweel, joiners) are transparent: they neither break nor start a word.
#[derive(Debug)]
struct Tokens<'a> {
    text: &'a str,
    folded: Vec<char>,
    /// Byte offset in `text` of each folded char.
    offsets: Vec<usize>,
    words: Vec<Word>,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Tokens<'a> {
        // Sized for Arabic text (two bytes a char, a word in about ten), so
        // the loop seldom regrows them: growing them from nothing a push at
        // a time cost a fifth of the tokenizing.
        let mut t = Tokens {
            text,
            folded: Vec::with_capacity(text.len() / 2 + 1),
            offsets: Vec::with_capacity(text.len() / 2 + 1),
            words: Vec::with_capacity(text.len() / 8 + 1),
        };
        let mut open: Option<(usize, usize)> = None;
        let mut last_end = 0;
        for (i, c) in text.char_indices() {
            match fold_char(c) {
                None => {}
                Some(f) if is_word_char(f) => {
                    if open.is_none() {
                        open = Some((i, t.folded.len()));
                    }
                    t.folded.push(f);
                    t.offsets.push(i);
                    last_end = i + c.len_utf8();
                }
                Some(_) => t.close(&mut open, last_end),
            }
        }
        t.close(&mut open, last_end);
        t
    }

    fn close(&mut self, open: &mut Option<(usize, usize)>, end: usize) {
        if let Some((start, f0)) = open.take() {
            self.words.push(Word {
                start,
                end,
                f0,
                f1: self.folded.len(),
            });
        }
    }

    fn word(&self, i: usize) -> &[char] {
        let w = self.words[i];
        &self.folded[w.f0..w.f1]
    }

    fn word_chars(&self) -> Vec<Vec<char>> {
        (0..self.words.len())
            .map(|i| self.word(i).to_vec())
            .collect()
    }

    fn word_is(&self, i: usize, folded: &str) -> bool {
        self.word(i).iter().copied().eq(folded.chars())
    }

    /// The text between words `i` and `i + 1` holds only spaces, dots and
    /// transparent chars: the two can belong to one name.
    fn tight(&self, i: usize) -> bool {
        let gap = &self.text[self.words[i].end..self.words[i + 1].start];
        gap.chars()
            .all(|c| c.is_whitespace() || c == '.' || fold_char(c).is_none())
    }

    /// Names whose words start at word `i`, longest first, unambiguous
    /// first among equals.
    fn names_at(&self, i: usize) -> Vec<&'static Name> {
        let Some(names) = table().get(self.word(i)) else {
            return Vec::new();
        };
        let mut found: Vec<&Name> = names
            .iter()
            .filter(|n| {
                let len = n.words.len();
                i + len <= self.words.len()
                    && (1..len)
                        .all(|k| self.word(i + k) == n.words[k].as_slice() && self.tight(i + k - 1))
            })
            .collect();
        found.sort_by_key(|n| (std::cmp::Reverse(n.words.len()), n.ambiguous));
        found
    }

    fn matched(&self, i: usize, name: &Name) -> AgencyMatch {
        let first = self.words[i];
        let start = if name.clitic == 0 {
            first.start
        } else {
            self.offsets[first.f0 + name.clitic]
        };
        AgencyMatch {
            start,
            end: self.words[i + name.words.len() - 1].end,
            code: name.code,
        }
    }
}

/// Every agency named in `text`, in order (see the module docs for which
/// names need an agency context).
pub fn find_agencies(text: &str) -> Vec<AgencyMatch> {
    let tokens = Tokens::new(text);
    let n = tokens.words.len();
    // The rest of a line opening with a sources label is credits.
    let credit_words = label_end(text).map_or(0..0, |start| {
        let end = text[start..].find('\n').map_or(text.len(), |k| start + k);
        let first = tokens
            .words
            .iter()
            .position(|w| w.start >= start)
            .unwrap_or(n);
        let last = tokens
            .words
            .iter()
            .position(|w| w.start >= end)
            .unwrap_or(n);
        first..last
    });

    // A short credit is nothing but names and `و`: then even ambiguous
    // names are agencies.
    let mut whole_credit = n <= 16;
    let mut i = 0;
    while whole_credit && i < n {
        if let Some(name) = tokens.names_at(i).first() {
            i += name.words.len();
        } else if tokens.word_is(i, "و") {
            i += 1;
        } else {
            whole_credit = false;
        }
    }

    let mut found = Vec::new();
    let mut i = 0;
    while i < n {
        let accepted = tokens.names_at(i).into_iter().find(|name| {
            !name.ambiguous
                || whole_credit
                || credit_words.contains(&i)
                || in_agency_context(&tokens, i, name.words.len())
        });
        match accepted {
            Some(name) => {
                found.push(tokens.matched(i, name));
                i += name.words.len();
            }
            None => i += 1,
        }
    }
    found
}

/// Whether words `i..i + len` stand where an agency name would: bracketed,
/// between dateline dashes, or after `وكالة`.
fn in_agency_context(tokens: &Tokens, i: usize, len: usize) -> bool {
    let after_agency_word = |j: usize| AGENCY_WORDS.iter().any(|w| tokens.word_is(j, w));
    if i >= 1 && after_agency_word(i - 1) && tokens.tight(i - 1) {
        return true;
    }
    if i >= 2
        && after_agency_word(i - 2)
        && tokens.word_is(i - 1, "انباء")
        && tokens.tight(i - 2)
        && tokens.tight(i - 1)
    {
        return true;
    }
    let text = tokens.text;
    let left = visible_before(text, tokens.words[i].start);
    let right = visible_after(text, tokens.words[i + len - 1].end);
    let open = matches!(left, Some('(' | '[' | '/'));
    let close = matches!(right, Some(')' | ']' | '/'));
    let sep = |c: Option<char>| matches!(c, Some('،' | ',' | '؛' | ';' | '|' | '+' | '&'));
    let bracketed = (open || sep(left)) && (close || sep(right)) && (open || close);
    let dateline = left.is_some_and(is_dash)
        && (right.is_none() || right.is_some_and(is_dash) || close || right == Some(':'));
    bracketed || dateline
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn visible_before(text: &str, pos: usize) -> Option<char> {
    text[..pos]
        .chars()
        .rev()
        .find(|&c| !c.is_whitespace() && !is_invisible(c))
}

fn visible_after(text: &str, pos: usize) -> Option<char> {
    text[pos..]
        .chars()
        .find(|&c| !c.is_whitespace() && !is_invisible(c))
}

fn is_dash(c: char) -> bool {
    // (`⁃`, the hyphen bullet, drawn as a dash: `ماليه، سكاي نيوز عربية ⁃ …`.)
    matches!(
        c,
        '-' | '‐' | '‒' | '–' | '—' | '―' | '−' | '⁃' | '\u{0640}'
    )
}

/// False when `text` cannot open with an agency's name: its first folded
/// word starts none. A cheap refusal before [`agency_code`] or
/// [`find_agencies`] on lines that are mostly not credits.
pub fn may_open_with_agency(text: &str) -> bool {
    const LONGEST: usize = 24;
    let mut word = ['\0'; LONGEST];
    let mut len = 0;
    for c in text.chars() {
        match fold_char(c) {
            None => {}
            Some(f) if is_word_char(f) => {
                if len == LONGEST {
                    // Longer than any name's first word, yet let the full
                    // check say so.
                    return true;
                }
                word[len] = f;
                len += 1;
            }
            Some(_) if len > 0 => break,
            Some(_) => {}
        }
    }
    len > 0 && table().contains_key(&word[..len])
}

/// The code of an agency when `name` is exactly one of its names (or its
/// code), compared folded; surrounding spaces, brackets, quotes and dots
/// are ignored: `(أ.ف.ب)` → `AFP`.
pub fn agency_code(name: &str) -> Option<&'static str> {
    let name = name.trim_matches(|c: char| {
        c.is_whitespace()
            || is_invisible(c)
            || matches!(
                c,
                '(' | ')' | '[' | ']' | '/' | '.' | '"' | '«' | '»' | '“' | '”'
            )
    });
    let tokens = Tokens::new(name);
    let (Some(first), Some(last)) = (tokens.words.first(), tokens.words.last()) else {
        return None;
    };
    let mut outside = name[..first.start].chars().chain(name[last.end..].chars());
    if outside.any(|c| fold_char(c).is_some()) {
        return None;
    }
    tokens
        .names_at(0)
        .into_iter()
        .find(|n| n.clitic == 0 && n.words.len() == tokens.words.len())
        .map(|n| n.code)
}

/// A dateline opening a paragraph: `بيروت - (أ ف ب) - …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dateline<'a> {
    /// The place, 1–3 words.
    pub place: &'a str,
    /// The agency code when the credit is a known agency.
    pub agency: Option<&'static str>,
    /// The credit as written, without its brackets or quotes: `أ ف ب`,
    /// `الخليج`.
    pub credit: Option<&'a str>,
    /// The writer, in the `لندن: رنيم حنوش` form.
    pub author: Option<&'a str>,
    /// The paragraph after the dateline, trimmed; may be empty.
    pub rest: &'a str,
}

/// First words of a `word:` or `word -` opening that is a label, not a
/// place.
const NOT_PLACES: &[&str] = &[
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "ملاحظه",
    "تنويه",
    "تحديث",
    "عاجل",
    "المصدر",
    "المصادر",
    "مصادر",
    "مصدر",
    "الصوره",
    "صوره",
    "كتب",
    "كتبت",
    "بقلم",
    "اعداد",
    "ترجمه",
    "تحرير",
    "اقرا",
    "شاهد",
    "فيديو",
    "تابع",
    "تابعوا",
    "المحرر",
    "source",
    "sources",
    "photo",
    "by",
];

/// Words that do not occur in a person's name, for telling `لندن: رنيم
/// حنوش` from `القرار: تأجيل الانتخابات`... as far as a word list can.
const NOT_NAME_WORDS: &[&str] = &[
    "في", "من", "على", "الى", "عن", "مع", "بعد", "قبل", "ان", "لا", "لم", "لن", "ما", "هذا", "هذه",
    "هل", "او", "ثم", "كل", "بين", "حول", "ضد", "نحو", "عند", "منذ", "حتي", "غير",
];

/// Parses a dateline at the start of `paragraph` (best on [`normalize`]d
/// text). Recognized shapes, with any dash (`- – — ـ`, runs too):
///
/// - `بيروت - (أ ف ب) - نص`, `واشنطن (رويترز) - نص`, `القاهرة /أ ش أ/ نص`
/// - `القاهرة ـ رويترز: نص`, `غزة – وفا – نص`, `باريس - أ ف ب`
/// - `دبي - "الخليج": نص`, `بيروت - خاص: نص`
/// - `لندن: رنيم حنوش` (place and writer)
/// - `الرياض/ فارس السبيعي: نص`, `أبوظبي/ واس` (a slash for the dash)
/// - `سكاي نيوز عربية/أبوظبي — نص`, `«الشرق الأوسط»/باريس — نص` (the
///   credit first, then the place)
/// - `أبوظبي • سكاي نيوز عربية • نص`, `طهران ◾ لندن: «الشرق الأوسط» ◾ نص`
///   (bullets or squares for the dashes)
///
/// The place is 1–3 words of letters. A bare credit must be an agency,
/// or 1–2 words before a colon; a bracketed one that is not an agency must
/// be one word and be followed by a dash or colon; a quoted one, up to
/// four words. Anything else, such as a sentence with a dash further on,
/// gives `None`.
///
/// [`normalize`]: crate::normalize()
pub fn parse_dateline(paragraph: &str) -> Option<Dateline<'_>> {
    let p = paragraph;
    let start = p.len()
        - p.trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c))
            .len();

    let mut place_end = start;
    let mut pos = start;
    let mut words = 0;
    loop {
        let end = scan_word(p, pos);
        if end == pos {
            break;
        }
        words += 1;
        if words > 3 {
            return None;
        }
        place_end = end;
        pos = skip_spaces(p, end);
        if !p[pos..].chars().next().is_some_and(is_letter) {
            break;
        }
    }
    if words == 0 {
        // `«الشرق الأوسط»/باريس — …`: the paper's name quoted, then the place.
        let (credit, after) = quoted(p, start)?;
        let (place, delim) = p[after..]
            .strip_prefix('/')
            .and_then(|_| bare(p, after + 1))?;
        return match delim {
            Delim::Dash(rest) if matches!(letter_words(place), Some(1..=2)) => {
                make_dateline(p, place, Some(credit), None, rest)
            }
            _ => None,
        };
    }
    let place = &p[start..place_end];
    let first_place_word = Tokens::new(place);
    if first_place_word.words.is_empty()
        || NOT_PLACES.iter().any(|w| first_place_word.word_is(0, w))
    {
        return None;
    }
    let dateline = |credit, author, rest| make_dateline(p, place, credit, author, rest);
    match p[pos..].chars().next()? {
        slash @ ('/' | '⁄') if bracketed(p, pos).is_none() => {
            // `الرياض/ فارس السبيعي: نص`, `أبوظبي/ واس`: a slash used as
            // the dash, with a short credit and a colon (or an agency);
            // `أبوظبي ⁄ سكاي نيوز عربية — نص`: a fraction slash, a channel
            // and a dash.
            let at = skip_spaces(p, pos + slash.len_utf8());
            let (credit, delim) = bare(p, at)?;
            let agency = agency_code(credit).is_some();
            match delim {
                Delim::Colon(rest) | Delim::Dash(rest) | Delim::End(rest) if agency => {
                    dateline(Some(credit), None, rest)
                }
                Delim::Colon(rest) if matches!(letter_words(credit), Some(1..=3)) => {
                    dateline(Some(credit), None, rest)
                }
                Delim::Dash(rest)
                    if slash == '⁄' && matches!(letter_words(credit), Some(1..=3)) =>
                {
                    dateline(Some(credit), None, rest)
                }
                // `سكاي نيوز عربية/أبوظبي — …`, `د ب أ/مدريد — …`: the credit
                // first, the place (one word) after the slash.
                Delim::Dash(rest)
                    if (agency_code(place).is_some() || words >= 2)
                        && letter_words(credit) == Some(1) =>
                {
                    make_dateline(p, credit, Some(place), None, rest)
                }
                _ => None,
            }
        }
        bullet @ ('•' | '·' | '◾' | '▪' | '■' | '◼' | '●' | '∙') => {
            // `أبوظبي • سكاي نيوز عربية • …`: bullets where dashes would be;
            // `طهران ◾ لندن: «الشرق الأوسط» ◾ …`: the paper's own desk.
            let at = skip_spaces(p, pos + bullet.len_utf8());
            let len = p[at..].find([bullet, '\n'])?;
            let credit = p[at..at + len].trim();
            let desk = || {
                let bare = credit.replace(['«', '»', '"', '“', '”', ':'], " ");
                matches!(letter_words(&bare), Some(2..=4))
            };
            let named = agency_code(credit).is_some()
                || matches!(letter_words(credit), Some(1..=3))
                || desk();
            let rest = at + len + bullet.len_utf8();
            // (A menu, `الأسعار • الطقس • الرياضة`, goes on in bullets.)
            let prose =
                !p[rest..].contains(bullet) && p[rest..].split_whitespace().nth(4).is_some();
            (p[at + len..].starts_with(bullet) && named && prose)
                .then(|| dateline(Some(credit), None, rest))?
        }
        open @ ('(' | '[' | '/') => {
            // Right after the place, brackets need a dash or colon after
            // them, or `ذكرت الوكالة (رويترز) أن` would be a dateline;
            // slashes are only ever a credit (`القاهرة /أ ش أ/ نص`).
            let (credit, after) = bracketed(p, pos)?;
            let agency = agency_code(credit).is_some();
            match delimiter(p, after) {
                Delim::Colon(rest) | Delim::Dash(rest)
                    if agency || letter_words(credit) == Some(1) =>
                {
                    dateline(Some(credit), None, rest)
                }
                // `أبوظبي (سكاي نيوز عربية) – …`, `المدينة المنورة (مروان
                // قصاص) – …`: a channel's or a reporter's name, then a dash.
                Delim::Dash(rest) if matches!(letter_words(credit), Some(2..=3)) => {
                    dateline(Some(credit), None, rest)
                }
                Delim::End(rest) if agency => dateline(Some(credit), None, rest),
                Delim::Text(rest) if agency && open == '/' => dateline(Some(credit), None, rest),
                _ => None,
            }
        }
        c if is_dash(c) => {
            let at = skip_spaces(p, skip_dashes(p, pos));
            match p[at..].chars().next()? {
                '(' | '[' | '/' => {
                    let (credit, after) = bracketed(p, at)?;
                    let agency = agency_code(credit).is_some();
                    match delimiter(p, after) {
                        Delim::Colon(rest) | Delim::Dash(rest) | Delim::End(rest)
                            if agency || letter_words(credit) == Some(1) =>
                        {
                            dateline(Some(credit), None, rest)
                        }
                        Delim::Text(rest) if agency => dateline(Some(credit), None, rest),
                        _ => None,
                    }
                }
                '"' | '«' | '“' => {
                    let (credit, after) = quoted(p, at)?;
                    match delimiter(p, after) {
                        Delim::Colon(rest) | Delim::Dash(rest) | Delim::End(rest) => {
                            dateline(Some(credit), None, rest)
                        }
                        Delim::Text(_) => None,
                    }
                }
                _ => {
                    let (credit, delim) = bare(p, at)?;
                    let agency = agency_code(credit).is_some();
                    match delim {
                        Delim::Colon(rest) | Delim::Dash(rest) | Delim::End(rest) if agency => {
                            dateline(Some(credit), None, rest)
                        }
                        Delim::Colon(rest) if matches!(letter_words(credit), Some(1..=2)) => {
                            dateline(Some(credit), None, rest)
                        }
                        _ => None,
                    }
                }
            }
        }
        // `دبي، العربية.نت – …`, `الرياض، الوئام – …`: the place, a comma
        // and the paper's name, then a dash. (A sentence may open the same
        // way, `وفي السياق، أكد الوزير – …`: the place must be one or two
        // words and not open with a particle.)
        comma @ ('،' | ',') if words <= 2 && !opens_with_particle(&first_place_word) => {
            let at = skip_spaces(p, pos + comma.len_utf8());
            match bare(p, at)? {
                // (Four words before a hyphen bullet, which no sentence
                // sets: `دبي، البوابة العربية للأخبار التقنية ⁃ …`.)
                (credit, Delim::Dash(rest))
                    if (1..=3).contains(&Tokens::new(credit).words.len())
                        || (Tokens::new(credit).words.len() == 4
                            && p[..rest].trim_end().ends_with('⁃')) =>
                {
                    dateline(Some(credit), None, rest)
                }
                _ => None,
            }
        }
        ':' => {
            let at = skip_spaces(p, pos + 1);
            // `أبوظبي: (سكاي نيوز عربية) - …`: the credit in brackets after
            // the colon, then a dash.
            if p[at..].starts_with(['(', '[']) {
                let (credit, after) = bracketed(p, at)?;
                let named =
                    agency_code(credit).is_some() || matches!(letter_words(credit), Some(1..=3));
                return match delimiter(p, after) {
                    Delim::Dash(rest) if named => dateline(Some(credit), None, rest),
                    _ => None,
                };
            }
            let (segment, delim) = bare(p, at)?;
            match delim {
                Delim::Colon(rest) | Delim::Dash(rest) | Delim::End(rest)
                    if agency_code(segment).is_some() =>
                {
                    dateline(Some(segment), None, rest)
                }
                Delim::Dash(rest) | Delim::End(rest) if looks_like_name(segment) => {
                    dateline(None, Some(segment), rest)
                }
                _ => None,
            }
        }
        _ => None,
    }
}

/// Whether the first word is a particle (`في`, `وفي`, `ومن`): sentences
/// open so, places do not.
fn opens_with_particle(tokens: &Tokens<'_>) -> bool {
    let first = tokens.word(0);
    let unjoined = match first {
        ['و' | 'ف', rest @ ..] => rest,
        _ => first,
    };
    NOT_NAME_WORDS
        .iter()
        .any(|w| first.iter().copied().eq(w.chars()) || unjoined.iter().copied().eq(w.chars()))
}

fn make_dateline<'a>(
    p: &'a str,
    place: &'a str,
    credit: Option<&'a str>,
    author: Option<&'a str>,
    rest: usize,
) -> Option<Dateline<'a>> {
    let agency = credit.and_then(agency_code);
    Some(Dateline {
        place,
        agency,
        credit,
        author,
        rest: p[rest..].trim(),
    })
}

/// What follows a credit.
#[derive(Debug, Clone, Copy)]
enum Delim {
    /// A colon; the rest starts at the offset.
    Colon(usize),
    /// A dash (run).
    Dash(usize),
    /// The end of the paragraph.
    End(usize),
    /// Text with no delimiter before it.
    Text(usize),
}

fn delimiter(p: &str, pos: usize) -> Delim {
    let at = skip_spaces(p, pos);
    match p[at..].chars().next() {
        None | Some('\n') => Delim::End(at),
        Some(':') => Delim::Colon(at + 1),
        Some(c) if is_dash(c) => Delim::Dash(skip_dashes(p, at)),
        // `أبوظبي (سكاي نيوز عربية) ← …`: an arrow after the credit.
        Some(arrow @ ('←' | '⟵')) => Delim::Dash(at + arrow.len_utf8()),
        Some(_) => Delim::Text(at),
    }
}

fn skip_dashes(p: &str, pos: usize) -> usize {
    p.len() - p[pos..].trim_start_matches(is_dash).len()
}

/// The credit inside `(…)`, `[…]` or `/…/` at `pos` (one line, at most five
/// words), and the offset after the closing char.
fn bracketed(p: &str, pos: usize) -> Option<(&str, usize)> {
    let open = p[pos..].chars().next()?;
    let close = match open {
        '(' => ')',
        '[' => ']',
        _ => '/',
    };
    let inner_start = pos + open.len_utf8();
    let len = p[inner_start..].find([close, '\n'])?;
    let credit = p[inner_start..inner_start + len].trim();
    let after = inner_start + len + close.len_utf8();
    let words = Tokens::new(credit).words.len();
    (p[after - close.len_utf8()..].starts_with(close) && (1..=5).contains(&words))
        .then_some((credit, after))
}

/// The credit inside quotes at `pos` (at most four words), and the offset
/// after the closing quote.
fn quoted(p: &str, pos: usize) -> Option<(&str, usize)> {
    let open = p[pos..].chars().next()?;
    let close = match open {
        '«' => '»',
        '“' => '”',
        _ => '"',
    };
    let inner_start = pos + open.len_utf8();
    let len = p[inner_start..].find([close, '\n'])?;
    let credit = p[inner_start..inner_start + len].trim();
    let after = inner_start + len + close.len_utf8();
    let words = Tokens::new(credit).words.len();
    (p[after - close.len_utf8()..].starts_with(close) && (1..=4).contains(&words))
        .then_some((credit, after))
}

/// A bare credit at `pos`: text up to a colon, a standalone dash or the
/// end, at most five words, with no other punctuation.
fn bare(p: &str, pos: usize) -> Option<(&str, Delim)> {
    let segment_end = |end: usize| p[pos..end].trim_end();
    let mut prev_space = true;
    let mut words = 0;
    let mut chars = p[pos..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at = pos + i;
        let next_space = chars.peek().is_none_or(|&(_, d)| d.is_whitespace());
        if c == ':' {
            return Some((segment_end(at), Delim::Colon(at + 1)));
        }
        if is_dash(c) && (prev_space || next_space) {
            return Some((segment_end(at), Delim::Dash(skip_dashes(p, at))));
        }
        if c == '\n' {
            return Some((segment_end(at), Delim::End(at)));
        }
        if !(is_letter(c) || c.is_whitespace() || c == '.' || fold_char(c).is_none()) {
            return None;
        }
        if prev_space && !c.is_whitespace() {
            words += 1;
            if words > 5 {
                return None;
            }
        }
        prev_space = c.is_whitespace();
    }
    Some((segment_end(p.len()), Delim::End(p.len())))
}

/// The number of words when `s` is only words of letters.
fn letter_words(s: &str) -> Option<usize> {
    s.chars()
        .all(|c| is_letter(c) || c.is_whitespace() || fold_char(c).is_none())
        .then(|| Tokens::new(s).words.len())
}

/// 2–4 words of letters that could be a person's name: no word from
/// [`NOT_NAME_WORDS`], and a first word without the article.
fn looks_like_name(s: &str) -> bool {
    if !matches!(letter_words(s), Some(2..=4)) {
        return false;
    }
    let tokens = Tokens::new(s);
    let first = tokens.word(0);
    !first.starts_with(&['ا', 'ل'])
        && (0..tokens.words.len()).all(|i| !NOT_NAME_WORDS.iter().any(|w| tokens.word_is(i, w)))
}

fn is_letter(c: char) -> bool {
    // ASCII and the basic Arabic letters answered before std's Unicode tables.
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    if ('\u{0621}'..='\u{064A}').contains(&c) {
        return c != '\u{0640}';
    }
    if ('\u{064B}'..='\u{065F}').contains(&c) {
        return false;
    }
    c.is_alphabetic() && !unicode_normalization::char::is_combining_mark(c)
}

/// End of the word of letters (marks, and tatweel between letters,
/// included) starting at `pos`; `pos` when there is none.
fn scan_word(p: &str, pos: usize) -> usize {
    let mut end = pos;
    let mut chars = p[pos..].char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inside = is_letter(c)
            || (end > pos && unicode_normalization::char::is_combining_mark(c))
            || (end > pos && c == '\u{0640}' && chars.peek().is_some_and(|&(_, d)| is_letter(d)));
        if !inside {
            break;
        }
        end = pos + i + c.len_utf8();
    }
    end
}

fn skip_spaces(p: &str, pos: usize) -> usize {
    p.len()
        - p[pos..]
            .trim_start_matches(|c: char| (c.is_whitespace() && c != '\n') || is_invisible(c))
            .len()
}

/// Splits a sources list (`العربي، أ ف ب`) into its items, on `، , ؛ ; / | +`,
/// on a standalone `و`, and on a `و` glued to an agency name
/// (`العربي وأ ف ب`). Items are trimmed (and lose a final dot); empty ones
/// are dropped.
pub fn split_sources(list: &str) -> Vec<String> {
    let mut items = Vec::new();
    for part in list.split(['،', ',', '؛', ';', '/', '|', '+']) {
        let mut rest = part;
        while let Some(at) = conjunction(rest) {
            push_item(&mut items, &rest[..at]);
            rest = &rest[at + 'و'.len_utf8()..];
        }
        push_item(&mut items, rest);
    }
    items
}

fn push_item(items: &mut Vec<String>, item: &str) {
    let item = item.trim();
    let item = item.strip_suffix('.').unwrap_or(item).trim_end();
    if !item.is_empty() {
        items.push(item.to_string());
    }
}

/// Byte offset of the first `و` in `part` that joins two items: a word of
/// its own, or glued to an agency name, with an item before it.
fn conjunction(part: &str) -> Option<usize> {
    let tokens = Tokens::new(part);
    (1..tokens.words.len()).find_map(|i| {
        let w = tokens.words[i];
        let word = tokens.word(i);
        if word.first() != Some(&'و') {
            return None;
        }
        if word.len() == 1 {
            return Some(w.start);
        }
        let after = Tokens::new(&part[tokens.offsets[w.f0 + 1]..]);
        let glued = after.words.first().is_some_and(|w| w.start == 0)
            && after.names_at(0).iter().any(|n| n.clitic == 0);
        glued.then_some(w.start)
    })
}

/// When `line` opens with a sources label (`المصادر:`, `المصدر :`,
/// `مصادر:`, `Sources:`, `Source:`, or `المصادر` alone on the line), the
/// rest of the line after it, trimmed (possibly empty). Without a colon
/// the label must stand alone: `المصدر نفسه قال` is a sentence.
pub fn sources_label(line: &str) -> Option<&str> {
    label_end(line).map(|end| line[end..].trim())
}

/// Byte offset in `line` where the text after a sources label starts.
fn label_end(line: &str) -> Option<usize> {
    // Uzbek `Manba:` and Kazakh `Дереккөз:` on Central Asian agencies' pages.
    const LABELS: &[&str] = &[
        "المصادر",
        "المصدر",
        "مصادر",
        "مصدر",
        "sources",
        "source",
        "manba",
        "Дереккөз",
        // Kurmanji, Turkish, Persian and Sorani, on the Arabic pages of
        // sites run in those languages.
        "Çavkanî",
        "çavkanî",
        // Bosnian, Croatian and Serbian.
        "izvor",
        "kaynak",
        "منبع",
        "سەرچاوە",
    ];
    let blank = |c: char| c.is_whitespace() || is_invisible(c);
    // `🔗 المصدر الأصلي: …`: a pictograph may stand before the label.
    let start = line.len()
        - line
            .trim_start_matches(blank)
            .trim_start_matches(crate::script::is_pictograph)
            .trim_start_matches(blank)
            .len();
    let text = &line[start..];
    let label = LABELS.iter().find(|l| {
        text.get(..l.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(l))
            && !text[l.len()..]
                .chars()
                .next()
                .is_some_and(|c| is_letter(c) || c.is_numeric())
    })?;
    let after = text[label.len()..].trim_start_matches(blank);
    let at = line.len() - after.len();
    // `المصدر الأصلي: العربية، وكالات`: one word may qualify a definite
    // label, when the colon follows it and a short list of names the colon
    // (`مصدر أمني: القوات …` quotes a source, it does not list one).
    let definite = matches!(*label, "المصدر" | "المصادر");
    if let Some((word, rest)) = after.split_once([':', '：']).filter(|_| definite) {
        let list =
            rest.split_whitespace().count() <= 8 && !rest.contains(['.', '؟', '?', '!', '«', '"']);
        if !word.is_empty() && word.trim_end().chars().all(is_letter) && list {
            let colon = rest.as_ptr() as usize - after.as_ptr() as usize;
            return Some(at + colon);
        }
    }
    match after.chars().next() {
        Some(colon @ (':' | '：')) => Some(at + colon.len_utf8()),
        // `المصادر – سكاي نيوز عربية، وكالات`: a dash for the colon, before
        // a short list alone (`المصدر - الذي طلب … - قال` is a sentence).
        Some(dash @ ('–' | '—' | '-')) => {
            let list = &after[dash.len_utf8()..];
            let short = list.split_whitespace().count() <= 8
                && !list.contains(['–', '—', '-', '.', '؟', '?']);
            (list.starts_with(' ') && short).then_some(at + dash.len_utf8())
        }
        None => Some(at),
        Some(_) => None,
    }
}
