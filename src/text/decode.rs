//! Reading article bytes as text, with a clear error for binary or invalid UTF-8 input.

use std::fmt;

/// Why a file could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The bytes are not UTF-8; `offset` is the byte offset of the first bad byte.
    InvalidUtf8 { offset: usize },
    /// A NUL byte at `offset`: the file is binary, not an article.
    Binary { offset: usize },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::InvalidUtf8 { offset } => {
                write!(f, "invalid UTF-8 at byte offset {offset}")
            }
            DecodeError::Binary { offset } => {
                write!(f, "binary file (NUL byte at byte offset {offset})")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Decode an article. A BOM is kept (it counts as a character in offsets), CRLF is kept.
pub fn decode_utf8(bytes: Vec<u8>) -> Result<String, DecodeError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { offset });
    }
    String::from_utf8(bytes).map_err(|e| DecodeError::InvalidUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_bom_and_crlf() {
        let s = decode_utf8(b"\xEF\xBB\xBFa\r\nb".to_vec()).unwrap();
        assert_eq!(s.chars().count(), 5);
    }

    #[test]
    fn reports_offsets() {
        assert_eq!(
            decode_utf8(b"ab\xFFc".to_vec()),
            Err(DecodeError::InvalidUtf8 { offset: 2 })
        );
        assert_eq!(
            decode_utf8(b"abc\0".to_vec()),
            Err(DecodeError::Binary { offset: 3 })
        );
    }
}
