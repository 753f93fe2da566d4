//! Folded keys for matching names: NFC-equivalent, case-, diacritic- and `_`-insensitive.
//! The stored text is never changed; only keys are folded.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Fold one character into `out`: decompose, drop combining marks, lower-case, map a few
/// letters with no decomposition (`đ`→`d`, `ø`→`o`, `ß`→`ss`, `ł`→`l`), `_` → space,
/// typographic apostrophes to `'` and dashes to `-`.
pub fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        match c {
            '_' => out.push(' '),
            _ => out.push(c.to_ascii_lowercase()),
        }
        return;
    }
    match c {
        'đ' | 'Đ' => return out.push('d'),
        'ø' | 'Ø' => return out.push('o'),
        'ł' | 'Ł' => return out.push('l'),
        'ß' => return out.push_str("ss"),
        'æ' | 'Æ' => return out.push_str("ae"),
        '\u{2018}' | '\u{2019}' | '\u{02BC}' | '`' => return out.push('\''),
        '\u{2010}'..='\u{2015}' => return out.push('-'),
        _ => {}
    }
    if is_combining_mark(c) {
        return;
    }
    decompose_canonical(c, |d| {
        if !is_combining_mark(d) {
            for l in d.to_lowercase() {
                out.push(l);
            }
        }
    });
}

/// The folded key of `s` (see [`fold_char`]).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// Append the folded key of `s` to `out` (no allocation when `out` has room).
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() && !s.contains('_') {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        fold_char(c, out);
    }
}

/// Characters that may appear inside a name token.
pub fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining_mark(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese_and_case() {
        assert_eq!(fold("Tổng_thống"), "tong thong");
        assert_eq!(fold("Đà_Nẵng"), "da nang");
        // precomposed and decomposed forms give one key
        assert_eq!(fold("Ho\u{0302}\u{0300}i"), fold("Hồi"));
        assert_eq!(fold("Bakiev’s"), "bakiev's");
        assert_eq!(fold("Alain Juppé"), "alain juppe");
    }
}
