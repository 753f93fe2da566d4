//! The text model: decoding files, code-point/UTF-8/UTF-16 offsets, language detection, folding,
//! edit distance.

mod decode;
mod distance;
mod encoding;
mod fold;
mod lang;

pub use decode::{decode_utf8, DecodeError};
pub use distance::{typo_distance, typo_distance_at_most};
pub use encoding::{LineIndex, PositionEncoding};
pub use fold::{
    fold, fold_char, fold_into, has_vietnamese_diacritics, is_name_char, vietnamese_key,
};
pub use lang::{detect_lang, Lang};
