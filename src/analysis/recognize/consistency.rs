//! Document-level label consistency: a name recognised confidently in one place gets the same
//! reading everywhere in the document; conflicting labels of one surface are settled by vote.

use rustc_hash::FxHashMap as HashMap;

use crate::analysis::tokenize::{Sentence, Token, TokenFinder, TokenKind};
use crate::analysis::{Label, NameMention};
use crate::text::Lang;

/// A Vietnamese pronoun or title, capitalised opening a sentence (`Anh đang được điều_trị`):
/// another occurrence of it is no occurrence of a name it also spells (`Anh`, England).
fn is_person_cue(w: &str) -> bool {
    use crate::analysis::dictionaries::{is_cue, Cue};
    is_cue("vi", w, Cue::PerPronoun) || is_cue("vi", w, Cue::PerTitle)
}

/// Label every other capitalised occurrence of a recognised name, and give every occurrence
/// of a surface the label most of its confident occurrences have.
pub fn propagate(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    lang: Lang,
    names: &mut Vec<NameMention>,
) {
    if names.is_empty() {
        return;
    }
    // surface (as token texts) → label votes; each mention remembers its surface's entry
    let mut surface_ids: HashMap<Vec<&str>, usize> = HashMap::default();
    let mut votes: Vec<Vec<(Label, f32)>> = Vec::new();
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(names.len());
    let mut surface_of: Vec<usize> = Vec::with_capacity(names.len());
    let finder = TokenFinder::new(tokens);
    for m in names.iter() {
        let Some(a) = finder.starting_at(m.start) else {
            spans.push((usize::MAX, usize::MAX));
            surface_of.push(usize::MAX);
            continue;
        };
        let mut b = a;
        while b < tokens.len() && tokens[b].end <= m.end {
            b += 1;
        }
        spans.push((a, b));
        let key: Vec<&str> = tokens[a..b].iter().map(|t| t.text(text)).collect();
        let id = *surface_ids.entry(key).or_insert_with(|| {
            votes.push(Vec::new());
            votes.len() - 1
        });
        surface_of.push(id);
        let tally = &mut votes[id];
        match tally.iter_mut().find(|(l, _)| *l == m.label) {
            Some((_, s)) => *s += m.score,
            None => tally.push((m.label, 0.0 + m.score)),
        }
    }
    // the label with the most votes (ties: the first label in `Label` order)
    let winner = |v: &[(Label, f32)]| {
        v.iter()
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .copied()
    };
    let winners: Vec<Option<(Label, f32)>> = votes.iter().map(|v| winner(v)).collect();
    for (m, &id) in names.iter_mut().zip(&surface_of) {
        if let Some(&Some((l, _))) = winners.get(id) {
            // a people named like its country keeps its reading (`người Anh`, the English,
            // beside `về Anh`, England)
            if !(m.label == Label::Misc && l == Label::Loc) {
                m.label = l;
            }
        }
    }
    // new occurrences
    let mut covered = vec![false; tokens.len()];
    for &(a, b) in &spans {
        if a != usize::MAX {
            covered[a..b].iter_mut().for_each(|c| *c = true);
        }
    }
    type Candidates<'k, 'w> = Vec<(&'k Vec<&'w str>, Label, f32)>;
    let mut by_first: HashMap<&str, Candidates> = HashMap::default();
    for (k, &id) in &surface_ids {
        if let Some((l, s)) = winners[id] {
            // a single word must look like a name (capitalised, not a lone letter)
            let ok = k.iter().any(|w| w.chars().count() > 1)
                && k[0].chars().next().is_some_and(char::is_uppercase)
                && !(lang == Lang::Vi && k.len() == 1 && is_person_cue(k[0]));
            if ok && s >= 0.8 {
                by_first.entry(k[0]).or_default().push((k, l, s));
            }
        }
    }
    let mut added = Vec::new();
    for s in sentences {
        let mut i = s.first;
        while i < s.end {
            if covered[i] || tokens[i].kind != TokenKind::Word {
                i += 1;
                continue;
            }
            let w = tokens[i].text(text);
            let mut best: Option<(usize, Label, f32)> = None;
            if let Some(cands) = by_first.get(w) {
                for (k, l, sc) in cands {
                    let n = k.len();
                    if i + n <= s.end
                        && (0..n).all(|j| !covered[i + j] && tokens[i + j].text(text) == k[j])
                    {
                        // the token after must not continue a longer capitalised name
                        let next_cap =
                            tokens
                                .get(i + n)
                                .filter(|_| i + n < s.end)
                                .is_some_and(|t| {
                                    t.kind == TokenKind::Word
                                        && !t.glued
                                        && t.text(text)
                                            .chars()
                                            .next()
                                            .is_some_and(char::is_uppercase)
                                });
                        if !next_cap && best.is_none_or(|b| n > b.0) {
                            best = Some((n, *l, *sc));
                        }
                    }
                }
            }
            let mut matched = 0;
            if let Some((n, l, sc)) = best {
                matched = n;
                added.push(NameMention {
                    start: tokens[i].start,
                    end: tokens[i + n - 1].end,
                    label: l,
                    score: sc.min(1.0) * 0.9,
                });
            }
            i += matched.max(1);
        }
    }
    names.extend(added);
    names.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    // drop overlaps (keep the first, longest)
    let mut last_end = 0;
    names.retain(|m| {
        if m.start >= last_end {
            last_end = m.end;
            true
        } else {
            false
        }
    });
}

/// Words before a name that make it a place whatever else it names (`in Washington`).
const PLACE_PREPOSITIONS: [&str; 9] = [
    "in", "at", "from", "to", "near", "outside", "into", "across", "via",
];

/// A single word tagged as a place or an organisation that is the surname of a person named
/// in full in the same document is that person (`MaliVai Washington` … `said Washington`,
/// `Neil Jordan` … `Jordan said`), unless a preposition makes it a place (`in Washington`).
pub fn people_by_surname(text: &str, tokens: &[Token], names: &mut [NameMention]) {
    let finder = TokenFinder::new(tokens);
    let mut surnames: rustc_hash::FxHashSet<&str> = rustc_hash::FxHashSet::default();
    for m in names.iter().filter(|m| m.label == Label::Per) {
        let Some((a, b)) = finder.span(m.start, m.end) else {
            continue;
        };
        let words = (a..=b)
            .filter(|&i| tokens[i].kind == TokenKind::Word)
            .count();
        // a full name: two words or more, the last one standing alone (not `Hoi-chang`)
        if b > a && words >= 2 && !tokens[b].glued {
            surnames.insert(tokens[b].text(text));
        }
    }
    if surnames.is_empty() {
        return;
    }
    for m in names
        .iter_mut()
        .filter(|m| matches!(m.label, Label::Loc | Label::Org))
    {
        let Some(a) = finder.starting_at(m.start) else {
            continue;
        };
        if tokens[a].end != m.end || !surnames.contains(tokens[a].text(text)) {
            continue;
        }
        let after_preposition = a > 0
            && PLACE_PREPOSITIONS
                .iter()
                .any(|p| tokens[a - 1].text(text).eq_ignore_ascii_case(p));
        if !after_preposition {
            m.label = Label::Per;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::tokenize::tokenize;

    fn mention(text: &str, byte: usize, surface: &str, label: Label) -> NameMention {
        NameMention {
            score: 1.0,
            ..super::super::test_support::mention(text, byte, surface, label)
        }
    }

    #[test]
    fn a_surname_read_as_a_place_is_the_person_unless_after_a_preposition() {
        let text = "Neil Jordan filmed in Jordan . Jordan said .";
        let tokens = tokenize(text);
        let mut names = vec![
            mention(text, 0, "Neil Jordan", Label::Per),
            mention(text, 22, "Jordan", Label::Loc),
            mention(text, 31, "Jordan", Label::Loc),
        ];
        people_by_surname(text, &tokens, &mut names);
        let labels: Vec<Label> = names.iter().map(|m| m.label).collect();
        assert_eq!(labels, [Label::Per, Label::Loc, Label::Per]);
    }
}
