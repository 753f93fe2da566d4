//! Tokens and sentences with exact code-point spans.
//!
//! Words keep `_` (word-segmented Vietnamese: `Tổng_thống` is one token) and combining marks.
//! Hyphens, slashes and apostrophes are tokens of their own (`Jalal-Abad` → `Jalal` `-` `Abad`,
//! so that `pro-Bakiev` can yield `Bakiev`); a possessive `'s` is one token; initials and known
//! abbreviations keep their periods (`U.S.`, `P.J.`, `Mr.`).

use crate::text::is_name_char;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// One token; offsets are code points (`start..end`) and bytes (`byte_start..byte_end`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub kind: TokenKind,
    /// No white space between this token and the previous one.
    pub glued: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.byte_start..self.byte_end]
    }
}

/// A sentence: a range of token indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub first: usize,
    pub end: usize,
}

/// Finds tokens by the code point they start or end at. Each answer is remembered and the
/// next search gallops from it, so look-ups in text order touch only nearby tokens.
pub struct TokenFinder<'t> {
    tokens: &'t [Token],
    hint: std::cell::Cell<usize>,
}

impl<'t> TokenFinder<'t> {
    /// A finder over `tokens`, which are in text order.
    pub fn new(tokens: &'t [Token]) -> Self {
        TokenFinder {
            tokens,
            hint: std::cell::Cell::new(0),
        }
    }

    /// The index of the token starting at `cp`, if any.
    pub fn starting_at(&self, cp: usize) -> Option<usize> {
        let i = self.partition(cp, |t| t.start);
        (i > 0 && self.tokens[i - 1].start == cp).then(|| i - 1)
    }

    /// The first and last token of the span `start..end`, when it starts and ends on token
    /// boundaries (a mention's tokens).
    pub fn span(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        let a = self.starting_at(start)?;
        let b = self.ending_at(end)?;
        (a <= b).then_some((a, b))
    }

    /// The index of the token ending at `cp`, if any.
    pub fn ending_at(&self, cp: usize) -> Option<usize> {
        let i = self.partition(cp, |t| t.end);
        (i > 0 && self.tokens[i - 1].end == cp).then(|| i - 1)
    }

    /// The number of tokens whose `key` is at most `cp` (as `partition_point`).
    fn partition(&self, cp: usize, key: fn(&Token) -> usize) -> usize {
        let t = self.tokens;
        let h = self.hint.get().min(t.len());
        // the answer lies in lo..=hi
        let (lo, hi) = if h == 0 || key(&t[h - 1]) <= cp {
            let (mut lo, mut step) = (h, 1);
            let hi = loop {
                let probe = lo + step;
                if probe >= t.len() {
                    break t.len();
                }
                if key(&t[probe]) > cp {
                    break probe;
                }
                lo = probe + 1;
                step *= 2;
            };
            (lo, hi)
        } else {
            let (mut hi, mut step) = (h - 1, 1);
            let lo = loop {
                if hi < step {
                    break 0;
                }
                let probe = hi - step;
                if key(&t[probe]) <= cp {
                    break probe + 1;
                }
                hi = probe;
                step *= 2;
            };
            (lo, hi)
        };
        let i = lo + t[lo..hi].partition_point(|x| key(x) <= cp);
        self.hint.set(i);
        i
    }
}

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "Gen", "Col", "Lt",
    "Sgt", "Capt", "Gov", "Sen", "Rep", "Rev", "Prof", "Mt", "Ft", "No", "vs", "Jan", "Feb", "Mar",
    "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "TP", "Th.S", "TS", "PGS", "GS",
];

/// Split `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let mut chars = text.char_indices().peekable();
    let mut cp = 0usize;
    let mut glued = false;
    while let Some(&(b, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
            cp += 1;
            glued = false;
            continue;
        }
        let start_cp = cp;
        let start_b = b;
        if is_name_char(c) {
            let mut all_digits = true;
            let mut end_b = b;
            while let Some(&(bb, cc)) = chars.peek() {
                if is_name_char(cc) {
                    all_digits &= cc.is_ascii_digit();
                    chars.next();
                    cp += 1;
                    end_b = bb + cc.len_utf8();
                    continue;
                }
                // 1,000 and 3.5 stay one number; U.S. / P.J. keep their periods
                if (cc == ',' || cc == '.') && all_digits {
                    let rest = &text[bb + 1..];
                    if rest.chars().next().is_some_and(|n| n.is_ascii_digit()) {
                        chars.next();
                        cp += 1;
                        end_b = bb + 1;
                        continue;
                    }
                }
                break;
            }
            let word = &text[start_b..end_b];
            let mut kind = if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            // initials (U.S., P.J.) and abbreviations (Mr.)
            if let Some(&(bb, '.')) = chars.peek() {
                let single = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
                let next_is_letter_dot = {
                    let rest = &text[bb + 1..];
                    let mut it = rest.chars();
                    matches!((it.next(), it.next()), (Some(l), Some('.')) if l.is_alphabetic())
                };
                let prev_initial = tokens.last().is_some_and(|t: &Token| {
                    t.byte_end == start_b
                        && t.kind == TokenKind::Word
                        && text[t.byte_start..t.byte_end].ends_with('.')
                });
                if (single
                    && (next_is_letter_dot || prev_initial || word.chars().all(char::is_uppercase)))
                    || ABBREVIATIONS.contains(&word)
                {
                    chars.next();
                    cp += 1;
                    end_b = bb + 1;
                    kind = TokenKind::Word;
                    // merge "U." + "S." into one token
                    if prev_initial {
                        let prev = tokens.pop().expect("checked above");
                        tokens.push(Token {
                            end: cp,
                            byte_end: end_b,
                            ..prev
                        });
                        glued = true;
                        continue;
                    }
                }
            }
            tokens.push(Token {
                start: start_cp,
                end: cp,
                byte_start: start_b,
                byte_end: end_b,
                kind,
                glued,
            });
            glued = true;
            continue;
        }
        // possessive 's / ’s
        if c == '\'' || c == '’' {
            let rest = &text[b + c.len_utf8()..];
            let mut it = rest.chars();
            if matches!(it.next(), Some('s' | 'S')) && !it.next().is_some_and(is_name_char) {
                chars.next();
                chars.next();
                cp += 2;
                let end_b = b + c.len_utf8() + 1;
                tokens.push(Token {
                    start: start_cp,
                    end: cp,
                    byte_start: start_b,
                    byte_end: end_b,
                    kind: TokenKind::Word,
                    glued,
                });
                glued = true;
                continue;
            }
        }
        chars.next();
        cp += 1;
        tokens.push(Token {
            start: start_cp,
            end: cp,
            byte_start: start_b,
            byte_end: b + c.len_utf8(),
            kind: TokenKind::Punct,
            glued,
        });
        glued = true;
    }
    tokens
}

/// Sentences: every line break ends one, and so does `.`, `!` or `?` followed by a token that
/// starts with an upper-case letter or a quote.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0usize;
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let next = tokens.get(i + 1);
        let line_break = next.is_some_and(|n| text[t.byte_end..n.byte_start].contains('\n'));
        let stop = t.kind == TokenKind::Punct
            && matches!(t.text(text), "." | "!" | "?")
            && next.is_some_and(|n| {
                n.text(text)
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c == '"' || c == '“')
            });
        if line_break || stop || next.is_none() {
            out.push(Sentence { first, end: i + 1 });
            first = i + 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_as_names_need() {
        assert_eq!(
            words("Bakiev's pro-Bakiev U.S.-Russian"),
            ["Bakiev", "'s", "pro", "-", "Bakiev", "U.S.", "-", "Russian"]
        );
        assert_eq!(
            words("Tổng_thống Akayev đã từ_chức ."),
            ["Tổng_thống", "Akayev", "đã", "từ_chức", "."]
        );
        assert_eq!(
            words("RFE/RL's P.J. Crowley, Mr. Smith 1,000 3.5."),
            ["RFE", "/", "RL", "'s", "P.J.", "Crowley", ",", "Mr.", "Smith", "1,000", "3.5", "."]
        );
        assert_eq!(words("Bakiev’s"), ["Bakiev", "’s"]);
    }

    #[test]
    fn code_point_offsets() {
        let text = "😀 Hồ\u{0300}i";
        let t = tokenize(text);
        assert_eq!((t[0].start, t[0].end), (0, 1));
        assert_eq!((t[1].start, t[1].end), (2, 6));
    }

    #[test]
    fn finder_agrees_with_binary_search() {
        let text = "Kurmanbek Bakiev met U.S. envoys in Jalal-Abad on Friday , he said .";
        let toks = tokenize(text);
        let f = TokenFinder::new(&toks);
        // every order of queries: forward, backward and jumping about
        let mut queries: Vec<usize> = (0..=text.len() + 2).collect();
        queries.extend((0..=text.len() + 2).rev());
        queries.extend((0..200).map(|k| (k * 37) % (text.len() + 3)));
        for cp in queries {
            let start = toks.iter().position(|t| t.start == cp);
            let end = toks.iter().position(|t| t.end == cp);
            assert_eq!(f.starting_at(cp), start, "start {cp}");
            assert_eq!(f.ending_at(cp), end, "end {cp}");
        }
        assert_eq!(TokenFinder::new(&[]).starting_at(0), None);
    }

    #[test]
    fn sentence_split() {
        let text = "He left. She stayed.\nNew line";
        let t = tokenize(text);
        assert_eq!(sentences(text, &t).len(), 3);
    }
}
