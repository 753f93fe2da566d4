//! Semantic tokens: one token per name or date mention (split at line breaks).

use tower_lsp_server::lsp_types::{
    SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokensEdit,
    SemanticTokensLegend,
};

use crate::analysis::Label;
use crate::corpus::{Doc, Mention};
use crate::lsp::state::Mark;
use crate::text::{LineIndex, PositionEncoding};

pub const TYPES: [&str; 5] = ["person", "organization", "location", "misc", "date"];
pub const MODIFIERS: [&str; 3] = ["declaration", "annotated", "variant"];

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TYPES.iter().map(|t| SemanticTokenType::new(t)).collect(),
        token_modifiers: MODIFIERS
            .iter()
            .map(|m| SemanticTokenModifier::new(m))
            .collect(),
    }
}

pub fn type_index(label: Label) -> u32 {
    match label {
        Label::Per => 0,
        Label::Org => 1,
        Label::Loc => 2,
        Label::Misc => 3,
        Label::Date => 4,
    }
}

fn modifiers(m: &Mention) -> u32 {
    (m.declaration as u32) | (m.annotated as u32) << 1 | (m.variant as u32) << 2
}

/// The marks of a document's mentions (overlaps removed), in order.
pub fn marks(doc: &Doc) -> Vec<Mark> {
    let mut out: Vec<Mark> = Vec::with_capacity(doc.mentions.len());
    let mut last_end = 0usize;
    for m in &doc.mentions {
        if m.start < last_end || m.end <= m.start {
            continue;
        }
        last_end = m.end;
        out.push(Mark {
            start: m.start,
            end: m.end,
            ty: type_index(m.label),
            mods: modifiers(m),
        });
    }
    out
}

/// Map marks through edits `(start, old_end, new_len)` made since they were computed; a mark
/// an edit touches inside is dropped (it is re-analysed shortly).
pub fn shift_marks(marks: &[Mark], shifts: &[(usize, usize, usize)]) -> Vec<Mark> {
    if shifts.is_empty() {
        return marks.to_vec();
    }
    let mut out = Vec::with_capacity(marks.len());
    'm: for m in marks {
        let (mut s, mut e) = (m.start as isize, m.end as isize);
        for &(a, b, n) in shifts {
            let (a, b, n) = (a as isize, b as isize, n as isize);
            if e <= a {
                continue;
            }
            if s >= b {
                s += n - (b - a);
                e += n - (b - a);
                continue;
            }
            continue 'm;
        }
        out.push(Mark {
            start: s.max(0) as usize,
            end: e.max(0) as usize,
            ..*m
        });
    }
    out
}

/// Tokens of a document's mentions overlapping `from..to` (code points).
pub fn tokens(doc: &Doc, enc: PositionEncoding, from: usize, to: usize) -> Vec<SemanticToken> {
    encode(&marks(doc), &doc.text, &doc.lines, enc, from, to)
}

/// Encode marks over `text` as LSP semantic tokens (split at line breaks).
pub fn encode(
    marks: &[Mark],
    text: &str,
    lines: &LineIndex,
    enc: PositionEncoding,
    from: usize,
    to: usize,
) -> Vec<SemanticToken> {
    let mut out = Vec::new();
    let (mut prev_line, mut prev_col) = (0u32, 0u32);
    let n = lines.len_chars();
    let first = marks.partition_point(|m| m.end <= from);
    for m in &marks[first..] {
        if m.start >= to || m.end > n {
            break;
        }
        let (l0, c0) = lines.position(text, m.start, enc);
        let (l1, c1) = lines.position(text, m.end, enc);
        for line in l0..=l1 {
            let s = if line == l0 { c0 } else { 0 };
            let e = if line == l1 {
                c1
            } else {
                line_end_col(text, lines, line as usize, enc)
            };
            if e <= s {
                continue;
            }
            let delta_line = line - prev_line;
            let delta_start = if delta_line == 0 { s - prev_col } else { s };
            out.push(SemanticToken {
                delta_line,
                delta_start,
                length: e - s,
                token_type: m.ty,
                token_modifiers_bitset: m.mods,
            });
            prev_line = line;
            prev_col = s;
        }
    }
    out
}

/// The column where `line` ends (before its line break).
fn line_end_col(text: &str, lines: &LineIndex, line: usize, enc: PositionEncoding) -> u32 {
    let next = lines.line_start(line + 1);
    let b = lines.byte_of(text, next);
    let before = &text[..b];
    let trimmed = before.trim_end_matches(['\n', '\r']);
    let cp = next - (before.len() - trimmed.len());
    lines.position(text, cp, enc).1
}

/// The edit turning `old` into `new` (common prefix and suffix kept), in units of integers.
pub fn delta(old: &[SemanticToken], new: &[SemanticToken]) -> Vec<SemanticTokensEdit> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let max_suffix = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    if prefix == old.len() && prefix == new.len() {
        return Vec::new();
    }
    vec![SemanticTokensEdit {
        start: (prefix * 5) as u32,
        delete_count: ((old.len() - prefix - suffix) * 5) as u32,
        data: Some(new[prefix..new.len() - suffix].to_vec()),
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mk(start: usize, end: usize) -> Mark {
        Mark {
            start,
            end,
            ty: 0,
            mods: 0,
        }
    }

    #[test]
    fn marks_follow_edits_and_drop_touched_ones() {
        let marks = [mk(0, 5), mk(10, 15), mk(20, 25)];
        // insert 3 before the second, then delete inside the third (now at 23..28)
        let out = shift_marks(&marks, &[(8, 8, 3), (24, 26, 0)]);
        assert_eq!(out, vec![mk(0, 5), mk(13, 18)]);
        // typing right after a name keeps it; right before shifts it
        assert_eq!(shift_marks(&[mk(10, 15)], &[(15, 15, 1)]), vec![mk(10, 15)]);
        assert_eq!(shift_marks(&[mk(10, 15)], &[(10, 10, 1)]), vec![mk(11, 16)]);
    }

    #[test]
    fn tokens_split_at_line_breaks_and_delta_is_minimal() {
        let text = "Askar\r\nAkaev met 😀 Bakiev";
        let lines = LineIndex::new(text);
        let marks = [mk(0, 12), mk(19, 25)];
        let t = encode(&marks, text, &lines, PositionEncoding::Utf16, 0, usize::MAX);
        let spans: Vec<(u32, u32, u32)> = t
            .iter()
            .map(|t| (t.delta_line, t.delta_start, t.length))
            .collect();
        assert_eq!(spans, vec![(0, 0, 5), (1, 0, 5), (0, 13, 6)]);
        let mut t2 = t.clone();
        t2[1].token_modifiers_bitset = 1;
        let d = delta(&t, &t2);
        assert_eq!(
            (
                d[0].start,
                d[0].delete_count,
                d[0].data.as_ref().unwrap().len()
            ),
            (5, 5, 1)
        );
        assert!(delta(&t, &t).is_empty());
    }
}
