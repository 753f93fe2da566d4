//! A lazy tokenizer over a window of text starting at a trigger.
//!
//! Tokens are runs of word characters (letters, digits, combining marks) or
//! single other characters. `_` joins the syllables of a Vietnamese word: it
//! separates tokens like a space does, and the token after it is `joined`.

/// Letters, digits and combining marks.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Tok<'a> {
    pub s: &'a str,
    pub start: usize,
    pub end: usize,
    /// Directly preceded by `_` (same word, Vietnamese segmentation).
    pub joined: bool,
    /// No whitespace or `_` between this token and the previous one.
    pub tight: bool,
    /// A blank line (two or more line breaks) before this token.
    pub para: bool,
}

impl<'a> Tok<'a> {
    pub fn is_digits(&self) -> bool {
        !self.s.is_empty() && self.s.bytes().all(|b| b.is_ascii_digit())
    }
    pub fn num(&self) -> Option<u32> {
        if self.is_digits() && self.s.len() <= 4 {
            self.s.parse().ok()
        } else {
            None
        }
    }
    pub fn is_cap(&self) -> bool {
        self.s.chars().next().is_some_and(char::is_uppercase)
    }
    /// Lower-case form in `buf`, or None when too long (then it is no date word).
    pub fn lower<'b>(&self, buf: &'b mut [u8; 48]) -> &'b str {
        if self.s.is_ascii() {
            let b = self.s.as_bytes();
            if b.len() > buf.len() {
                return "";
            }
            for (d, s) in buf.iter_mut().zip(b) {
                *d = s.to_ascii_lowercase();
            }
            return std::str::from_utf8(&buf[..b.len()]).unwrap_or("");
        }
        let mut n = 0;
        for c in self.s.chars().flat_map(char::to_lowercase) {
            let l = c.len_utf8();
            if n + l > buf.len() {
                return "";
            }
            c.encode_utf8(&mut buf[n..n + l]);
            n += l;
        }
        std::str::from_utf8(&buf[..n]).unwrap_or("")
    }
    /// Case-insensitive equality with a lower-case word.
    pub fn is(&self, lower: &str) -> bool {
        if self.s.is_ascii() {
            self.s.eq_ignore_ascii_case(lower)
        } else {
            self.s
                .chars()
                .flat_map(char::to_lowercase)
                .eq(lower.chars())
        }
    }
    pub fn any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }
}

/// Read one token at or after byte `pos`.
pub(crate) fn next_tok(text: &str, pos: usize) -> Option<Tok<'_>> {
    let rest = text.get(pos..)?;
    let mut newlines = 0;
    let mut joined = false;
    let mut tight = true;
    let mut start = None;
    for (i, c) in rest.char_indices() {
        if c == '_' {
            joined = true;
            tight = false;
        } else if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
            }
            joined = false;
            tight = false;
        } else {
            start = Some((pos + i, c));
            break;
        }
    }
    let (s, c) = start?;
    let end = if is_word_char(c) {
        let mut e = text.len();
        for (i, c2) in text[s..].char_indices() {
            if !is_word_char(c2) {
                e = s + i;
                break;
            }
        }
        e
    } else {
        s + c.len_utf8()
    };
    Some(Tok {
        s: &text[s..end],
        start: s,
        end,
        joined,
        tight,
        para: newlines >= 2,
    })
}

/// The token that ends at or before byte `pos` (skipping whitespace).
pub(crate) fn prev_tok(text: &str, pos: usize) -> Option<Tok<'_>> {
    let head = text.get(..pos)?;
    let mut end = None;
    for (i, c) in head.char_indices().rev() {
        if !(c.is_whitespace() || c == '_') {
            end = Some((i, c));
            break;
        }
    }
    let (last_i, c) = end?;
    let end = last_i + c.len_utf8();
    let start = if is_word_char(c) {
        let mut st = 0;
        for (i, c2) in head[..end].char_indices().rev() {
            if !is_word_char(c2) {
                st = i + c2.len_utf8();
                break;
            }
        }
        st
    } else {
        last_i
    };
    Some(Tok {
        s: &text[start..end],
        start,
        end,
        joined: false,
        tight: false,
        para: false,
    })
}

/// Tokens from a start position, read on demand (at most `MAX`).
pub(crate) struct Toks<'a> {
    pub text: &'a str,
    buf: [Tok<'a>; MAX],
    n: usize,
    done: bool,
}

const MAX: usize = 12;

impl<'a> Toks<'a> {
    pub fn new(text: &'a str, pos: usize) -> Self {
        let mut t = Toks {
            text,
            buf: [Tok::default(); MAX],
            n: 0,
            done: false,
        };
        if let Some(first) = next_tok(text, pos) {
            t.buf[0] = first;
            t.n = 1;
        } else {
            t.done = true;
        }
        t
    }

    /// Token `i` of the window; None past the end of text, past a blank
    /// line, or past the window.
    pub fn at(&mut self, i: usize) -> Option<Tok<'a>> {
        while self.n <= i && !self.done && self.n < MAX {
            let last = self.buf[self.n - 1];
            match next_tok(self.text, last.end) {
                Some(t) if !t.para => {
                    self.buf[self.n] = t;
                    self.n += 1;
                }
                _ => self.done = true,
            }
        }
        if i < self.n {
            Some(self.buf[i])
        } else {
            None
        }
    }

    pub fn is(&mut self, i: usize, w: &str) -> bool {
        self.at(i).is_some_and(|t| t.is(w))
    }

    pub fn any(&mut self, i: usize, ws: &[&str]) -> bool {
        self.at(i).is_some_and(|t| t.any(ws))
    }

    /// Token `i` is present and directly follows token `i-1` (no space).
    pub fn tight(&mut self, i: usize) -> bool {
        self.at(i).is_some_and(|t| t.tight)
    }

    pub fn start(&mut self) -> usize {
        self.buf[0].start
    }

    pub fn end_of(&mut self, i: usize) -> usize {
        self.at(i).map_or(0, |t| t.end)
    }

    pub fn prev(&self) -> Option<Tok<'a>> {
        prev_tok(self.text, self.buf[0].start)
    }
}
