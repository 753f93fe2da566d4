//! Vietnamese names by rule: Vietnamese capitalises names only, so a run of capitalised
//! words inside a sentence is a name. Its kind comes from the gazetteer, the cue word before
//! it (`ông`, `Tổng_thống` → PER; `tỉnh`, `tại` → LOC), an organisation head word inside it
//! (`Bệnh_viện`, `Bộ` → ORG), acronyms, and the shape of person names.

use crate::analysis::dictionaries::{self, Cue};
use crate::analysis::tokenize::{Sentence, Token, TokenKind};
use crate::analysis::{Label, NameMention};
use crate::text::fold;

/// ISO 4217 codes of currencies Vietnamese news quotes prices in.
const CURRENCY_CODES: &[&str] = &[
    "USD", "VND", "EUR", "JPY", "GBP", "CNY", "AUD", "SGD", "THB", "KRW", "RUB", "CHF", "CAD",
    "HKD", "TWD", "INR",
];

/// Words that open the name of a law, a legal text or a competition (folded): such a name is
/// MISC (`Luật An_ninh mạng`, `Bộ_luật Hình_sự`, `Giải Ngoại_hạng Anh`), not a place or a body.
const MISC_HEADS: &[&str] = &[
    "giai",
    "luat",
    "bo luat",
    "nghi dinh",
    "nghi quyet",
    "thong tu",
    "hien phap",
    "cong uoc",
];

/// Last words of competitions and meetings named in English (`ASEAN Cup`, `AFF Championship`).
const EVENT_LAST_WORDS: &[&str] = &["Cup", "Championship", "Open", "Games", "Summit"];

/// Words before a storm's name (lower case as written): the name is MISC, no person.
const STORM_WORDS: &[&str] = &["bão", "siêu_bão", "cơn_bão", "áp_thấp"];

/// Words before a compass point that make it a direction, not a place (`phía Bắc`; `phía
/// Nga`, the Russian side, is a place).
const DIRECTION_WORDS: &[&str] = &["phía", "hướng", "phương"];

/// Compass points, folded.
const COMPASS_POINTS: &[&str] = &[
    "bac", "nam", "dong", "tay", "dong bac", "dong nam", "tay bac", "tay nam",
];

/// Last words of a club's name (`Hà_Nội FC`).
const CLUB_SUFFIXES: &[&str] = &["FC", "F.C.", "SC", "CLB"];

/// A code of capitals and digits written as one, perhaps with `/` or `-` (`A/H5N1`,
/// `SARS-CoV-2` is written with lower case and stays a name): no name.
fn code_phrase(phrase: &str) -> bool {
    phrase.chars().any(|c| c.is_ascii_digit())
        && phrase.chars().any(|c| c.is_ascii_uppercase())
        && phrase
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '/' | '-'))
}

/// A Roman numeral (`II`, `IV`): a quarter's or a congress's number, never a name alone.
fn roman_numeral(w: &str) -> bool {
    !w.is_empty() && w.len() <= 5 && w.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Administrative head words kept inside a Vietnamese place name (`phường Phước_Hoà`).
const ADMIN_HEADS: &[&str] = &[
    "tinh",
    "thanh pho",
    "tp",
    "quan",
    "huyen",
    "phuong",
    "xa",
    "thi xa",
    "thi tran",
    "thon",
    "ap",
];

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(w: &str) -> bool {
    let n = w.chars().count();
    (2..=7).contains(&n)
        && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && w.chars().any(char::is_alphabetic)
}

/// Initials (`L.T.H.`, `N.Q.T`): capital letters, each but perhaps the last followed by a dot.
fn initials(w: &str) -> bool {
    let mut letters = 0;
    let mut chars = w.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
        match chars.next() {
            Some('.') => {}
            None => break,
            Some(_) => return false,
        }
    }
    letters >= 2
}

/// A code of capital letters then digits (`VN0054`, `VJ647`, `BN832`): a flight, a case.
fn code_with_number(w: &str) -> bool {
    let letters = w.chars().take_while(char::is_ascii_uppercase).count();
    (1..=3).contains(&letters)
        && w.len() > letters
        && w[letters..].chars().all(|c| c.is_ascii_digit())
}

/// A foreign person's name written as one word (`Michael_Michalak`): two or three
/// capitalised syllables without Vietnamese letters, with the lower-case part of a hyphenated
/// given name (`Lee_Jae-yong`) and, between capitalised ones, particles (`Ursula_von_der_Leyen`,
/// `Ignazio_La_Russa`).
fn foreign_full_name(w: &str) -> bool {
    const PARTICLES: [&str; 12] = [
        "von", "van", "der", "den", "de", "da", "di", "du", "dos", "del", "bin", "al",
    ];
    let syl: Vec<&str> = w.split('_').collect();
    let plain = |s: &&str| {
        is_cap(s)
            && s.split('-')
                .all(|p| !p.is_empty() && p.chars().all(char::is_alphabetic))
    };
    let capitalised = syl.iter().filter(|s| plain(s)).count();
    (2..=5).contains(&syl.len())
        && (2..=3).contains(&capitalised)
        && syl.first().is_some_and(plain)
        && syl.last().is_some_and(plain)
        && syl.iter().all(|s| plain(s) || PARTICLES.contains(s))
        && !has_vi_letters(w)
}

/// A brand written in camel case (`VinFast`, `PetroVietnam`, `YouTube`): a capital inside the
/// word after a lower-case letter, and not a family name that carries one (`McCain`, `DeJesus`,
/// `VanLandingham`, `MacArthur`). CoNLL-2003 labels such words ORG far more often than PER.
fn camel_case_brand(word: &str) -> bool {
    const NAME_PREFIXES: [&str; 8] = ["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van"];
    // its first syllable, when it goes on with others (`VinFast_Auto`)
    if word.contains('_') && has_vi_letters(word) {
        return false;
    }
    let w = word.split('_').next().unwrap_or(word);
    let inner = w
        .char_indices()
        .skip(1)
        .zip(w.chars())
        .find(|((_, c), prev)| c.is_uppercase() && prev.is_lowercase());
    match inner {
        Some(((i, _), _)) => {
            is_cap(w) && w.chars().all(char::is_alphanumeric) && !NAME_PREFIXES.contains(&&w[..i])
        }
        None => false,
    }
}

/// A word whose first syllable is in lower case and a later one capitalised (`châu_Âu`).
fn lower_place_word(w: &str) -> bool {
    let mut syl = w.split('_');
    syl.next()
        .is_some_and(|s| s.chars().next().is_some_and(char::is_lowercase))
        && syl.any(is_cap)
}

/// Whether a word carries Vietnamese-only letters (so it is not a foreign name).
fn has_vi_letters(w: &str) -> bool {
    w.chars().any(|c| !c.is_ascii() && c.is_alphabetic())
}

fn foreign_place_shape(w: &str) -> bool {
    let f = fold(w);
    [
        "stan", "grad", "burg", "ville", "polis", "shire", "land", "abad",
    ]
    .iter()
    .any(|s| f.ends_with(s))
}

/// A Vietnamese full name written as one word: a common surname, then one to three
/// capitalised syllables (`Lê_Hoàng_Quân`).
fn vi_full_name(w: &str) -> bool {
    let syl: Vec<&str> = w.split('_').collect();
    (3..=4).contains(&syl.len())
        && syl
            .iter()
            .all(|s| is_cap(s) && s.chars().all(char::is_alphabetic))
        && dictionaries::is_vi_surname(&fold(syl[0]))
}

/// Words shaped as a Vietnamese person's name: two to four capitalised syllables, the first
/// a common surname (`Tô_Lâm`, `Nguyễn Văn An`).
fn person_shaped(words: &[&str]) -> bool {
    let syllables: Vec<&str> = words.iter().flat_map(|w| w.split('_')).collect();
    (2..=4).contains(&syllables.len())
        && syllables
            .iter()
            .all(|s| is_cap(s) && s.chars().all(char::is_alphabetic))
        && dictionaries::is_vi_surname(&fold(syllables[0]))
}

/// Bodies named in one word, whose name no person's name goes on (`Quốc_hội Vương_Đình_Huệ`
/// is the assembly and its chair), folded.
const BODIES_IN_ONE_WORD: &[&str] = &[
    "quoc hoi",
    "chinh phu",
    "thuong vien",
    "ha vien",
    "nghi vien",
    "noi cac",
    "bo chinh tri",
    "ban bi thu",
    "quoc vu vien",
];

/// Where the holder's name starts in a run `words[a..b]` that opens with a body's name: the
/// run's last word is a person's name written as one word, and what comes before it is a
/// whole body's name (`Thượng_viện Chuck_Schumer`, `NATO Jens_Stoltenberg`, `Bộ Y_tế
/// Nguyễn_Quốc_Triệu`), or follows a title (`Bộ_trưởng Bộ Ngoại_giao Mỹ Antony_Blinken`,
/// `Tổng_giám_đốc Nvidia Jensen_Huang`, `Chủ_tịch Tập_đoàn Samsung Lee_Jae-yong`).
/// A body's head alone before a Vietnamese name is a body named after a person
/// (`Đại_học Tôn_Đức_Thắng`, `THPT Chu_Văn_An`).
fn holder_after_body(
    words: &[&str],
    cues: &[u16],
    a: usize,
    b: usize,
    title_before: bool,
) -> Option<usize> {
    // a hyphenated given name is three tokens (`Lee_Jae - yong`)
    let hyphenated = b >= a + 4 && words[b - 2] == "-";
    let k = if hyphenated { b - 3 } else { b.checked_sub(1)? };
    if k <= a {
        return None;
    }
    // one word needs no copy
    let holder: std::borrow::Cow<'_, str> = if hyphenated {
        words[k..b].concat().into()
    } else {
        words[k].into()
    };
    let places = dictionaries::places();
    let foreign = foreign_full_name(&holder);
    if !(foreign || !hyphenated && vi_full_name(&holder)) || places.lookup(&holder).is_some() {
        return None;
    }
    let body = &words[a..k];
    let last = k - 1;
    let acronym = body.len() == 1
        && is_acronym(body[0])
        && !place_head(cues, a)
        && !has(cues, a, Cue::LocHead);
    let one_word =
        body.len() == 1 && BODIES_IN_ONE_WORD.contains(&dictionaries::key(body[0]).as_str());
    let fielded = body.len() >= 2
        && has(cues, a, Cue::OrgHead)
        && (has(cues, last, Cue::OrgBody) || places.lookup(words[last]).is_some());
    // after a title, a foreign word before a foreign name is the body the person heads
    // (`Tổng_giám_đốc Nvidia Jensen_Huang`)
    let foreign_body = title_before
        && foreign
        && body.len() == 1
        && is_cap(body[0])
        && body[0].chars().all(char::is_alphabetic)
        && !has_vi_letters(body[0]);
    let whole = one_word || fielded || foreign_body || acronym && (foreign || title_before);
    let after_title =
        title_before && body.len() >= 2 && (has(cues, a, Cue::OrgHead) || is_acronym(body[0]));
    (whole || after_title).then_some(k)
}

/// Whether word `k` is a place's head noun kept in its span (`phường`, `sân_bay`, `TP`).
fn place_head(cues: &[u16], k: usize) -> bool {
    cues[k] & Cue::PlaceHead.bit() != 0
}

/// Whether word `k` is a cue of `kind` (see [`dictionaries::vi_cues`]).
fn has(cues: &[u16], k: usize, kind: Cue) -> bool {
    cues[k] & kind.bit() != 0
}

/// The head noun(s) of a place's name before token `a`, across the lower-case words of the
/// name (`sân_bay quốc_tế | Nội_Bài`, `quán bar | Buddha`, `khoa y_học nhiệt_đới | Bệnh_viện
/// Đà_Nẵng`): the token the name then starts at.
fn head_before(toks: &[Token], words: &[&str], cues: &[u16], a: usize) -> Option<usize> {
    let mut k = a;
    let mut body = 0;
    while k > 0
        && body < 3
        && !toks[k].glued
        && (words[k - 1] == "-" || has(cues, k - 1, Cue::OrgBody))
        && !place_head(cues, k - 1)
    {
        k -= 1;
        body += 1;
    }
    if k == 0 || toks[k].glued || !place_head(cues, k - 1) || words[k - 1] == "-" {
        return None;
    }
    let mut h = k - 1;
    // `quán bar`: a head of two words
    if h > 0 && !toks[h].glued && place_head(cues, h - 1) {
        h -= 1;
    }
    Some(h)
}

/// The end (exclusive) of an organisation's or facility's name whose capitalised part ends
/// at token `b`: the name runs on through the lower-case words of a body's name
/// (`Viện Vệ_sinh dịch_tễ trung_ương`), further capitalised words, `số 2` / `cơ_sở 2`, and
/// the place it belongs to (`UBND tỉnh Quảng_Ngãi`, `Trung_tâm Kiểm_soát bệnh_tật TP. HCM`,
/// `Ban chỉ_đạo phòng_chống dịch Covid - 19`); it ends on a word of the name.
fn extend_institution(toks: &[Token], words: &[&str], cues: &[u16], b: usize) -> usize {
    let is_word = |k: usize| toks[k].kind == TokenKind::Word;
    let is_num = |k: usize| toks[k].kind == TokenKind::Number && words[k].len() <= 4;
    let mut end = b;
    let mut k = b;
    while k < toks.len() {
        let w = words[k];
        if is_word(k)
            && (is_cap(w) && !has(cues, k, Cue::PerTitle) && !vi_full_name(w)
                || has(cues, k, Cue::OrgBody))
        {
            k += 1;
        } else if w == "và"
            && k + 1 < toks.len()
            && is_word(k + 1)
            && has(cues, k + 1, Cue::OrgBody)
            && !has(cues, k + 1, Cue::OrgHead)
        {
            // `Bệnh_viện Lao và bệnh phổi`
            k += 2;
        } else if let Some(acr) = (w == "và")
            .then(|| (k + 1..toks.len().min(k + 5)).find(|&c| words[c] == "("))
            .flatten()
            .filter(|&c| {
                (k + 1..c).all(|x| is_word(x) && is_cap(words[x]))
                    && c > k + 1
                    && words.get(c + 1).is_some_and(|a| is_acronym(a))
                    && words.get(c + 2) == Some(&")")
            })
        {
            // a name in two halves before its acronym (`Liên_đoàn Quốc_tế Hội Chữ_thập_đỏ và
            // Trăng_lưỡi_liềm_đỏ ( IFRC )`)
            k = acr;
        } else if is_word(k)
            && (place_head(cues, k) || matches!(w, "số" | "cơ_sở"))
            && k + 1 < toks.len()
            && (is_num(k + 1) || is_word(k + 1) && is_cap(words[k + 1]))
        {
            k += 2;
        } else if w == "-"
            && k + 1 < toks.len()
            && (is_num(k + 1) && is_cap(words[k - 1])
                || is_word(k + 1) && (is_cap(words[k + 1]) || has(cues, k + 1, Cue::OrgBody)))
        {
            // `Covid - 19`, `Kế_hoạch - đầu_tư`, `Bình_Sơn - Dung_Quất`
            k += 2;
        } else if is_num(k) && k == b && b >= 1 && has(cues, b - 1, Cue::OrgHead) {
            // `Bệnh_viện 108`
            k += 1;
        } else if is_num(k) && k + 1 < toks.len() && is_word(k + 1) && is_cap(words[k + 1]) {
            // `Trung_tâm cấp_cứu 115 Đà_Nẵng`
            k += 2;
        } else {
            break;
        }
        end = k;
    }
    end
}

/// Where a list of fields naming one body ends, when `words[comma]` is the `,` after its first
/// field: `, Field` once or more, then `và Field`, each field one capitalised common word, no
/// place and no body of its own (`Bộ Văn_hoá , Thể_thao và Du_lịch`; not `Bộ Y_tế , Bộ
/// Công_an và …` nor `Sở Y_tế , Hà_Nội và …`).
fn fields_with_commas(toks: &[Token], words: &[&str], cues: &[u16], comma: usize) -> Option<usize> {
    let places = dictionaries::places();
    let field = |k: usize| {
        toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && is_cap(words[k])
            && !has(cues, k, Cue::OrgHead)
            && dictionaries::is_vi_common(words[k])
            && places.lookup(words[k]).is_none()
    };
    if !field(comma - 1) {
        return None;
    }
    let mut k = comma;
    for _ in 0..4 {
        match words.get(k) {
            Some(&",") if field(k + 1) => k += 2,
            Some(&"và") if k > comma && field(k + 1) => return Some(k + 2),
            _ => return None,
        }
    }
    None
}

/// Find names in a Vietnamese document.
pub fn recognize(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<NameMention> {
    let lex = dictionaries::vi_words();
    let places = dictionaries::places();
    let mut out = Vec::new();
    for s in sentences {
        let toks = &tokens[s.first..s.end];
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        let cues: Vec<u16> = words.iter().map(|w| dictionaries::vi_cues(w)).collect();
        let mut i = 0;
        // the run before was cut after a title's place (`Tổng_thống Mỹ | Barack_Obama`)
        let mut carried_title = false;
        while i < toks.len() {
            let title_carried = std::mem::take(&mut carried_title);
            let w = words[i];
            // a numbered administrative unit: `quận 7`, `phường 12`
            if i + 1 < toks.len()
                && ADMIN_HEADS.contains(&fold(w).as_str())
                && toks[i + 1].kind == TokenKind::Number
                && words[i + 1].len() <= 3
                && !(i + 2 < toks.len() && matches!(words[i + 2], "/" | "-"))
            {
                out.push(NameMention {
                    start: toks[i].start,
                    end: toks[i + 1].end,
                    label: Label::Loc,
                    score: 0.8,
                });
                i += 2;
                continue;
            }
            if toks[i].kind == TokenKind::Word && lower_place_word(w) {
                // `châu_Âu`, `miền_Trung`: a known place whose first syllable is a common noun
                if let Some((_, l, _)) = places.lookup(w) {
                    out.push(NameMention {
                        start: toks[i].start,
                        end: toks[i].end,
                        label: l,
                        score: 0.85,
                    });
                }
                i += 1;
                continue;
            }
            if toks[i].kind != TokenKind::Word || !is_cap(w) {
                i += 1;
                continue;
            }
            // the run of capitalised words (hyphen- or dot-joined parts included)
            let mut j = i + 1;
            // a body's head word in the run before `end` (`Theo Bộ Kế_hoạch`)
            let headed = |end: usize| (i..end).any(|k| has(&cues, k, Cue::OrgHead));
            while j < toks.len() {
                let wj = words[j];
                if toks[j].kind == TokenKind::Word
                    && (is_cap(wj) || lower_place_word(wj) && places.lookup(wj).is_some())
                {
                    // `Liên_minh châu_Âu`: a place written with a common noun first ends a name
                    j += 1;
                } else if wj == "và"
                    && j > i + 1
                    && headed(j - 1)
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && is_cap(words[j + 1]))
                    && !has(&cues, j + 1, Cue::OrgHead)
                    && [words[j - 1], words[j + 1]]
                        .iter()
                        .all(|w| dictionaries::is_vi_common(w) && places.lookup(w).is_none())
                {
                    // a body named for two fields, both common words (`Bộ Tài_nguyên và
                    // Môi_trường`), not two bodies or names (`Bộ Y_tế và Bộ Tài_chính`,
                    // `Quốc_hội Mỹ và Lầu_Năm_Góc`)
                    j += 2;
                } else if let Some(end) = (wj == "," && j > i + 1 && headed(j - 1))
                    .then(|| fields_with_commas(toks, &words, &cues, j))
                    .flatten()
                {
                    // a body named for three fields or more (`Bộ Văn_hoá , Thể_thao và Du_lịch`)
                    j = end;
                } else if matches!(wj, "vì" | "chống")
                    && headed(j)
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && is_cap(words[j + 1]))
                {
                    // `Mặt_trận Thống_nhất vì Dân_chủ chống Độc_tài`
                    j += 2;
                } else if (wj == "-" || wj == "/")
                    && toks[j].glued
                    && j + 1 < toks.len()
                    && toks[j + 1].glued
                    && toks[j + 1].kind == TokenKind::Word
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let mut a = i;
            let mut b = j;
            // sentence-initial common words: `Sáng nay`, `Trong`, `Việc`
            let sentence_start = i == 0
                || (i > 0
                    && matches!(words[i - 1], "\"" | "“" | "(" | "-" | ":" | "." | "*" | "•"));
            let head_folded = fold(words[a]);
            // a name capitalises every syllable (`Liên_Hợp_Quốc`); a common word opening a
            // sentence only its first (`Tổng_thống`)
            let every_syllable_capitalised =
                words[a].contains('_') && words[a].split('_').all(is_cap);
            let first_common = !every_syllable_capitalised
                && (lex.contains(&head_folded)
                    || dictionaries::is_vi_common(words[a])
                    || (!head_folded.contains(' ')
                        && head_folded.chars().count() <= 4
                        && !is_acronym(words[a])
                        && b - a == 1
                        && has_vi_letters(words[a])));
            // a leading title/cue (`Tổng_thống Akayev`) is outside the span
            let mut label: Option<Label> = None;
            let mut title_before = title_carried;
            loop {
                if a >= b {
                    break;
                }
                let place_not_pronoun = a + 1 == b
                    && a > 0
                    && (has(&cues, a - 1, Cue::LocPrep)
                        || matches!(words[a - 1], "(" | "-" | "," | "người" | "quốc_tịch"))
                    && places.lookup(words[a]).is_some();
                if place_not_pronoun {
                    // `về Anh`, `London ( Anh )`: the country, not the pronoun `anh`
                    break;
                }
                if has(&cues, a, Cue::PerTitle) || has(&cues, a, Cue::PerPronoun) {
                    a += 1;
                    title_before = true;
                } else if title_before
                    && a + 1 < b
                    && lex.contains(&fold(words[a]))
                    && places.lookup(words[a]).is_none()
                    && !has(&cues, a, Cue::OrgHead)
                {
                    // the portfolio of a title, capitalised (`Bộ_trưởng Quốc_phòng Phùng_Quang_Thanh`)
                    a += 1;
                } else if a == i
                    && sentence_start
                    && b - a > 1
                    && dictionaries::is_vi_common(words[a])
                    && !every_syllable_capitalised
                    && !has(&cues, a, Cue::OrgHead)
                    && places.lookup_id(words[a]).is_none()
                    && !MISC_HEADS.contains(&head_folded.as_str())
                {
                    // a capitalised common word opening the sentence (`Hôm_qua Tổng_thống Akayev`)
                    a += 1;
                } else {
                    break;
                }
            }
            if a >= b {
                i = j;
                continue;
            }
            let run_org = (a..b).any(|k| has(&cues, k, Cue::OrgHead));
            let mut body_before_holder = false;
            if title_before && a + 1 < b && !run_org && places.lookup(words[a]).is_some() {
                // a title's country, then the person (`Tổng_thống Mỹ Barack_Obama`)
                b = a + 1;
                carried_title = true;
            } else if let Some(k) = holder_after_body(&words, &cues, a, b, title_before) {
                // a body's name, then a person's (`Thượng_viện Chuck_Schumer`)
                b = k;
                carried_title = true;
                body_before_holder = true;
            } else if !run_org {
                // a Vietnamese full name after another name starts a name of its own
                // (`thành_phố Hồ_Chí_Minh Lê_Hoàng_Quân`)
                if let Some(k) = (a + 1..b).find(|&k| vi_full_name(words[k])) {
                    b = k;
                } else if a + 1 < b
                    && places.lookup(words[a]).is_some()
                    && places
                        .lookup(&text[toks[a].byte_start..toks[b - 1].byte_end])
                        .is_none()
                    && (foreign_full_name(words[a + 1]) || camel_case_brand(words[a + 1]))
                {
                    // a place, then a person named in one word (`tại Việt_Nam Michael_Michalak`)
                    // or a brand (`hãng xe Việt_Nam VinFast`)
                    b = a + 1;
                }
            }
            let j = b;
            // a body's head alone, whose name runs on in lower case (`Ban chỉ_đạo quốc_gia`,
            // `Bệnh_viện số 2`, `Bệnh_viện 108`)
            let org_alone = b - a == 1
                && has(&cues, a, Cue::OrgHead)
                && extend_institution(toks, &words, &cues, b) > b;
            // a name capitalises every syllable (`Tân_Sơn_Nhất`); a word with only its first
            // capitalised is a common word opening a sentence or a title (`Cựu_phó`,
            // `Như_vậy`), unless it heads a body (`Quốc_hội`, `Trung_tâm kiểm_soát`)
            let partly_capitalised = words[a].contains('_')
                && !words[a].split('_').skip(1).any(is_cap)
                && !has(&cues, a, Cue::OrgHead);
            if (sentence_start && first_common || partly_capitalised)
                && !title_before
                && a == i
                && b - a == 1
                && !org_alone
                && places.lookup_id(words[a]).is_none()
            {
                i = j;
                continue;
            }
            if title_before
                && partly_capitalised
                && b - a == 1
                && !org_alone
                && dictionaries::is_vi_common(words[a])
                && places.lookup_id(words[a]).is_none()
            {
                // a title's field, capitalised, and no person (`Trưởng_ban Chỉ_đạo quốc_gia`)
                i = j;
                continue;
            }
            let prev = if a > 0 { Some(words[a - 1]) } else { None };
            // the phrase as written (`Inter-fax`, `Hà_Nội`)
            let phrase = &text[toks[a].byte_start..toks[b - 1].byte_end];
            // a place glued to a common word by a segmentation error (`Kyrgyzstan_bỏ`)
            let glued_place = b - a == 1 && words[a].contains('_') && {
                let syl: Vec<&str> = words[a].split('_').collect();
                (1..syl.len()).any(|k| {
                    syl[k].chars().next().is_some_and(char::is_lowercase)
                        && places.lookup(&syl[..k].join(" ")).is_some()
                })
            };
            let org_head = has(&cues, a, Cue::OrgHead);
            let mut from_training = false;
            // `Long Name ( ACR )`: an organisation with its acronym
            let acronym_after = b + 2 < toks.len()
                && words[b] == "("
                && is_acronym(words[b + 1])
                && words[b + 2] == ")";
            let titled = title_before
                || a > 0
                    && (has(&cues, a - 1, Cue::PerTitle) || has(&cues, a - 1, Cue::PerPronoun));
            if let Some((_, l, _)) = places
                .lookup(phrase)
                .filter(|&(_, l, weight)| !(titled && l == Label::Loc && weight < 7.0))
            {
                // after a title or pronoun, only a country or province outweighs the person
                // (`Ông Obama`, `ông Kim` are no towns)
                label = Some(l);
            } else if glued_place {
                label = Some(Label::Loc);
            } else if acronym_after && b - a > 1 {
                label = Some(Label::Org);
            } else if let Some(l) = dictionaries::known_label(phrase) {
                // a name the English training corpus knows; a place's head noun before it
                // still makes it a place (`sông Hồng`)
                label = Some(l);
                from_training = true;
            }
            if b - a > 1 && MISC_HEADS.contains(&fold(words[a]).as_str()) {
                label = Some(Label::Misc);
            }
            // a competition or a meeting named in English (`ASEAN Cup`, `World_Cup`)
            let last_syllable = words[b - 1].rsplit('_').next().unwrap_or("");
            if (b - a > 1 || words[a].contains('_')) && EVENT_LAST_WORDS.contains(&last_syllable) {
                label = Some(Label::Misc);
            }
            // a body's head alone after a title is the body, no person (`Chủ_tịch Hiệp_hội`)
            let org_first =
                has(&cues, a, Cue::OrgHead) && (b - a > 1 || is_acronym(words[a]) || title_before);
            if label.is_none() && (org_first || org_alone || body_before_holder) {
                // an organisation after a title (`Giám_đốc Sở Y_tế`, `Chủ_tịch UBND`)
                label = Some(Label::Org);
            }
            // `Chủ_tịch nước Nguyễn_Minh_Triết`: `nước` belongs to the title
            let title_two_back = a >= 2
                && has(&cues, a - 2, Cue::PerTitle)
                && prev.is_some_and(|p| p.chars().all(char::is_lowercase));
            if label.is_none()
                && (title_before || title_two_back && person_shaped(&words[a..b]) || titled)
            {
                label = Some(Label::Per);
            }
            if label.is_none() && org_head && b - a > 1 {
                label = Some(Label::Org);
            }
            let mut start_tok = a;
            if label.is_none() && a > 0 && !toks[a - 1].glued && prev.is_some_and(|p| !is_cap(p)) {
                // a place named with the common noun before it (`miền Trung`, `biển Đông`)
                let with_prev = &text[toks[a - 1].byte_start..toks[b - 1].byte_end];
                if let Some((_, l, _)) = places.lookup(with_prev) {
                    label = Some(l);
                    start_tok = a - 1;
                }
            }
            let head = (start_tok == a)
                .then(|| head_before(toks, &words, &cues, a))
                .flatten();
            if let Some(h) = head.filter(|&h| {
                matches!(label, None | Some(Label::Loc))
                    || from_training
                    || has(&cues, h, Cue::Facility)
            }) {
                // the head noun stays in the place's name (`tỉnh Quảng_Ninh`, `sân_bay
                // quốc_tế Nội_Bài`, `quán bar Buddha`, `khoa y_học nhiệt_đới Bệnh_viện X`)
                label = Some(Label::Loc);
                start_tok = h;
            } else if label.is_none() && a > 0 && has(&cues, a - 1, Cue::LocHead) {
                label = Some(Label::Loc);
            }
            if label.is_none() && b - a > 1 && place_head(&cues, a) {
                // `TP Đông_Hà`, `Khu công_nghiệp`
                label = Some(Label::Loc);
            }
            if b - a == 1
                && (has(&cues, a, Cue::NotName)
                    || words[a].chars().count() == 1
                    || code_with_number(words[a])
                    || is_acronym(words[a])
                        && toks.get(b).is_some_and(|t| t.kind == TokenKind::Number)
                        && !has(&cues, a, Cue::OrgHead)
                    || place_head(&cues, a) && !org_alone)
            {
                // `Covid`, `PCR`, `F1`; a lone letter (`nhà G`, `X - quang`); a flight or a
                // code (`VN0054`, `VN 0054`); a head noun alone (`Hiện TP chỉ còn`)
                i = j;
                continue;
            }
            if matches!(label, None | Some(Label::Loc))
                && start_tok == a
                && b - a == 1
                && matches!(prev, Some("người" | "quốc_tịch" | "tiếng" | "dân_tộc"))
            {
                // a nationality or a people (`người Anh`, `quốc_tịch Anh`, `người Mông`)
                label = Some(Label::Misc);
            }
            if label.is_none()
                && sentence_start
                && a == i
                && b - a == 1
                && !title_before
                && words.get(b).is_some_and(|w| *w == ",")
            {
                // a word opening the sentence before a comma (`Như_vậy ,`)
                i = j;
                continue;
            }
            let after = |set: &[&str]| a > 0 && set.contains(&words[a - 1].to_lowercase().as_str());
            let compass = || COMPASS_POINTS.contains(&fold(words[a]).as_str());
            let numeral = b - a == 1 && roman_numeral(words[a]);
            if numeral || b - a == 1 && after(DIRECTION_WORDS) && compass() || code_phrase(phrase) {
                // `quý II`, `phía Bắc`, `A/H5N1`: a number, a direction, a code
                i = j;
                continue;
            }
            if after(STORM_WORDS) {
                // `bão Yagi`: a storm
                label = Some(Label::Misc);
            }
            if b - a == 1 && CURRENCY_CODES.contains(&words[a]) {
                // `85 USD / thùng`: a currency, not a name
                i = j;
                continue;
            }
            if label.is_none()
                && a > 0
                && words[a - 1] == "("
                && words.get(b) == Some(&")")
                && words.get(b + 1) == Some(&"-")
            {
                // the agency of a byline (`( VnExpress ) -`, `Hà_Nội ( TTXVN ) -`)
                label = Some(Label::Org);
            }
            if label.is_none() && b - a == 1 && initials(words[a]) {
                // a person named by initials (`N.Q.T.`)
                label = Some(Label::Per);
            }
            let english_head = words[b - 1].contains('_')
                && !has_vi_letters(words[b - 1])
                && words[b - 1]
                    .rsplit('_')
                    .next()
                    .is_some_and(|w| dictionaries::is_cue("en", w, Cue::OrgHead));
            if label.is_none()
                && (english_head || b - a > 1 && CLUB_SUFFIXES.contains(&words[b - 1]))
            {
                // `Vietnam_Airlines`, `Hà_Nội FC`
                label = Some(Label::Org);
            }
            if label.is_none()
                && a > 0
                && has(&cues, a - 1, Cue::OrgHead)
                && words[a - 1].chars().next().is_some_and(char::is_lowercase)
                && !has_vi_letters(phrase)
            {
                // a foreign body after the common noun of its kind (`tập_đoàn Nvidia`,
                // `hãng Boeing`)
                label = Some(Label::Org);
            }
            if label.is_none() && b - a == 1 && is_acronym(words[a]) {
                label = Some(Label::Org);
            }
            if label.is_none()
                && a > 0
                && has(&cues, a - 1, Cue::LocPrep)
                && (foreign_place_shape(words[a]) || !has_vi_letters(phrase))
                && b - a == 1
                && !camel_case_brand(words[a])
            {
                label = Some(Label::Loc);
            }
            let evidence = label.is_some();
            if label.is_none() {
                let first_syl = fold(words[a].split('_').next().unwrap_or(""));
                let syllables: usize = words[a..b].iter().map(|w| w.split('_').count()).sum();
                let after_loc_prep = a > 0 && has(&cues, a - 1, Cue::LocPrep);
                if dictionaries::is_vi_surname(&first_syl)
                    && (2..=5).contains(&syllables)
                    && !(syllables == 2 && after_loc_prep)
                {
                    label = Some(Label::Per);
                } else if words[a..b].iter().any(|w| foreign_place_shape(w)) {
                    label = Some(Label::Loc);
                } else if b - a == 1 && camel_case_brand(words[a]) {
                    label = Some(Label::Org);
                } else if !has_vi_letters(phrase) {
                    label = Some(Label::Per);
                } else if org_head
                    || words[a..b]
                        .iter()
                        .all(|w| w.contains('_') && dictionaries::is_vi_common(w))
                {
                    // a name made of common words (`Liên_Hợp_Quốc`, `Quốc_Hội`) names a body,
                    // not a person: a person's name opens with a surname
                    label = Some(Label::Org);
                } else if syllables >= 2 {
                    // a Vietnamese name that opens with no surname and has no title names a
                    // place (`Tân_Sơn_Nhất`, `Mê_Linh`, `Nghĩa Tân`)
                    label = Some(Label::Loc);
                } else {
                    label = Some(Label::Per);
                }
            }
            let mut end_tok = b;
            let head = words[start_tok];
            let facility = has(&cues, start_tok, Cue::Facility);
            if matches!(label, Some(Label::Org | Label::Loc))
                && (facility || has(&cues, start_tok, Cue::OrgHead) || is_acronym(head))
                && (facility || !place_head(&cues, start_tok))
                && !carried_title
            {
                // (not into the name of the person who heads it)
                end_tok = extend_institution(toks, &words, &cues, b);
            }
            if facility && start_tok > 0 {
                // a facility someone is at is a place (`điều_trị tại Bệnh_viện Bạch_Mai`,
                // `bác_sĩ của Bệnh_viện Bạch_Mai`); one that acts, opening the sentence or
                // headed by someone (`Giám_đốc Bệnh_viện Bạch_Mai`), is an organisation
                let p = words[start_tok - 1];
                let at = has(&cues, start_tok - 1, Cue::LocPrep) || matches!(p, "nhập" | "sang");
                let acting = sentence_start && start_tok == i
                    || matches!(p, "," | ";" | "và" | "được" | "do")
                    || has(&cues, start_tok - 1, Cue::PerTitle);
                if at || place_head(&cues, start_tok) && !acting {
                    label = Some(Label::Loc);
                }
            }
            let j = end_tok.max(j);
            if let Some(l) = label {
                out.push(NameMention {
                    start: toks[start_tok].start,
                    end: toks[end_tok - 1].end,
                    label: l,
                    score: if evidence { 0.85 } else { 0.5 },
                });
            }
            i = j;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokenize::{sentences, tokenize};

    /// Assert that `r` holds the name `t` labelled `l`.
    fn found(r: &[(String, Label)], t: &str, l: Label) {
        assert!(r.contains(&(t.to_string(), l)), "{t} {l:?} in {r:?}");
    }

    #[test]
    fn storms_directions_numerals_and_heads_of_state() {
        let r = run("Bão Yagi đổ bộ vào phía Bắc , gây ngập ở sông Hồng . Lợi_nhuận quý II tăng .");
        found(&r, "Yagi", Label::Misc);
        found(&r, "sông Hồng", Label::Loc);
        assert!(!r.iter().any(|(s, _)| s == "Bắc" || s == "II"), "{r:?}");
        let r = run(
            "Sau đó , cơn bão Noru tiến vào miền Trung . Phía Nga cho biết , phía Nga phản_đối .",
        );
        found(&r, "Noru", Label::Misc);
        found(&r, "Nga", Label::Loc);
        let r = run("Bộ Y_tế ghi_nhận 15 ca cúm A/H5N1 ; đội Hà_Nội FC thắng trên sân Mỹ_Đình .");
        found(&r, "Bộ Y_tế", Label::Org);
        found(&r, "Hà_Nội FC", Label::Org);
        found(&r, "sân Mỹ_Đình", Label::Loc);
        assert!(!r.iter().any(|(s, _)| s.contains("H5N1")), "{r:?}");
        let r = run("Hôm_qua , Chủ_tịch nước Tô_Lâm tiếp Đại_sứ Nhật_Bản tại Phủ Chủ_tịch .");
        found(&r, "Tô_Lâm", Label::Per);
        found(&r, "Nhật_Bản", Label::Loc);
    }

    fn run(text: &str) -> Vec<(String, Label)> {
        let t = tokenize(text);
        let s = sentences(text, &t);
        let chars: Vec<char> = text.chars().collect();
        recognize(text, &t, &s)
            .into_iter()
            .map(|m| (chars[m.start..m.end].iter().collect(), m.label))
            .collect()
    }

    #[test]
    fn numbered_administrative_units() {
        let r = run("Bệnh_nhân sống tại phường 12 , quận 7 .");
        assert!(r.contains(&("phường 12".to_string(), Label::Loc)), "{r:?}");
        assert!(r.contains(&("quận 7".to_string(), Label::Loc)), "{r:?}");
        assert!(run("có 7 ca , quận 7/2020")
            .iter()
            .all(|(s, _)| s != "quận 7"));
    }

    #[test]
    fn a_body_in_two_halves_before_its_acronym_and_a_title_alone() {
        let r = run(
            "Liên_đoàn Quốc_tế Hội Chữ_thập_đỏ và Trăng_lưỡi_liềm_đỏ ( IFRC ) kêu_gọi . \
             Bà Silvia_Danailov , Trưởng đại_diện UNICEF , nói . Sau đó ông Kim ngủ .",
        );
        found(
            &r,
            "Liên_đoàn Quốc_tế Hội Chữ_thập_đỏ và Trăng_lưỡi_liềm_đỏ",
            Label::Org,
        );
        found(&r, "Kim", Label::Per);
        assert!(r.iter().all(|(t, _)| t != "Trưởng"), "{r:?}");
    }

    #[test]
    fn camel_case_brands_are_bodies() {
        let r = run(
            "Cổ_phiếu VinFast tăng mạnh sau khi hãng xe Việt_Nam VinFast hoàn_tất \
             thương_vụ trên YouTube .",
        );
        found(&r, "VinFast", Label::Org);
        found(&r, "Việt_Nam", Label::Loc);
        found(&r, "YouTube", Label::Org);
        for w in ["VinFast", "PetroVietnam", "EgyptAir", "VinFast_Auto"] {
            assert!(camel_case_brand(w), "{w}");
        }
        for w in [
            "McCain",
            "MacArthur",
            "DeJesus",
            "VanLandingham",
            "Obama",
            "USD",
            "iPhone",
        ] {
            assert!(!camel_case_brand(w), "{w}");
        }
    }

    #[test]
    fn titles_outside_and_kinds() {
        let r = run("Hôm_qua Tổng_thống Akayev đã gặp ông Nguyễn_Văn_An tại Bệnh_viện Bạch_Mai .");
        assert!(r.contains(&("Akayev".to_string(), Label::Per)), "{r:?}");
        assert!(
            r.contains(&("Nguyễn_Văn_An".to_string(), Label::Per)),
            "{r:?}"
        );
        // a named facility someone is at is a place
        assert!(
            r.contains(&("Bệnh_viện Bạch_Mai".to_string(), Label::Loc)),
            "{r:?}"
        );
    }

    #[test]
    fn titles_with_a_country_a_portfolio_or_an_organisation() {
        let r = run("Tổng_thống Mỹ Barack_Obama gặp Ngoại_trưởng Nga Sergei_Lavrov tại Hà_Nội .");
        found(&r, "Mỹ", Label::Loc);
        found(&r, "Barack_Obama", Label::Per);
        found(&r, "Nga", Label::Loc);
        found(&r, "Sergei_Lavrov", Label::Per);
        let r = run("Bộ_trưởng Ngoại_giao Nhật_Bản Katsuya_Okada và Bộ_trưởng Quốc_phòng Phùng_Quang_Thanh .");
        found(&r, "Nhật_Bản", Label::Loc);
        found(&r, "Katsuya_Okada", Label::Per);
        found(&r, "Phùng_Quang_Thanh", Label::Per);
        let r = run("Hôm_qua , Chủ_tịch nước Nguyễn_Minh_Triết và Giám_đốc Sở Y_tế Hà_Nội , Chủ_tịch UBND thành_phố Hồ_Chí_Minh Lê_Hoàng_Quân .");
        found(&r, "Nguyễn_Minh_Triết", Label::Per);
        found(&r, "Sở Y_tế Hà_Nội", Label::Org);
        // a body's name runs on through the place it belongs to
        found(&r, "UBND thành_phố Hồ_Chí_Minh", Label::Org);
        found(&r, "Lê_Hoàng_Quân", Label::Per);
        // an organisation named after a person stays whole
        let r = run("Hôm_qua , ông An đến Đại_học Tôn_Đức_Thắng .");
        found(&r, "Đại_học Tôn_Đức_Thắng", Label::Org);
    }

    #[test]
    fn a_body_then_the_person_at_its_head() {
        let r = run("Ông Zelensky gặp lãnh_đạo phe đa_số tại Thượng_viện Chuck_Schumer , Tổng_thư_ký NATO Jens_Stoltenberg và Chủ_tịch Quốc_hội Vương_Đình_Huệ .");
        found(&r, "Thượng_viện", Label::Org);
        found(&r, "Chuck_Schumer", Label::Per);
        found(&r, "NATO", Label::Org);
        found(&r, "Jens_Stoltenberg", Label::Per);
        found(&r, "Quốc_hội", Label::Org);
        found(&r, "Vương_Đình_Huệ", Label::Per);
        let r = run("Hôm_qua , hãng Boeing và tập_đoàn Nvidia ký hợp_đồng .");
        found(&r, "Boeing", Label::Org);
        found(&r, "Nvidia", Label::Org);
        let r = run("Hôm_qua , Tổng_giám_đốc Nvidia Jensen_Huang thăm Hà_Nội .");
        found(&r, "Nvidia", Label::Org);
        found(&r, "Jensen_Huang", Label::Per);
        // a competition; a body's head alone after a title
        let r = run(
            "Việt_Nam vô_địch ASEAN Cup 2024 và World_Cup , Chủ_tịch Hiệp_hội các nước phát_biểu .",
        );
        found(&r, "ASEAN Cup", Label::Misc);
        found(&r, "World_Cup", Label::Misc);
        found(&r, "Hiệp_hội", Label::Org);
        // a hyphenated given name, a name with particles
        let r = run("Thủ_tướng tiếp Chủ_tịch Tập_đoàn Samsung Lee_Jae-yong và Chủ_tịch EC Ursula_von_der_Leyen .");
        found(&r, "Tập_đoàn Samsung", Label::Org);
        found(&r, "Lee_Jae-yong", Label::Per);
        found(&r, "EC", Label::Org);
        found(&r, "Ursula_von_der_Leyen", Label::Per);
        // a body named for two fields, after a capitalised word opening the sentence
        let r = run("Theo Bộ Kế_hoạch và Đầu_tư , vốn tăng 9 % .");
        found(&r, "Bộ Kế_hoạch và Đầu_tư", Label::Org);
        // a school named after a person is one name
        let r = run("Trường THPT Chu_Văn_An thông_báo , TP Hồ_Chí_Minh cũng vậy .");
        found(&r, "Trường THPT Chu_Văn_An", Label::Org);
        found(&r, "TP Hồ_Chí_Minh", Label::Loc);
    }

    #[test]
    fn names_capitalised_throughout_and_places_after_a_common_noun() {
        // a name opening the sentence is not a common word, even if the lexicon lists it
        let r = run("Liên_Hợp_Quốc và Liên_minh châu_Âu hôm_nay cho_biết .");
        found(&r, "Liên_Hợp_Quốc", Label::Org);
        assert!(r.iter().any(|(s, _)| s == "Liên_minh châu_Âu"), "{r:?}");
        // a body named for two fields; a place, then a person; a body, then its head
        let r = run("Ông Hùng , Sở Tài_nguyên và Môi_trường , gặp Đại_sứ Hoa_Kỳ tại Việt_Nam Michael_Michalak và Bộ_trưởng Bộ Y_tế Nguyễn_Quốc_Triệu ở miền Trung .");
        found(&r, "Sở Tài_nguyên và Môi_trường", Label::Org);
        found(&r, "Việt_Nam", Label::Loc);
        found(&r, "Michael_Michalak", Label::Per);
        found(&r, "Bộ Y_tế", Label::Org);
        found(&r, "Nguyễn_Quốc_Triệu", Label::Per);
        found(&r, "miền Trung", Label::Loc);
        let r = run("Giá dầu tăng lên 85 USD / thùng , theo Reuters .");
        assert!(!r.iter().any(|(s, _)| s == "USD"), "{r:?}");
        found(&r, "Reuters", Label::Org);
        let r = run("Quốc_hội Mỹ và Lầu_Năm_Góc phản_đối .");
        assert!(!r.iter().any(|(s, _)| s.contains(" và ")), "{r:?}");
        let r = run("Bộ Văn_hoá , Thể_thao và Du_lịch tổ_chức lễ_hội ở Huế .");
        found(&r, "Bộ Văn_hoá , Thể_thao và Du_lịch", Label::Org);
        let r = run("Bộ Y_tế , Bộ Công_an và Bộ Quốc_phòng họp . Sở Y_tế , Hà_Nội và TP.HCM .");
        found(&r, "Bộ Y_tế", Label::Org);
        found(&r, "Bộ Công_an", Label::Org);
        found(&r, "Sở Y_tế", Label::Org);
        found(&r, "Hà_Nội", Label::Loc);
        let r = run("Hôm_qua , Quốc_hội thông_qua Luật An_ninh mạng và Bộ_luật Hình_sự sửa_đổi .");
        found(&r, "Quốc_hội", Label::Org);
        found(&r, "Luật An_ninh", Label::Misc);
        found(&r, "Bộ_luật Hình_sự", Label::Misc);
        let r = run("Giải Ngoại_hạng Anh bị hoãn , câu_lạc_bộ Manchester_United thông_báo .");
        found(&r, "Giải Ngoại_hạng Anh", Label::Misc);
        found(&r, "Manchester_United", Label::Org);
        let r = run("Ông Vũ_Đức_Đam , Trưởng_ban Chỉ_đạo quốc_gia phòng_chống dịch , cho_biết .");
        assert!(!r.iter().any(|(s, _)| s.contains("Chỉ_đạo")), "{r:?}");
        found(&r, "Vũ_Đức_Đam", Label::Per);
        let r = run("Bộ Y_tế và Bộ Tài_chính họp .");
        found(&r, "Bộ Y_tế", Label::Org);
        found(&r, "Bộ Tài_chính", Label::Org);
        // an organisation opening the sentence keeps its head word
        let r = run("Ngân_hàng Thế_giới cảnh_báo . Bộ Ngoại_giao Mỹ cho_biết .");
        found(&r, "Ngân_hàng Thế_giới", Label::Org);
        found(&r, "Bộ Ngoại_giao Mỹ", Label::Org);
        let r = run("Ông ấy sẽ tới châu_Âu và Nhà_Trắng vào tuần sau .");
        found(&r, "châu_Âu", Label::Loc);
        // diacritics tell the White House from the city of Nha Trang
        let places = dictionaries::places();
        assert_eq!(places.lookup_id("Nha Trang"), Some("nha_trang"));
        assert_eq!(places.lookup_id("Nha_Trang"), Some("nha_trang"));
        assert_ne!(places.lookup_id("Nhà_Trắng"), Some("nha_trang"));
        assert_eq!(places.lookup_id("Hà_Nội"), places.lookup_id("Ha Noi"));
    }

    #[test]
    fn places_keep_their_head_noun_and_bodies_run_on() {
        let r = run("Bà sống ở phường Tân_Định , quận Hoàn_Kiếm , tỉnh Lâm_Đồng và đi chợ Bến_Thành , quán bar Sunrise , sân_bay Liên_Khương .");
        found(&r, "phường Tân_Định", Label::Loc);
        found(&r, "quận Hoàn_Kiếm", Label::Loc);
        found(&r, "tỉnh Lâm_Đồng", Label::Loc);
        found(&r, "chợ Bến_Thành", Label::Loc);
        found(&r, "quán bar Sunrise", Label::Loc);
        found(&r, "sân_bay Liên_Khương", Label::Loc);
        // a capitalised administrative head opens a place's name
        let r = run("Ông về TP Vinh hôm_qua .");
        found(&r, "TP Vinh", Label::Loc);
        // a body's name runs on through its lower-case words, numbers and place
        let r = run("Mẫu được gửi Viện Vệ_sinh dịch_tễ trung_ương xét_nghiệm , UBND tỉnh Lâm_Đồng và Trung_tâm Kiểm_soát bệnh_tật TP Vinh cho biết .");
        found(&r, "Viện Vệ_sinh dịch_tễ trung_ương", Label::Org);
        found(&r, "UBND tỉnh Lâm_Đồng", Label::Org);
        found(&r, "Trung_tâm Kiểm_soát bệnh_tật TP Vinh", Label::Org);
        // a facility someone is at is a place; acting, it is an organisation
        let r = run("Bệnh_nhân được chuyển đến Bệnh_viện Đa_khoa tỉnh Lâm_Đồng cơ_sở 2 . Bệnh_viện Đa_khoa tỉnh Lâm_Đồng cho biết .");
        found(&r, "Bệnh_viện Đa_khoa tỉnh Lâm_Đồng cơ_sở 2", Label::Loc);
        found(&r, "Bệnh_viện Đa_khoa tỉnh Lâm_Đồng", Label::Org);
        let r = run("Ông được đưa vào Bệnh_viện 175 hôm_qua .");
        found(&r, "Bệnh_viện 175", Label::Loc);
        // a head before the lower-case words of the name; connectors inside a body's name
        let r = run("Máy_bay hạ_cánh xuống sân_bay quốc_tế Liên_Khương , nơi Mặt_trận Thống_nhất vì Dân_chủ chống Độc_tài ( UDD ) tụ_tập .");
        found(&r, "sân_bay quốc_tế Liên_Khương", Label::Loc);
        found(
            &r,
            "Mặt_trận Thống_nhất vì Dân_chủ chống Độc_tài",
            Label::Org,
        );
        // after a pronoun or title, a person, not a small town of the gazetteer
        let r = run("Ông Obama sẽ thăm Hà_Nội .");
        found(&r, "Obama", Label::Per);
        // a body after a title stays the body; the agency of a byline is an organisation
        let r = run("( VnExpress ) - Tổng_thư_ký Liên_Hợp_Quốc đến Hà_Nội .");
        found(&r, "Liên_Hợp_Quốc", Label::Org);
        found(&r, "VnExpress", Label::Org);
        // a word capitalised in its first syllable only is no name, but a body's head is
        let r = run("Cựu_phó tổng_thống phát_biểu tại Quốc_hội .");
        assert!(!r.iter().any(|(s, _)| s == "Cựu_phó"), "{r:?}");
        found(&r, "Quốc_hội", Label::Org);
    }

    #[test]
    fn places_without_a_surname_countries_and_words_that_are_no_names() {
        // no surname, no title: a place; a surname: a person
        let r = run("Cô đáp xuống Liên_Khương rồi về Đơn_Dương gặp Phạm_Văn_Hùng .");
        found(&r, "Liên_Khương", Label::Loc);
        found(&r, "Đơn_Dương", Label::Loc);
        found(&r, "Phạm_Văn_Hùng", Label::Per);
        // `Anh` after a preposition or in brackets is England, not the pronoun
        let r = run("Chị trở về từ Anh , bay từ London ( Anh ) . Anh ấy khoẻ .");
        assert_eq!(
            r.iter()
                .filter(|(s, l)| s == "Anh" && *l == Label::Loc)
                .count(),
            2,
            "{r:?}"
        );
        // a nationality is MISC; diseases, tests and lone letters are no names
        let r = run("Ông là phi_công người Anh , mắc Covid - 19 , làm xét_nghiệm PCR ở nhà G .");
        found(&r, "Anh", Label::Misc);
        assert!(
            !r.iter()
                .any(|(s, _)| s == "Covid" || s == "PCR" || s == "G"),
            "{r:?}"
        );
    }
}
