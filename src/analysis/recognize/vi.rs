//! Vietnamese names by rule: Vietnamese capitalises names only, so a run of capitalised
//! words inside a sentence is a name. Its kind comes from the gazetteer, the cue word before
//! it (`ông`, `Tổng_thống` → PER; `tỉnh`, `tại` → LOC), an organisation head word inside it
//! (`Bệnh_viện`, `Bộ` → ORG), acronyms, and the shape of person names.

use crate::analysis::dictionaries::{self, Cue};
use crate::analysis::tokenize::{Sentence, Token, TokenKind};
use crate::analysis::{Label, NameMention};
use crate::text::fold;

const SURNAMES: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "trinh", "truong", "mai", "doan", "lam", "cao", "luong",
    "ha", "ta", "to", "chu", "thai", "quach", "luu", "kieu", "van", "tong",
];

/// ISO 4217 codes of currencies Vietnamese news quotes prices in.
const CURRENCY_CODES: &[&str] = &[
    "USD", "VND", "EUR", "JPY", "GBP", "CNY", "AUD", "SGD", "THB", "KRW", "RUB", "CHF", "CAD",
    "HKD", "TWD", "INR",
];

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

/// A foreign person's name written as one word (`Michael_Michalak`): two or three
/// capitalised syllables without Vietnamese letters.
fn foreign_full_name(w: &str) -> bool {
    let syl: Vec<&str> = w.split('_').collect();
    (2..=3).contains(&syl.len())
        && syl
            .iter()
            .all(|s| is_cap(s) && s.chars().all(char::is_alphabetic))
        && !has_vi_letters(w)
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
        && SURNAMES.contains(&fold(syl[0]).as_str())
}

/// Find names in a Vietnamese document.
pub fn recognize(text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<NameMention> {
    let lex = dictionaries::vi_words();
    let places = dictionaries::places();
    let mut out = Vec::new();
    for s in sentences {
        let toks = &tokens[s.first..s.end];
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
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
            while j < toks.len() {
                let wj = words[j];
                if toks[j].kind == TokenKind::Word
                    && (is_cap(wj) || lower_place_word(wj) && places.lookup(wj).is_some())
                {
                    // `Liên_minh châu_Âu`: a place written with a common noun first ends a name
                    j += 1;
                } else if wj == "và"
                    && dictionaries::is_cue("vi", words[i], Cue::OrgHead)
                    && j > i + 1
                    && toks
                        .get(j + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word && is_cap(words[j + 1]))
                    && !dictionaries::is_cue("vi", words[j + 1], Cue::OrgHead)
                    && [words[j - 1], words[j + 1]]
                        .iter()
                        .all(|w| dictionaries::is_vi_common(w) && places.lookup(w).is_none())
                {
                    // a body named for two fields, both common words (`Bộ Tài_nguyên và
                    // Môi_trường`), not two bodies or names (`Bộ Y_tế và Bộ Tài_chính`,
                    // `Quốc_hội Mỹ và Lầu_Năm_Góc`)
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
            let sentence_start =
                i == 0 || (i > 0 && matches!(words[i - 1], "\"" | "“" | "(" | "-" | ":" | "."));
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
                if dictionaries::is_cue("vi", words[a], Cue::PerTitle)
                    || dictionaries::is_cue("vi", words[a], Cue::PerPronoun)
                {
                    a += 1;
                    title_before = true;
                } else if title_before
                    && a + 1 < b
                    && lex.contains(&fold(words[a]))
                    && places.lookup(words[a]).is_none()
                    && !dictionaries::is_cue("vi", words[a], Cue::OrgHead)
                {
                    // the portfolio of a title, capitalised (`Bộ_trưởng Quốc_phòng Phùng_Quang_Thanh`)
                    a += 1;
                } else if a == i
                    && sentence_start
                    && b - a > 1
                    && dictionaries::is_vi_common(words[a])
                    && !every_syllable_capitalised
                    && !dictionaries::is_cue("vi", words[a], Cue::OrgHead)
                    && places.lookup_id(words[a]).is_none()
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
            let run_org = (a..b).any(|k| dictionaries::is_cue("vi", words[k], Cue::OrgHead));
            if title_before && a + 1 < b && !run_org && places.lookup(words[a]).is_some() {
                // a title's country, then the person (`Tổng_thống Mỹ Barack_Obama`)
                b = a + 1;
                carried_title = true;
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
                    && foreign_full_name(words[a + 1])
                {
                    // a place, then a person named in one word (`tại Việt_Nam Michael_Michalak`)
                    b = a + 1;
                }
            } else if title_before && a + 2 < b {
                // after a title, the body ends where a Vietnamese full name starts
                // (`Bộ_trưởng Bộ Y_tế Nguyễn_Quốc_Triệu`)
                if let Some(k) = (a + 2..b).find(|&k| vi_full_name(words[k])) {
                    b = k;
                    carried_title = true;
                }
            }
            let j = b;
            if sentence_start
                && !title_before
                && a == i
                && b - a == 1
                && first_common
                && places.lookup_id(words[a]).is_none()
            {
                i = j;
                continue;
            }
            let prev = if a > 0 { Some(words[a - 1]) } else { None };
            let prev_folded = prev.map(fold).unwrap_or_default();
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
            let org_head = dictionaries::is_cue("vi", words[a], Cue::OrgHead);
            // `Long Name ( ACR )`: an organisation with its acronym
            let acronym_after = b + 2 < toks.len()
                && words[b] == "("
                && is_acronym(words[b + 1])
                && words[b + 2] == ")";
            if let Some((_, l, _)) = places.lookup(phrase) {
                label = Some(l);
            } else if glued_place {
                label = Some(Label::Loc);
            } else if acronym_after && b - a > 1 {
                label = Some(Label::Org);
            } else if let Some(l) = dictionaries::known_label(phrase) {
                label = Some(l);
            }
            let org_first = dictionaries::is_cue("vi", words[a], Cue::OrgHead)
                && (b - a > 1 || is_acronym(words[a]));
            if label.is_none() && org_first {
                // an organisation after a title (`Giám_đốc Sở Y_tế`, `Chủ_tịch UBND`)
                label = Some(Label::Org);
            }
            // `Chủ_tịch nước Nguyễn_Minh_Triết`: `nước` belongs to the title
            let title_two_back = a >= 2
                && dictionaries::is_cue("vi", words[a - 2], Cue::PerTitle)
                && prev.is_some_and(|p| p.chars().all(char::is_lowercase));
            if label.is_none()
                && (title_before
                    || title_two_back && vi_full_name(words[a])
                    || prev.is_some_and(|p| {
                        dictionaries::is_cue("vi", p, Cue::PerTitle)
                            || dictionaries::is_cue("vi", p, Cue::PerPronoun)
                    }))
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
            if label.is_none() && prev.is_some_and(|p| dictionaries::is_cue("vi", p, Cue::LocHead))
            {
                label = Some(Label::Loc);
                if a > 0 && ADMIN_HEADS.contains(&prev_folded.as_str()) && !toks[a - 1].glued {
                    start_tok = a - 1;
                }
            }
            if b - a == 1 && CURRENCY_CODES.contains(&words[a]) {
                // `85 USD / thùng`: a currency, not a name
                i = j;
                continue;
            }
            if label.is_none() && b - a == 1 && is_acronym(words[a]) {
                label = Some(Label::Org);
            }
            if label.is_none()
                && prev.is_some_and(|p| dictionaries::is_cue("vi", p, Cue::LocPrep))
                && (foreign_place_shape(words[a]) || !has_vi_letters(phrase))
                && b - a == 1
            {
                label = Some(Label::Loc);
            }
            let evidence = label.is_some();
            if label.is_none() {
                let first_syl = fold(words[a].split('_').next().unwrap_or(""));
                let syllables: usize = words[a..b].iter().map(|w| w.split('_').count()).sum();
                if SURNAMES.contains(&first_syl.as_str()) && (2..=5).contains(&syllables) {
                    label = Some(Label::Per);
                } else if words[a..b].iter().any(|w| foreign_place_shape(w)) {
                    label = Some(Label::Loc);
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
                } else {
                    label = Some(Label::Per);
                }
            }
            if let Some(l) = label {
                out.push(NameMention {
                    start: toks[start_tok].start,
                    end: toks[b - 1].end,
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
    fn titles_outside_and_kinds() {
        let r = run("Hôm_qua Tổng_thống Akayev đã gặp ông Nguyễn_Văn_An tại Bệnh_viện Bạch_Mai .");
        assert!(r.contains(&("Akayev".to_string(), Label::Per)), "{r:?}");
        assert!(
            r.contains(&("Nguyễn_Văn_An".to_string(), Label::Per)),
            "{r:?}"
        );
        assert!(
            r.contains(&("Bệnh_viện Bạch_Mai".to_string(), Label::Org)),
            "{r:?}"
        );
    }

    #[test]
    fn titles_with_a_country_a_portfolio_or_an_organisation() {
        let has = |r: &[(String, Label)], t: &str, l: Label| {
            assert!(r.contains(&(t.to_string(), l)), "{t} {l:?} in {r:?}");
        };
        let r = run("Tổng_thống Mỹ Barack_Obama gặp Ngoại_trưởng Nga Sergei_Lavrov tại Hà_Nội .");
        has(&r, "Mỹ", Label::Loc);
        has(&r, "Barack_Obama", Label::Per);
        has(&r, "Nga", Label::Loc);
        has(&r, "Sergei_Lavrov", Label::Per);
        let r = run("Bộ_trưởng Ngoại_giao Nhật_Bản Katsuya_Okada và Bộ_trưởng Quốc_phòng Phùng_Quang_Thanh .");
        has(&r, "Nhật_Bản", Label::Loc);
        has(&r, "Katsuya_Okada", Label::Per);
        has(&r, "Phùng_Quang_Thanh", Label::Per);
        let r = run("Hôm_qua , Chủ_tịch nước Nguyễn_Minh_Triết và Giám_đốc Sở Y_tế Hà_Nội , Chủ_tịch UBND thành_phố Hồ_Chí_Minh Lê_Hoàng_Quân .");
        has(&r, "Nguyễn_Minh_Triết", Label::Per);
        has(&r, "Sở Y_tế Hà_Nội", Label::Org);
        has(&r, "UBND", Label::Org);
        has(&r, "Lê_Hoàng_Quân", Label::Per);
        // an organisation named after a person stays whole
        let r = run("Hôm_qua , ông An đến Đại_học Tôn_Đức_Thắng .");
        has(&r, "Đại_học Tôn_Đức_Thắng", Label::Org);
    }

    #[test]
    fn names_capitalised_throughout_and_places_after_a_common_noun() {
        let has = |r: &[(String, Label)], t: &str, l: Label| {
            assert!(r.contains(&(t.to_string(), l)), "{t} {l:?} in {r:?}");
        };
        // a name opening the sentence is not a common word, even if the lexicon lists it
        let r = run("Liên_Hợp_Quốc và Liên_minh châu_Âu hôm_nay cho_biết .");
        has(&r, "Liên_Hợp_Quốc", Label::Org);
        assert!(r.iter().any(|(s, _)| s == "Liên_minh châu_Âu"), "{r:?}");
        // a body named for two fields; a place, then a person; a body, then its head
        let r = run("Ông Hùng , Sở Tài_nguyên và Môi_trường , gặp Đại_sứ Hoa_Kỳ tại Việt_Nam Michael_Michalak và Bộ_trưởng Bộ Y_tế Nguyễn_Quốc_Triệu ở miền Trung .");
        has(&r, "Sở Tài_nguyên và Môi_trường", Label::Org);
        has(&r, "Việt_Nam", Label::Loc);
        has(&r, "Michael_Michalak", Label::Per);
        has(&r, "Bộ Y_tế", Label::Org);
        has(&r, "Nguyễn_Quốc_Triệu", Label::Per);
        has(&r, "miền Trung", Label::Loc);
        let r = run("Giá dầu tăng lên 85 USD / thùng , theo Reuters .");
        assert!(!r.iter().any(|(s, _)| s == "USD"), "{r:?}");
        has(&r, "Reuters", Label::Org);
        let r = run("Quốc_hội Mỹ và Lầu_Năm_Góc phản_đối .");
        assert!(!r.iter().any(|(s, _)| s.contains(" và ")), "{r:?}");
        let r = run("Bộ Y_tế và Bộ Tài_chính họp .");
        has(&r, "Bộ Y_tế", Label::Org);
        has(&r, "Bộ Tài_chính", Label::Org);
        // an organisation opening the sentence keeps its head word
        let r = run("Ngân_hàng Thế_giới cảnh_báo . Bộ Ngoại_giao Mỹ cho_biết .");
        has(&r, "Ngân_hàng Thế_giới", Label::Org);
        has(&r, "Bộ Ngoại_giao Mỹ", Label::Org);
        let r = run("Ông ấy sẽ tới châu_Âu và Nhà_Trắng vào tuần sau .");
        has(&r, "châu_Âu", Label::Loc);
        // diacritics tell the White House from the city of Nha Trang
        let places = dictionaries::places();
        assert_eq!(places.lookup_id("Nha Trang"), Some("nha_trang"));
        assert_eq!(places.lookup_id("Nha_Trang"), Some("nha_trang"));
        assert_ne!(places.lookup_id("Nhà_Trắng"), Some("nha_trang"));
        assert_eq!(places.lookup_id("Hà_Nội"), places.lookup_id("Ha Noi"));
    }
}
