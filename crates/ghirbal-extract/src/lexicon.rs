//! Words that label parts of a news page, shared by the dump and HTML
//! extractors.
//!
//! These are cues, never verdicts on their own: a label only counts where the
//! line's shape and position agree (a short line, a colon, the page's head or
//! tail). Matching is on search keys, so hamza, ى/ي, ة/ه and diacritic
//! variants of a label all match. Every entry is written already folded.

use std::collections::HashSet;
use std::sync::OnceLock;

use ghirbal_arabic::script::is_alphanumeric;

use crate::hash::BuildKeyHasher;

/// Labels that introduce a byline: `بقلم: …`, `كتب …`.
pub(crate) static BYLINE: &[&str] = &[
    "بقلم",
    // A guest's column: `مقال ضيف بقلم فلان`.
    "مقال ضيف بقلم",
    "كتب",
    "كتبت",
    "كتبه",
    "كتبته",
    "اعداد",
    "تحرير",
    "بواسطه",
    "المحرر",
    "الكاتب",
    "الكاتبه",
    "الكاتبان",
    "الكاتبتان",
    "من قبل",
    "رصد وتحرير",
    "by",
    "written by",
    "author",
    "المءلف",
    // Spanish and Portuguese, French, on pages of Arab communities abroad.
    "por",
    "par",
    // Italian, Dutch and Swahili.
    "di",
    "door",
    "na",
    // Indonesian and Malay; Greek (`Του`/`Της` + the writer's name).
    "penulis",
    "reporter",
    "wartawan",
    "oleh",
    "του",
    "της",
    // Armenian (`Հեղինակ՝ …`) and Maltese (`Kitba ta' …`).
    "հեղինակ",
    "kitba ta'",
    "kitba ta’",
];

/// A writer's role after their name (`فلان — مدوّن`, `فلان، مراسلنا في …`),
/// or a byline's reading time (`فلان | وقت القراءة: 5 د`), folded.
pub(crate) static ROLE: &[&str] = &[
    "محرر",
    "محرره",
    "مراسل",
    "مراسله",
    "مراسلنا",
    "مراسلتنا",
    "مدون",
    "مدونه",
    "كاتب",
    "كاتبه",
    "صحفي",
    "صحفيه",
    "وقت القراءه",
    // The English roles of a community paper's staff.
    "staff writer",
    "senior writer",
    "contributing writer",
    "reporter",
    "correspondent",
];

/// Labels that sign a story only with their colon after them: as words
/// they also open sentences or headlines (`ترجمة الكتاب …`).
pub(crate) static BYLINE_COLON: &[&str] = &[
    // Hausa "from".
    "daga",
    "كاتب الماده",
    "اعد الماده",
    // A reviewer's test drive, then the write-up: `تجربة وكتابة: فلان`.
    "تجربه وكتابه",
    "اعداد وكتابه",
    "تحرير وكتابه",
    // An investigation's team: `تحقيق: فلانة وفلان`.
    "تحقيق",
    "تحقيق وكتابه",
    "نقله الي العربيه",
    "ترجمه",
    "ترجمها",
    // `كتابة: فلانة | رسوم: فلان`: a children's page signs text and drawings.
    "كتابه",
    // `تغطية: فلان وفلان`: who covered the event; `شارك في التغطية: …`,
    // who took part in covering it.
    "تغطيه",
    "شارك في التغطيه",
    "شاركت في التغطيه",
    // Jawi's "by" (Malay `oleh`), Thai's "news/photos" and Dhivehi's
    // "written by".
    "اوليه",
    "ข่าว/ภาพ",
    "ލިޔުނީ",
    "رصد وتغطيه",
    // `متابعة: فلان ـ تصوير: فلان`: who followed the event up.
    "متابعه",
    "تغطيه ورصد",
    // A portal's "posted by" on a reposted clipping.
    "نشره",
    "نشرته",
    "words",
    "text",
    "texte",
    // Dari and Pashto "writer" (keys fold `ی`), Bosnian and Albanian.
    "نويسنده",
    // Dari "reporter", with its `گ` (keys keep it) or folded.
    "گزارشگر",
    "كزارشكر",
    // `نص: فلانة · صور: فلان`: the text's writer, then the photographer.
    "نص",
    // `تقرير مشترك: فلانة — فلان`: a report two wrote.
    "تقرير مشترك",
    "ليكوال",
    "autor",
    "autori",
    // Thai "writer", "compiled by".
    "ผู้เขียน",
    "ผู้เรียบเรียง",
];

/// Labels of a photo credit: `تصوير: …`, `مصدر الصوره: …`.
pub(crate) static CREDIT: &[&str] = &[
    "تصوير",
    "الصوره",
    "صوره",
    "مصدر الصوره",
    "صوره من",
    "الصور",
    "عدسه",
    "بعدسه",
    "photo",
    "photos",
    "image",
    "credit",
    "photo credit",
    // French, on Maghreb sites.
    "crédit photo",
    "crédits photo",
    "crédit",
    "foto",
    "beeld",
    "فوٹو",
    // Greek, Polish and Romanian, on embassies' pages.
    "φωτογραφια",
    "φωτογραφία",
    "zdjęcie",
    "fotografie",
    "φωτ",
    // Rights and courtesy lines, and the Hausa, Armenian and Maltese words
    // for a photo.
    "حقوق الصوره",
    "الحقوق",
    "باذن من",
    "hoto",
    "լուսանկարը",
    "լուսանկար",
    "ritratt",
    // Uzbek and Kazakh.
    "surat",
    "фото",
    "сурет",
    // A chart's or a drawing's source: `— رسم بياني: أرشيف سلسلة`.
    "رسم بياني",
    "الرسم البياني",
    "chart",
    // A shot and its source, and Persian's "photo" (`عکس`, keyed `عكس`);
    // an astronomer's "capture" (`التقاط: فريق الرصد`).
    "التقاط",
    "لقطه",
    "اللقطه",
    "مصدر اللقطه",
    "عكس",
    // Dhivehi's, Jawi's and Thai's "photo" (`/ ފޮޓޯ: …`, `— ݢمبر: …`,
    // `(ภาพ: …)`), and an illustration's or a photo's owner.
    "ފޮޓޯ",
    "ݢمبر",
    "gambar",
    "ภาพ",
    "رسم توضيحي",
    "ملكيه الصوره",
    "تصوير فلكي",
];

/// Labels of a publication date.
pub(crate) static PUBLISHED: &[&str] = &[
    "نشر",
    "نشرت",
    "نشر في",
    "نشر بتاريخ",
    "تاريخ النشر",
    "منشور",
    "بتاريخ",
    "تاريخ",
    "التاريخ",
    "published",
    "published on",
    "posted",
    "posted on",
    // Airline and shipping notices: `PUB 04JAN17`.
    "pub",
    // Somali, on the Arabic pages of Mogadishu sites.
    "la daabacay",
    // Spanish and French, on pages of Arab communities abroad.
    "publicado",
    "publicado el",
    "publié",
    "publié le",
    "mis en ligne",
    "mis en ligne le",
    // German, on the blogs of Arab writers in Germany.
    "veröffentlicht",
    "veröffentlicht am",
    // Swahili, Dutch and Italian, on the pages of Arab communities abroad.
    "imechapishwa",
    "gepubliceerd",
    "gepubliceerd op",
    "pubblicato",
    "pubblicato il",
    // A catalogue's entry: `أضيف إلى الموقع: الجمعة 22 يونيو 2018`.
    "اضيف",
    "اضيفت",
    "تاريخ الاضافه",
    "added",
    "added on",
    // Filipino (Tagalog), on the Arabic pages of Mindanao's Muslim press.
    "inilathala",
    "inilathala noong",
    // Kurmanji, on the Arabic pages of Kurdish sites.
    "hat weşandin",
    "weşandin",
    // A disclosure: `أُعلن عبر نظام الإفصاح يوم 17/08/2018 عند 00:20:41`.
    "اعلن عبر",
    "اعلن بتاريخ",
    "تاريخ الاعلان",
    // A report's issue: `تحديث الوضع رقم 8 | صدر في 15 مايو 2018`.
    "صدر في",
    "صدر بتاريخ",
    "صدرت في",
    "تاريخ الاصدار",
    "issued",
    "issued on",
    // A broadcaster's bulletin: when the story was read on air.
    "تاريخ البث",
    "اذيع",
    "اذيع في",
    "بث في",
    "ورد في نشره",
    // A newsroom draft's schedule: `موعد النشر:`, `الموعد المقرر للنشر:`;
    // a register's `أُدرج:`, a circular's and a statement's issue.
    "النشر",
    "للنشر",
    "ادرج",
    "ادرج في",
    "صدر البيان",
    "صدر التعميم",
    // Hausa, Armenian and Maltese, on the Arabic pages of communities in
    // Nigeria, Lebanon and Malta.
    "an wallafa",
    // Wolof "it was published" (`Siiwal nañu ko Talaata 10 Awril 2018`).
    "siiwal nañu ko",
    "հրապարակուած",
    "հրապարակված",
    "ippubblikat",
];

/// Labels of a modification date.
pub(crate) static MODIFIED: &[&str] = &[
    "اخر تحديث",
    "تحديث",
    "تم التحديث",
    "محدث",
    "حدث في",
    "updated",
    "last updated",
    "updated on",
    "upd",
    "اخر تعديل",
    "تعديل",
    "اخر مراجعه",
    "اخر مراجعه للترجمه",
    "عدل في",
    "actualizado",
    "actualizado el",
    "mis à jour",
    "mis à jour le",
    "aktualisiert",
    "aktualisiert am",
    "imesasishwa",
    "bijgewerkt",
    "bijgewerkt op",
    "aggiornato",
    "aggiornato il",
    "zuletzt aktualisiert",
    // A correction's date (`استدراك بتاريخ`), data or a story brought up to
    // date, an article edited again.
    "استدراك",
    "حدثت",
    "حدثت البيانات",
    "حدث الخبر",
    "اعيد تحرير",
    "an sabunta",
    "թարմացուած",
    "թարմացված",
    "aġġornat",
];

/// Editors over the writers, whose label a byline's (`المحرر`) opens:
/// `المحرر المسؤول: فلان` names who answers for the page, not who wrote.
pub(crate) static NOT_WRITER: &[&str] = &[
    "المحرر المسءول",
    "رءيس التحرير",
    "مدير التحرير",
    "سكرتير التحرير",
    // A reviewer's check of a science or health piece, not its writing.
    "مراجعه علميه",
    "مراجعه لغويه",
    "تدقيق علمي",
    "تدقيق لغوي",
    "التدقيق اللغوي",
];

/// Titles and desks a byline may print before the writer's name.
pub(crate) static NAME_PREFIX: &[&str] = &[
    "الملحق الاعلامي",
    "الملحق الصحفي",
    "المستشار الاعلامي",
    "الزميل",
    "الزميله",
    "الكاتب الصحفي",
    "الكاتبه الصحفيه",
    "الصحفي",
    "الصحفيه",
    "مراسلنا",
    "مراسلتنا",
    // Advisers and specialists who sign a portal's columns.
    "المستشار القانوني",
    "المستشاره القانونيه",
    "المحامي",
    "المحاميه",
    // A school portal's teachers: `الأستاذة فلانة`.
    "الاستاذ",
    "الاستاذه",
    // Pilots and ship masters who write for trade pages.
    "الكابتن",
    "كابتن",
    "القبطان",
    "قبطان",
];

/// Words a place name opens with: the region's capitals and large cities,
/// and the geographic words before a name (`وادي فاطمة`, `محافظة جدة`). A
/// byline `فلان – مكة المكرمة` names the writer first.
pub(crate) static PLACE_WORDS: &[&str] = &[
    "مكه",
    "المدينه",
    "جده",
    "الرياض",
    "الدمام",
    "الطاءف",
    "ابها",
    "تبوك",
    "حاءل",
    "القصيم",
    "الاحساء",
    "جازان",
    "نجران",
    "الباحه",
    "ينبع",
    "القاهره",
    "الاسكندريه",
    "دبي",
    "ابوظبي",
    "الشارقه",
    "الدوحه",
    "الكويت",
    "المنامه",
    "مسقط",
    "عمان",
    "بيروت",
    "دمشق",
    "حلب",
    "بغداد",
    "البصره",
    "الموصل",
    "اربيل",
    "القدس",
    "غزه",
    "رام",
    "صنعاء",
    "عدن",
    "الخرطوم",
    "طرابلس",
    "بنغازي",
    "تونس",
    "صفاقس",
    "الجزاءر",
    "وهران",
    "الرباط",
    "الدار",
    "مراكش",
    "فاس",
    "طنجه",
    "نواكشوط",
    "مقديشو",
    "جيبوتي",
    "واشنطن",
    "نيويورك",
    "لندن",
    "باريس",
    "برلين",
    "موسكو",
    "انقره",
    "اسطنبول",
    "طهران",
    "وادي",
    "جبل",
    "محافظه",
    "مدينه",
    "منطقه",
    "ولايه",
    "جزيره",
    "قريه",
    "بلده",
    "مخيم",
];

/// Labels of a reader's account stamp on a portal's bar: the date after
/// them is the reader's, not the page's.
pub(crate) static ACCOUNT: &[&str] = &[
    "اخر دخول",
    "تاريخ اخر دخول",
    "اخر زياره",
    "اخر ظهور",
    "عضو منذ",
    "تاريخ التسجيل",
    "تاريخ الانضمام",
    "last login",
    "last logged in",
    "last visit",
    "last seen",
    "member since",
    "joined",
    // A forum or community's founding day, in its sidebar.
    "تاسس في",
    "تاسست في",
    "تاسس بتاريخ",
    "تاريخ التاسيس",
    "founded",
];

/// Labels of a tag list.
pub(crate) static TAGS: &[&str] = &[
    "الكلمات المفتاحيه",
    "كلمات مفتاحيه",
    "الكلمات الداله",
    "كلمات داله",
    "كلمات دلاليه",
    "الكلمات الدلاليه",
    // A blog's `Filed under:` and `Labels:`.
    "مصنف تحت",
    "مصنفه تحت",
    "التسميات",
    "filed under",
    "labels",
    // Filipino (Tagalog); Bosnian, Croatian and Serbian.
    "mga tag",
    "kljucne rijeci",
    "ključne riječi",
    "الوسوم",
    "وسوم",
    "الموضوعات",
    "المواضيع",
    "tags",
    "topics",
    "keywords",
    // French, on Maghreb sites.
    "mots-clés",
    "mots clés",
    "étiquettes",
    "التصنيفات",
    "تصنيفات",
    "التصنيف",
    "القسم",
    "الاقسام",
];

/// Section labels after which headlines of other articles follow.
pub(crate) static RELATED: &[&str] = &[
    "مقترح للقراءه",
    "مقترحات للقراءه",
    "اقرا ايضا",
    "اقرا كذلك",
    "اقرا المزيد",
    // `◄ اقرأ في «SITE»: headline`: another story of the same paper.
    "اقرا في",
    "شاهد ايضا",
    "طالع ايضا",
    "اخبار ذات صله",
    "مواضيع ذات صله",
    "مقالات ذات صله",
    "ذات صله",
    "ذو صله",
    // "Related", "of relation", and Dhivehi's "related to this" and
    // "related news".
    "مرتبط",
    "ذات علاقه",
    "ذو علاقه",
    "މިއާ ގުޅޭ",
    "ގުޅުންހުރި ޚަބަރު",
    "مقال ذو صله",
    "خبر ذو صله",
    "قد يهمك",
    "قد يهمك ايضا",
    "قد تهمك",
    "مواضيع قد تهمك",
    "مقالات قد تهمك",
    "اخبار قد تهمك",
    "قد يعجبك ايضا",
    "مقالات مشابهه",
    "مواضيع مشابهه",
    "اخبار مشابهه",
    "لا تفوتك",
    "لا تفوت",
    "اخترنا لك",
    "مختارات",
    "المزيد من",
    "اقرا المزيد من",
    "قصص ذات صله",
    "تقارير ذات صله",
    "موضوعات ذات صله",
    "ننصحك بقراءه",
    "ربما يعجبك",
    "يهمك ايضا",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "الاكثر تداولا",
    "الاكثر شعبيه",
    "اخر الاخبار",
    "اخبار متعلقه",
    "مواضيع مرتبطه",
    "مقالات مرتبطه",
    "المزيد من الاخبار",
    "عاجل",
    // A news ticker's label: `شريط الأخبار ▸ … ▸ …`.
    "شريط الاخبار",
    "related",
    "related articles",
    "related stories",
    "read more",
    "read also",
    "also read",
    "most read",
    "most popular",
    "more stories",
    "you may also like",
    // Dutch, Italian, Portuguese, French, German, Spanish.
    "lees ook",
    "lees meer",
    "leggi anche",
    "leia também",
    "leia mais",
    "lire aussi",
    "à lire aussi",
    "lesen sie auch",
    "lea también",
    "للمزيد",
    "تابع ايضا",
    "من نفس القسم",
    // `📁 من ملف القضية: …`: an earlier story of the file. (Not `من
    // الأرشيف`: that is a photo's caption as often.)
    "من ملف",
    "من الملف",
    "في هذا القسم",
    "اخبار اخري",
    "روابط ذات علاقه",
    "المزيد في قسم",
    "مقالات اخري للكاتب",
    "طالعوا",
    "عناوين مرتبطه",
    "اخبار مرتبطه",
    // Dari and Pashto (keys fold `ی` and `ک`), Bosnian, Albanian, Thai and
    // Jawi, as the Arabic pages of sites abroad keep their home furniture.
    "بيشتر بخوانيد",
    "همچنين بخوانيد",
    "خبرهاي مرتبط",
    "مطالب مرتبط",
    "اړوند خبرونه",
    "نور لوستل",
    "pročitajte još",
    "procitajte jos",
    "pročitajte i",
    "povezane vijesti",
    "najčitanije",
    "lexo edhe",
    "lexo më shumë",
    "të ngjashme",
    "më të lexuarat",
    "ข่าวที่เกี่ยวข้อง",
    "อ่านเพิ่มเติม",
    "อ่านต่อ",
    "باچ جوݢ",
];

/// Labels of an article's table of contents: its items link to the
/// article's own sections, so they are navigation, like related stories.
pub(crate) static CONTENTS: &[&str] = &[
    "محتويات المقال",
    "محتوي المقال",
    "محتويات الموضوع",
    "جدول المحتويات",
    "فهرس المقال",
    "فهرس المحتويات",
    "في هذا المقال",
    "table of contents",
    "contents",
    "in this article",
    "محتويات التحقيق",
    "محتويات التقرير",
    "في هذا التحقيق",
];

/// Labels of a viewer's hint (`تلميح: استخدم Ctrl+F …`) that an archive or
/// cache view sets above the page it shows.
pub(crate) static TIP: &[&str] = &[
    "تلميح",
    "tip",
    "hint",
    "تنويه",
    "notice",
    "اخلاء مسءوليه",
    "اخلاء المسءوليه",
    "disclaimer",
    "ملاحظه للاهل",
    "عرض خاص",
    "special offer",
    // A partner outlet's co-publication line under an investigation.
    "نشر بالتزامن مع",
    "ينشر بالتزامن مع",
    "published in partnership with",
    "الراعي الرسمي",
    "الراعي الرسمي للموسم",
];

/// Labels of a "cite this page as" line, which repeats the title and the
/// site after the article.
pub(crate) static CITE: &[&str] = &["للاقتباس", "للاستشهاد", "cite this", "cite as", "how to cite"];

/// Section labels after which only readers' comments follow.
pub(crate) static COMMENTS: &[&str] = &[
    "التعليقات",
    "تعليقات",
    "تعليقات القراء",
    "اضف تعليق",
    "اضف تعليقك",
    "اترك تعليقا",
    "شارك برايك",
    "comments",
    "leave a comment",
    "add a comment",
    "عدد التعليقات",
    "اترك ردا",
    "اضف ردا",
    "اراء القراء",
    "تعليقات الزوار",
    "التعليقات مغلقه",
];

/// Words of site furniture: buttons, menus, share bars.
pub(crate) static UI: &[&str] = &[
    // Persian, on Afghan and Iranian sites' Arabic sections (keys fold
    // `ی`): "advertisement", "the story goes on below".
    "تبليغات",
    "ادامه مطلب",
    "ادامه مطلب در زير",
    "ادامه خبر",
    // Banner links after a notice's sentence.
    "اعرف المزيد",
    "learn more",
    // A wiki's edit link on a line of its own.
    "عدل",
    "edit",
    // Sponsored-content marks.
    "محتوي اعلاني",
    "محتوي مدعوم",
    // A messaging app's export: a media placeholder, a forwarded post.
    "غير مضمنه, غير اعدادات التصدير لتنزيلها",
    "not included, change data exporting settings to download",
    "الغاء الاشتراك",
    "اداره التفضيلات",
    "تعديل التفضيلات",
    "unsubscribe",
    "manage preferences",
    "شارك",
    "شارك القصه",
    "شارك الخبر",
    "شارك المقال",
    // A pull quote's share link.
    "غرد هذا الاقتباس",
    "غرد الاقتباس",
    "tweet this quote",
    "tweet this",
    "مشاركه",
    "انشر",
    "انشر علي",
    "شارك علي",
    "تابع القراءه",
    "تابعنا",
    "تابعونا",
    "تابعونا علي",
    "اشترك",
    "اشترك الان",
    "النشره البريديه",
    "القاءمه",
    "القاءمه الرءيسيه",
    "الرءيسيه",
    "بحث",
    "ابحث",
    "دخول",
    "تسجيل الدخول",
    "تسجيل",
    "اغلاق",
    "اغلق",
    "طباعه",
    "اطبع",
    "اعلان",
    "حجم الخط",
    "نسخ الرابط",
    "ارسل",
    "المزيد",
    "عوده",
    "التالي",
    "السابق",
    "فيسبوك",
    "تويتر",
    "واتساب",
    "تلغرام",
    "لينكد ان",
    "انستغرام",
    "يوتيوب",
    "menu",
    "search",
    "login",
    "log in",
    "sign in",
    "sign up",
    "subscribe",
    "share",
    "close",
    "changed",
    "print",
    "advertisement",
    "ad",
    "home",
    "next",
    "previous",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
    "email",
    "copy link",
    "more",
    "skip to content",
    "accept",
    "cookies",
    "تخطي الي المحتوي",
    "تخط الي المحتوي",
    "تجاوز الي المحتوي",
    "انتقل الي المحتوي",
    "الانتقال الي المحتوي",
    "تخطي الي المحتوي الرءيسي",
    "انت هنا",
    "عدد المشاهدات",
    "المشاهدات",
    "مده القراءه",
    "اعجبني",
    "لم يعجبني",
    "مساحه اعلانيه",
    "اعلان ممول",
    "محتوي مدفوع",
    "محتوي ممول",
    "sponsored",
    "sponsored content",
    "publicite",
];

/// Calls to action that open a promotion line (`تابعوا … على تيليغرام`,
/// `حمّل تطبيق …`): a line opening with one is no heading.
pub(crate) static CALL: &[&str] = &[
    "تابعونا",
    "تابعوا",
    "تابعنا",
    "حمل تطبيق",
    "حملوا تطبيق",
    "نزل تطبيق",
    "اشترك",
    "اشتركوا",
    "انضم",
    "انضموا",
    "follow us",
    "download",
    "subscribe",
    "join us",
];

/// Labels of the headline in a record table or an editor's form
/// (`العنوان │ …`, `العنوان الرئيسي`), folded. `الموضوع` is left out: it heads
/// a mail's subject and a forum's topic, whose lines say more.
pub(crate) static TITLE: &[&str] = &[
    "العنوان",
    "العنوان الرءيسي",
    "عنوان الماده",
    "عنوان الخبر",
    "عنوان المقال",
    "title",
    "headline",
    "titre",
];

/// Labels of what a page tells search engines (an editor's form, a CMS
/// preview): its words repeat the article's, but are no part of it.
pub(crate) static SEO: &[&str] = &[
    "عنوان محركات البحث",
    "وصف محركات البحث",
    "الوصف التعريفي",
    "meta description",
    "meta title",
    "seo title",
    "seo description",
];

/// Labels printed above the lede.
pub(crate) static LEDE: &[&str] = &[
    "باختصار",
    // A podcast's or a video's description over its transcript.
    "عن هذه الحلقه",
    "عن الحلقه",
    "وصف الحلقه",
    "about this episode",
    "الخبر باختصار",
    "خلاصه الخبر",
    "زبده الخبر",
    "اهم ما في الخبر",
    "اهم ما في النشره",
    "ملخص الخبر",
    "ملخص الماده",
    "ملخص المقال",
    "الخلاصه",
    "خلاصه القول",
    "ملخص البيان",
    "ما تحتاج الي معرفته",
    "ما تحتاج معرفته",
    "ما يجب ان تعرفه",
    "ابرز ما في الخبر",
    "ابرز ما جاء في الخبر",
    "ابرز ما جاء",
    "اهم ما جاء",
    "نبذه",
    "المختصر",
    // An aggregator's excerpt of the paper's story: `مقتطف: …`.
    "مقتطف",
    "مقتطفات",
    "الخبر في جمله",
    "in brief",
    "key points",
    "الخلاصه التنفيذيه",
    "الملخص التنفيذي",
    "ملخص تنفيذي",
    "executive summary",
    "الملخص",
    "موجز",
    "الموجز",
    "ملخص",
    // An archive's abstract over the full text.
    "المستخلص",
    "مستخلص",
    "abstract",
    // "Too long; didn't read", over a gaming or tech story's lede.
    "tl;dr",
    "tl dr",
    "tldr",
    // Gulf speech's "the gist", two lines' worth, and the home languages of
    // sites abroad: Pashto, Dari, Thai, Bosnian, Albanian.
    "الزبده",
    "الخبر في سطرين",
    // "Why it matters", over the lede of explainer sites.
    "لماذا يهمك هذا",
    "لماذا يهمك",
    "لماذا يهم",
    "لماذا هذا مهم",
    "ما اهميه ذلك",
    "why it matters",
    // Highlights, and "on the run".
    "ابرز النقاط",
    "اهم النقاط",
    "النقاط الرءيسيه",
    "علي عجل",
    "الخبر في سطر",
    "في سطور",
    "في سطرين",
    "لنډيز",
    "خلاصه خبر",
    "สรุปข่าว",
    "ukratko",
    "shkurt",
    "në pika",
];

/// Headings of a box set after the story (how an investigation was made,
/// who wrote it): its prose is about the article, not of it.
pub(crate) static TRAILER: &[&str] = &[
    "منهجيه التحقيق",
    "منهجيه العمل",
    "عن هذا التحقيق",
    "حول هذا التحقيق",
    "كيف انجزنا هذا التحقيق",
    "كيف اعددنا هذا التحقيق",
    "نبذه عن الكاتب",
    "نبذه عن الكاتبه",
    "methodology",
    "about this investigation",
    "about the author",
];

/// Marks of a copyright footer.
// Each entry holds `حقوق` or `right`: `shape_of` searches for those first.
pub(crate) static FOOTER: &[&str] = &[
    "جميع الحقوق محفوظه",
    "حقوق النشر",
    "الحقوق محفوظه",
    "all rights reserved",
    "copyright",
];

/// Labels of a local service's daily box (`صيدليات الحراسة الليلة بوجدة:
/// صيدلية … – صيدلية …`, `حالة الطرق: …`): the site's widget, never a
/// headline, whatever follows the colon. (Not the weather: `حالة الطقس:
/// أمطار…` heads its own stories.)
pub(crate) static SERVICES: &[&str] = &[
    "صيدليات الحراسه",
    "صيدليه الحراسه",
    "صيدليات المداومه",
    "صيدليات المناوبه",
    "الصيدليات المناوبه",
    "صيدليات الخفاره",
    "حاله الطرق",
    "حاله المرور",
    "حركه المرور",
    "حاله الاتصالات",
    "حاله الشبكه",
    "حاله الانترنت",
    "حاله الكهرباء",
    "مواقيت الصلاه",
    "اوقات الصلاه",
    "سعر صرف",
    "اسعار الصرف",
    "اسعار العملات",
    "ساعات تجهيز الكهرباء",
    "جدول القطع",
    "ارقام الطوارء",
    "خط الطوارء",
];

/// Headings of a notices box set under or inside the story (the
/// community's deaths, its announcements): each line under them is a
/// notice of its own.
pub(crate) static NOTICES: &[&str] = &[
    "وفيات",
    "الوفيات",
    "وفيات الجاليه",
    "وفيات اليوم",
    "وفيات الاسبوع",
    "نعي",
    "نعي وتعازي",
    "تعازي",
    "تعازي ومواساه",
    "اعلانات الجاليه",
    "اعلانات مبوبه",
    "obituaries",
];

/// True when `key` (a folded line) starts with one of `labels` as whole words.
pub(crate) fn starts_with_label(key: &str, labels: &'static [&'static str]) -> Option<usize> {
    let first = key.chars().next()?;
    // Only the labels that open with the key's first char can match; they
    // are sorted longest first, so the first one that matches is the
    // longest.
    let by_first_char = &tables_of(labels).by_first_char;
    let at = by_first_char
        .binary_search_by_key(&first, |&(c, _)| c)
        .ok()?;
    by_first_char[at].1.iter().find_map(|label| {
        (key.starts_with(*label)
            && key[label.len()..]
                .chars()
                .next()
                .is_none_or(|c| !is_alphanumeric(c)))
        .then_some(label.len())
    })
}

/// True when `key` opens with one of `labels` followed by a colon
/// (`للاقتباس: …`, `تلميح: …`).
pub(crate) fn opens_with_colon_label(key: &str, labels: &'static [&'static str]) -> bool {
    starts_with_label(key, labels).is_some_and(|len| key[len..].trim_start().starts_with(':'))
}

/// True when `key` is exactly one of `labels`, ignoring punctuation around it.
pub(crate) fn is_label(key: &str, labels: &'static [&'static str]) -> bool {
    // Labels are short: a long line is none, whatever it starts with.
    if key.len() > 96 {
        return false;
    }
    let trimmed = key.trim_end_matches(|c: char| !is_word_char(c));
    let trimmed = trimmed.trim_start_matches(|c: char| !is_word_char(c));
    let tables = tables_of(labels);
    trimmed.len() <= tables.longest && tables.set.contains(trimmed)
}

/// Letters and digits; Arabic letters answered without Unicode tables.
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || (!c.is_ascii() && (ghirbal_arabic::script::is_arabic_letter(c) || is_alphanumeric(c)))
}

/// Every list above, for the lookup tables built from them.
static ALL_LISTS: [&[&str]; 25] = [
    BYLINE,
    NOT_WRITER,
    PLACE_WORDS,
    NAME_PREFIX,
    ACCOUNT,
    CREDIT,
    PUBLISHED,
    MODIFIED,
    TAGS,
    RELATED,
    CONTENTS,
    TIP,
    CITE,
    COMMENTS,
    UI,
    CALL,
    LEDE,
    FOOTER,
    TITLE,
    SEO,
    BYLINE_COLON,
    ROLE,
    TRAILER,
    SERVICES,
    NOTICES,
];

/// What a label list is looked up by, built once per list: every short
/// line is looked up.
#[derive(Default)]
struct Tables {
    /// The labels, for `is_label`.
    set: HashSet<&'static str, BuildKeyHasher>,
    /// The byte length of the longest label: a longer key is none of them.
    longest: usize,
    /// The labels by their first char, longest first, sorted by that char:
    /// `starts_with_label` compares a key with a handful of labels, not
    /// with the whole list, and finds them by a binary search (a list
    /// opens with a few dozen chars at most), cheaper than hashing.
    by_first_char: Vec<(char, Vec<&'static str>)>,
}

fn tables_of(labels: &'static [&'static str]) -> &'static Tables {
    static TABLES: OnceLock<Vec<(usize, Tables)>> = OnceLock::new();
    // Sorted by the list's address: every short line looks up several
    // lists, and a binary search finds one in five steps, not eleven.
    let tables = TABLES.get_or_init(|| {
        let mut tables: Vec<(usize, Tables)> = ALL_LISTS
            .iter()
            .map(|list| {
                let mut tables = Tables::default();
                for &label in list.iter() {
                    tables.set.insert(label);
                    tables.longest = tables.longest.max(label.len());
                    let Some(first) = label.chars().next() else {
                        continue;
                    };
                    match tables.by_first_char.iter_mut().find(|(c, _)| *c == first) {
                        Some((_, labels)) => labels.push(label),
                        None => tables.by_first_char.push((first, vec![label])),
                    }
                }
                tables.by_first_char.sort_by_key(|&(c, _)| c);
                for (_, labels) in &mut tables.by_first_char {
                    labels.sort_by_key(|label| std::cmp::Reverse(label.len()));
                }
                (list.as_ptr() as usize, tables)
            })
            .collect();
        tables.sort_by_key(|&(ptr, _)| ptr);
        tables
    });
    let id = labels.as_ptr() as usize;
    match tables.binary_search_by_key(&id, |&(ptr, _)| ptr) {
        Ok(at) => &tables[at].1,
        Err(_) => unreachable_labels(),
    }
}

/// `tables_of` only serves this module's lists: a list left out of
/// `ALL_LISTS` would match nothing, so debug builds (the tests) say so.
#[cold]
fn unreachable_labels() -> &'static Tables {
    debug_assert!(false, "a label list missing from ALL_LISTS");
    static EMPTY: OnceLock<Tables> = OnceLock::new();
    EMPTY.get_or_init(Tables::default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_has_its_set() {
        for list in [
            BYLINE,
            PUBLISHED,
            MODIFIED,
            TAGS,
            RELATED,
            COMMENTS,
            UI,
            FOOTER,
            LEDE,
            CREDIT,
            TITLE,
            SEO,
            BYLINE_COLON,
            ROLE,
        ] {
            assert!(is_label(list[0], list), "{}", list[0]);
            assert!(is_label(&format!("« {}: ", list[0]), list));
        }
        assert!(!is_label("اقرا ايضا ما يلي", RELATED));
    }

    /// Lines are looked up by their search key: a label written otherwise
    /// (`على` rather than `علي`) would never match.
    #[test]
    fn every_label_is_written_as_its_key() {
        let unkeyed: Vec<(&str, String)> = ALL_LISTS
            .iter()
            .flat_map(|list| list.iter())
            .map(|&label| (label, ghirbal_arabic::search_key(label)))
            .filter(|(label, key)| label != key)
            .collect();
        assert!(unkeyed.is_empty(), "{unkeyed:?}");
    }

    /// A label listed twice in one list is a slip (a key fix that made two
    /// spellings one).
    #[test]
    fn no_list_holds_a_label_twice() {
        for list in ALL_LISTS {
            let mut seen = std::collections::HashSet::new();
            let twice: Vec<&str> = list.iter().copied().filter(|l| !seen.insert(*l)).collect();
            assert!(twice.is_empty(), "{twice:?}");
        }
    }
}
