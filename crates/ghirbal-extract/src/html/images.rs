//! Figures and their captions: `<figure>` with `<figcaption>`, and the
//! caption-classed boxes of older CMSs (`wp-caption-text`). The credit is
//! taken from a credit element (`<small>`, `.credit`, `.copyright`), a
//! trailing `(رويترز)`, or a `تصوير:` / `Photo:` label, as written.

use ghirbal_arabic::normalize;
use ghirbal_record::Image;

use super::blocks::collect_text;
use super::clean::Stats;
use super::text::has_token;
use super::tree::{Dom, Tag, NIL};

const CREDIT_CLASSES: &[&str] = &[
    "credit",
    "credits",
    "copyright",
    "source",
    "photographer",
    "photo-credit",
    "image-credit",
    "caption-credit",
    "media-credit",
    "author",
    "byline",
];

/// Caption labels that introduce a credit.
const CREDIT_LABELS: &[&str] = &[
    "تصوير:",
    "تصوير :",
    "تصوير",
    "الصورة:",
    "المصدر:",
    "Photo:",
    "Photo by",
    "Photograph:",
    "Credit:",
    "Image:",
    "Picture:",
    "©",
];

/// Every figure inside `scope`, in page order, once each.
pub(crate) fn images(dom: &Dom, stats: &Stats, scope: u32, captions: &[u32]) -> Vec<Image> {
    let mut out: Vec<Image> = Vec::new();
    let mut id = dom.node(scope).first;
    while id != NIL {
        let mut skip = false;
        match dom.tag(id) {
            Some(Tag::Figure) => {
                if let Some(img) = figure(dom, id) {
                    push(&mut out, img);
                }
                skip = true;
            }
            Some(t) if t.is_invisible() => skip = true,
            _ => {}
        }
        id = dom.next_in(id, scope, skip);
    }
    // Caption boxes outside figures: the image is the nearest one before.
    for &c in captions {
        if !stats.contains(scope, c) || inside(dom, c, Tag::Figure) {
            continue;
        }
        let (caption, credit) = split_caption(dom, c);
        if caption.is_none() && credit.is_none() {
            continue;
        }
        let parent = dom.node(c).parent;
        let src = if parent != NIL {
            first_img(dom, parent)
        } else {
            None
        };
        push(
            &mut out,
            Image {
                caption,
                credit,
                src,
            },
        );
    }
    out
}

fn push(out: &mut Vec<Image>, img: Image) {
    let dup = out.iter().any(|o| {
        (img.caption.is_some() && o.caption == img.caption)
            || (img.caption.is_none() && img.src.is_some() && o.src == img.src)
    });
    if !dup {
        out.push(img);
    }
}

fn inside(dom: &Dom, id: u32, tag: Tag) -> bool {
    let mut p = dom.node(id).parent;
    let mut steps = 0;
    while p != NIL && steps < 8 {
        if dom.tag(p) == Some(tag) {
            return true;
        }
        p = dom.node(p).parent;
        steps += 1;
    }
    false
}

fn figure(dom: &Dom, fig: u32) -> Option<Image> {
    let src = first_img(dom, fig);
    let cap = dom
        .descendants(fig)
        .find(|&d| dom.tag(d) == Some(Tag::Figcaption));
    let (caption, credit) = match cap {
        Some(c) => split_caption(dom, c),
        None => (None, None),
    };
    if caption.is_none() && credit.is_none() && src.is_none() {
        return None;
    }
    // A figure with neither caption nor credit is decoration or a video
    // poster; a captioned one is the story's image.
    if caption.is_none() && credit.is_none() {
        return None;
    }
    let credit = credit.or_else(|| {
        dom.descendants(fig)
            .find(|&d| {
                is_credit_element(dom, d)
                    && !dom
                        .descendants(d)
                        .any(|x| dom.tag(x) == Some(Tag::Figcaption))
            })
            .map(|d| clean(&collect_text(dom, d)))
            .filter(|s| !s.is_empty())
    });
    Some(Image {
        caption,
        credit,
        src,
    })
}

fn first_img(dom: &Dom, root: u32) -> Option<String> {
    dom.descendants(root)
        .filter(|&d| dom.tag(d) == Some(Tag::Img))
        .find_map(|d| {
            ["src", "data-src", "data-lazy-src", "data-original"]
                .iter()
                .filter_map(|a| dom.attr(d, a))
                .find(|s| !s.is_empty() && !s.starts_with("data:"))
                .map(str::to_string)
        })
}

fn is_credit_element(dom: &Dom, id: u32) -> bool {
    matches!(dom.tag(id), Some(Tag::Small))
        || dom
            .attr(id, "class")
            .is_some_and(|c| has_token(c, CREDIT_CLASSES))
}

fn clean(s: &str) -> String {
    normalize(s).into_owned()
}

/// Caption text and credit of a caption element.
fn split_caption(dom: &Dom, cap: u32) -> (Option<String>, Option<String>) {
    // A credit element inside the caption is cut out of its text.
    let credit_el = dom.descendants(cap).find(|&d| is_credit_element(dom, d));
    let mut credit = credit_el
        .map(|d| clean(&collect_text(dom, d)))
        .filter(|s| !s.is_empty());
    let full = clean(&collect_text(dom, cap));
    let mut caption = full;
    if let Some(c) = &credit {
        if let Some(pos) = caption.rfind(c.as_str()) {
            caption = format!("{}{}", &caption[..pos], &caption[pos + c.len()..]);
        }
        let stripped = strip_label(c);
        credit = Some(stripped.to_string());
    }
    let caption = caption
        .trim()
        .trim_end_matches(['-', '–', '|', '/'])
        .trim()
        .to_string();
    let (caption, trailing) = split_credit(&caption);
    let credit = credit.or(trailing);
    let caption = Some(caption).filter(|c| !c.is_empty());
    (caption, credit.filter(|c| !c.is_empty()))
}

fn strip_label(s: &str) -> &str {
    for l in CREDIT_LABELS {
        if let Some(rest) = s.strip_prefix(l) {
            return rest.trim_start_matches([':', ' ']).trim();
        }
    }
    s.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace())
}

/// Splits `caption (رويترز)` or `caption. تصوير: فلان` into the caption and
/// its credit.
pub(crate) fn split_credit(caption: &str) -> (String, Option<String>) {
    let t = caption.trim();
    if let Some(inner) = t.strip_suffix(')').or_else(|| t.strip_suffix(']')) {
        if let Some(open) = inner.rfind(['(', '[']) {
            let credit = inner[open + 1..].trim();
            let words = credit.split_whitespace().count();
            if !credit.is_empty() && words <= 5 && open > 0 {
                return (t[..open].trim().to_string(), Some(credit.to_string()));
            }
        }
    }
    for l in CREDIT_LABELS {
        if l.chars().count() < 3 && *l != "©" {
            continue;
        }
        if let Some(pos) = t.rfind(l) {
            let credit = t[pos + l.len()..].trim_start_matches([':', ' ']).trim();
            let words = credit.split_whitespace().count();
            if !credit.is_empty() && words <= 6 {
                let head = t[..pos]
                    .trim()
                    .trim_end_matches(['-', '–', '|', '/', '،', ','])
                    .trim();
                return (head.to_string(), Some(credit.to_string()));
            }
        }
    }
    (t.to_string(), None)
}
