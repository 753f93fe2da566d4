//! Per-document language detection: English or Vietnamese (word-segmented or not).

use serde::{Deserialize, Serialize};

/// The language of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Vi,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Vi => "vi",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "eng" | "english" => Some(Lang::En),
            "vi" | "vie" | "vietnamese" => Some(Lang::Vi),
            _ => None,
        }
    }
}

/// Letters that occur in Vietnamese but (almost) never in English text.
fn is_vietnamese_letter(c: char) -> bool {
    matches!(
        c,
        'ă' | 'â'
            | 'đ'
            | 'ê'
            | 'ô'
            | 'ơ'
            | 'ư'
            | 'Ă'
            | 'Â'
            | 'Đ'
            | 'Ê'
            | 'Ô'
            | 'Ơ'
            | 'Ư'
            | '\u{1EA0}'
            ..='\u{1EF9}' // Latin Extended Additional: ạ ả ấ ầ … ỹ
        | 'à' | 'á' | 'ã' | 'è' | 'é' | 'ì' | 'í' | 'ò' | 'ó' | 'õ' | 'ù' | 'ú' | 'ý'
        | '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}'
    )
}

/// Guess the language from the share of Vietnamese letters and common function words in
/// the first 20,000 characters.
pub fn detect_lang(text: &str) -> Lang {
    let mut letters = 0usize;
    let mut vi = 0usize;
    for c in text.chars().take(20_000) {
        if c.is_alphabetic() {
            letters += 1;
            if is_vietnamese_letter(c) {
                vi += 1;
            }
        }
    }
    if letters == 0 {
        return Lang::En;
    }
    // Vietnamese prose has a diacritic on a large share of its syllables (~1 letter in 6);
    // an English article with a few names such as "Nguyễn" stays far below 2%.
    if vi * 100 >= letters * 3 {
        Lang::Vi
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        assert_eq!(
            detect_lang("Tổng_thống Kyrgyzstan có_thể đã từ_chức"),
            Lang::Vi
        );
        assert_eq!(
            detect_lang("Tổng thống Kyrgyzstan có thể đã từ chức"),
            Lang::Vi
        );
        assert_eq!(
            detect_lang(
                "President Bakiev met the Vietnamese envoy Nguyễn Văn An in Bishkek on Friday, officials said."
            ),
            Lang::En
        );
        assert_eq!(detect_lang(""), Lang::En);
    }
}
