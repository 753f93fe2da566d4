//! Exact conversions between code-point offsets (what files and exports use), byte offsets
//! and editor positions (line + column in UTF-8, UTF-16 or UTF-32 units).

/// The unit of LSP columns, as negotiated with the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
    Utf32,
}

impl PositionEncoding {
    fn width(self, c: char) -> usize {
        match self {
            PositionEncoding::Utf8 => c.len_utf8(),
            PositionEncoding::Utf16 => c.len_utf16(),
            PositionEncoding::Utf32 => 1,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Line {
    /// Byte offset of the line start.
    byte: usize,
    /// Code-point offset of the line start.
    cp: usize,
    /// Whether the line (without terminator) is pure ASCII: columns are then offsets.
    ascii: bool,
}

/// A point of the text every [`ANCHOR_EVERY`] code points, so that conversions inside a long
/// line (an article written as one paragraph) start near their target, not at the line start.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    byte: usize,
    cp: usize,
    /// Characters outside the Basic Multilingual Plane before this point (two UTF-16 units).
    astral: usize,
}

const ANCHOR_EVERY: usize = 1024;

/// Line starts of one text, for offset and position conversion.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, as LSP defines them.
#[derive(Debug, Clone)]
pub struct LineIndex {
    lines: Vec<Line>,
    anchors: Vec<Anchor>,
    len_bytes: usize,
    len_cps: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut lines = Vec::with_capacity(bytes.len() / 40 + 1);
        let mut line_start = 0usize;
        let mut line_cp = 0usize;
        let mut cp = 0usize;
        let mut ascii = true;
        let mut anchors = vec![Anchor {
            byte: 0,
            cp: 0,
            astral: 0,
        }];
        let mut astral = 0usize;
        let mut i = 0usize;
        while i < bytes.len() {
            let b = bytes[i];
            if (b & 0xC0) != 0x80
                && cp.is_multiple_of(ANCHOR_EVERY)
                && cp > anchors[anchors.len() - 1].cp
            {
                anchors.push(Anchor {
                    byte: i,
                    cp,
                    astral,
                });
            }
            if b == b'\n' || b == b'\r' {
                lines.push(Line {
                    byte: line_start,
                    cp: line_cp,
                    ascii,
                });
                let step = if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
                i += step;
                cp += step;
                line_start = i;
                line_cp = cp;
                ascii = true;
                continue;
            }
            if b >= 0x80 {
                ascii = false;
                // a four-byte sequence encodes a character outside the BMP
                astral += usize::from(b >= 0xF0);
            }
            // Count code points by their leading bytes.
            if (b & 0xC0) != 0x80 {
                cp += 1;
            }
            i += 1;
        }
        lines.push(Line {
            byte: line_start,
            cp: line_cp,
            ascii,
        });
        LineIndex {
            lines,
            anchors,
            len_bytes: bytes.len(),
            len_cps: cp,
        }
    }

    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    pub fn len_chars(&self) -> usize {
        self.len_cps
    }

    /// The 0-based line holding code-point offset `cp` (clamped to the text).
    pub fn line_of(&self, cp: usize) -> usize {
        let cp = cp.min(self.len_cps);
        match self.lines.binary_search_by(|l| l.cp.cmp(&cp)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Code-point offset where `line` starts (clamped).
    pub fn line_start(&self, line: usize) -> usize {
        self.lines.get(line).map_or(self.len_cps, |l| l.cp)
    }

    fn line_text<'a>(&self, text: &'a str, line: usize) -> &'a str {
        let start = self.lines[line].byte;
        let end = self.lines.get(line + 1).map_or(self.len_bytes, |l| l.byte);
        let s = &text[start..end];
        s.trim_end_matches(['\n', '\r'])
    }

    /// Code-point offset → (line, column in `enc` units). Offsets past the end are clamped.
    pub fn position(&self, text: &str, cp: usize, enc: PositionEncoding) -> (u32, u32) {
        let cp = cp.min(self.len_cps);
        let line = self.line_of(cp);
        let l = self.lines[line];
        let within = cp - l.cp;
        if l.ascii {
            let len = self.line_text(text, line).len();
            return (line as u32, within.min(len) as u32);
        }
        if within > 2 * ANCHOR_EVERY {
            // far into a long line: count from the anchors
            let col = match enc {
                PositionEncoding::Utf32 => within,
                PositionEncoding::Utf8 => self.byte_of(text, cp) - l.byte,
                PositionEncoding::Utf16 => {
                    within + self.astral_before(text, cp) - self.astral_before(text, l.cp)
                }
            };
            return (line as u32, col as u32);
        }
        let col: usize = self
            .line_text(text, line)
            .chars()
            .take(within)
            .map(|c| enc.width(c))
            .sum();
        (line as u32, col as u32)
    }

    /// (line, column in `enc` units) → code-point offset. A line past the end gives the end of
    /// the text; a column past the end of its line gives the end of the line; a column inside a
    /// character gives that character's start.
    pub fn offset(&self, text: &str, line: u32, col: u32, enc: PositionEncoding) -> usize {
        let line = line as usize;
        if line >= self.lines.len() {
            return self.len_cps;
        }
        let l = self.lines[line];
        let lt = self.line_text(text, line);
        let col = col as usize;
        if l.ascii {
            return l.cp + col.min(lt.len());
        }
        let mut units = 0usize;
        let mut n = 0usize;
        for c in lt.chars() {
            let w = enc.width(c);
            if units + w > col {
                break;
            }
            units += w;
            n += 1;
        }
        l.cp + n
    }

    /// Code-point offset → byte offset (clamped to the text).
    pub fn byte_of(&self, text: &str, cp: usize) -> usize {
        let cp = cp.min(self.len_cps);
        let line = self.line_of(cp);
        let l = self.lines[line];
        let within = cp - l.cp;
        if l.ascii {
            return (l.byte + within).min(self.len_bytes);
        }
        let (from_byte, from_cp) = match self.anchor_at_cp(cp) {
            a if a.cp > l.cp => (a.byte, a.cp),
            _ => (l.byte, l.cp),
        };
        text[from_byte..]
            .char_indices()
            .nth(cp - from_cp)
            .map_or(self.len_bytes, |(b, _)| from_byte + b)
    }

    /// The last anchor at or before code point `cp`.
    fn anchor_at_cp(&self, cp: usize) -> Anchor {
        let i = self.anchors.partition_point(|a| a.cp <= cp);
        self.anchors[i.saturating_sub(1)]
    }

    /// Characters outside the BMP before code point `cp`.
    fn astral_before(&self, text: &str, cp: usize) -> usize {
        let a = self.anchor_at_cp(cp);
        a.astral
            + text[a.byte..]
                .chars()
                .take(cp - a.cp)
                .filter(|c| c.len_utf16() == 2)
                .count()
    }

    /// Byte offset → code-point offset. A byte inside a character maps to that character.
    pub fn cp_of_byte(&self, text: &str, byte: usize) -> usize {
        let byte = byte.min(self.len_bytes);
        let line = match self.lines.binary_search_by(|l| l.byte.cmp(&byte)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let l = self.lines[line];
        let mut b = byte;
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        let i = self.anchors.partition_point(|a| a.byte <= b);
        let a = self.anchors[i.saturating_sub(1)];
        if a.byte > l.byte {
            return a.cp + text[a.byte..b].chars().count();
        }
        l.cp + text[l.byte..b].chars().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn vietnamese_and_emoji() {
        let text = "Tổng_thống 😀 Akayev\r\nhôm_nay\rx\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        let akayev = text.chars().position(|c| c == 'A').unwrap();
        assert_eq!(idx.position(text, akayev, PositionEncoding::Utf32), (0, 13));
        assert_eq!(idx.position(text, akayev, PositionEncoding::Utf16), (0, 14));
        let utf8_col = "Tổng_thống 😀 ".len() as u32;
        assert_eq!(
            idx.position(text, akayev, PositionEncoding::Utf8),
            (0, utf8_col)
        );
        assert_eq!(idx.offset(text, 0, 14, PositionEncoding::Utf16), akayev);
        // inside the surrogate pair: the emoji's start
        assert_eq!(idx.offset(text, 0, 12, PositionEncoding::Utf16), 11);
        assert_eq!(
            idx.position(text, akayev + 8, PositionEncoding::Utf16),
            (1, 0)
        );
        assert_eq!(idx.offset(text, 2, 0, PositionEncoding::Utf16), akayev + 16);
        // past the end
        assert_eq!(
            idx.offset(text, 99, 0, PositionEncoding::Utf16),
            text.chars().count()
        );
        assert_eq!(
            idx.offset(text, 1, 999, PositionEncoding::Utf16),
            akayev + 15
        );
    }

    #[test]
    fn combining_marks_count_as_code_points() {
        let text = "Ho\u{0302}\u{0300}i"; // o + two combining marks
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 4, PositionEncoding::Utf16), (0, 4));
        assert_eq!(idx.byte_of(text, 4), 6);
        assert_eq!(idx.cp_of_byte(text, 6), 4);
    }

    #[test]
    fn conversions_far_into_one_long_line() {
        // an article written as one line: offsets far from the line start go through anchors
        let unit = "Tổng_thống 😀 Akayev a\u{0301} ";
        let text = unit.repeat(400);
        let idx = LineIndex::new(&text);
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut utf16 = 0usize;
        for (cp, &(byte, c)) in chars.iter().enumerate() {
            if cp % 97 == 0 {
                assert_eq!(idx.byte_of(&text, cp), byte);
                assert_eq!(idx.cp_of_byte(&text, byte), cp);
                assert_eq!(
                    idx.position(&text, cp, PositionEncoding::Utf32),
                    (0, cp as u32)
                );
                assert_eq!(
                    idx.position(&text, cp, PositionEncoding::Utf8),
                    (0, byte as u32)
                );
                assert_eq!(
                    idx.position(&text, cp, PositionEncoding::Utf16),
                    (0, utf16 as u32)
                );
                assert_eq!(
                    idx.offset(&text, 0, utf16 as u32, PositionEncoding::Utf16),
                    cp
                );
            }
            utf16 += c.len_utf16();
        }
    }

    proptest! {
        #[test]
        fn round_trips(text in "(?s)[a-zA-Zổ_😀\u{0301}\r\n ]{0,60}", pick in 0usize..80) {
            let idx = LineIndex::new(&text);
            let n = text.chars().count();
            prop_assert_eq!(idx.len_chars(), n);
            let cp = pick.min(n);
            for enc in [PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32] {
                let (l, c) = idx.position(&text, cp, enc);
                let back = idx.offset(&text, l, c, enc);
                // `\r\n` is one line break: the offset between its two characters has no position.
                let mid_crlf = cp > 0 && text.chars().nth(cp - 1) == Some('\r') && text.chars().nth(cp) == Some('\n');
                if !mid_crlf {
                    prop_assert_eq!(back, cp);
                }
            }
            let b = idx.byte_of(&text, cp);
            prop_assert_eq!(idx.cp_of_byte(&text, b), cp);
            prop_assert_eq!(text[..b].chars().count(), cp);
        }
    }
}
