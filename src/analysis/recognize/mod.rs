//! Recognition of names (PER, ORG, LOC, MISC): an averaged-perceptron sequence model for
//! English, rules over capitalisation, cue words and dictionaries for Vietnamese, and
//! document-level label consistency for both.

mod boundaries;
mod consistency;
mod dateline;
mod english;
pub mod features;
pub mod model;
mod runs;
pub mod train;
mod vi;

use std::sync::LazyLock;

use features::{token_infos, DocContext};
use model::{tag_label, Tagger, WordScores};

use super::tokenize::{Sentence, Token};
use super::{Label, NameMention};
use crate::text::Lang;

static EN_MODEL: LazyLock<Tagger> = LazyLock::new(|| {
    Tagger::from_bytes(include_bytes!("../../../data/model/en.bin")).unwrap_or_else(|e| {
        tracing::error!("the shipped English model is unusable: {e}");
        Tagger::default()
    })
});

/// The English model (loaded on first use).
pub fn english_model() -> &'static Tagger {
    &EN_MODEL
}

fn label_of(idx: usize) -> Label {
    match idx {
        1 => Label::Per,
        2 => Label::Org,
        3 => Label::Loc,
        _ => Label::Misc,
    }
}

/// Find the names of one document.
pub fn recognize(
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
    lang: Lang,
) -> Vec<NameMention> {
    let mut out = match lang {
        Lang::En => {
            let mut names = tag_with_model(english_model(), text, tokens, sentences);
            english::repair(text, tokens, &mut names);
            boundaries::repair(text, tokens, &mut names);
            runs::repair(text, tokens, &mut names);
            english::people_beside_kin(text, tokens, &mut names);
            english::regnal_numbers(text, tokens, &mut names);
            english::acronyms_after_long_forms(text, tokens, &mut names);
            english::places_storms_and_particles(text, tokens, &mut names);
            english::bodies_named_for_places(text, tokens, &mut names);
            english::acronyms_beside_bodies(text, tokens, &mut names);
            names
        }
        Lang::Vi => vi::recognize(text, tokens, sentences),
    };
    consistency::propagate(text, tokens, sentences, lang, &mut out);
    if lang == Lang::En {
        dateline::label_datelines(text, tokens, &mut out);
        consistency::people_by_surname(text, tokens, &mut out);
        english::first_words_joined_to_names(text, tokens, sentences, &mut out);
        english::people_joined_by_hyphen(text, tokens, &mut out);
        english::firms_by_legal_form(text, tokens, &mut out);
        english::events_and_laws(text, tokens, &mut out);
        english::fixture_venues(text, tokens, &mut out);
        english::portfolios_before_titles(text, tokens, &mut out);
    }
    out
}

/// Tag every sentence with `model` and turn BIO tags into spans.
pub fn tag_with_model(
    model: &Tagger,
    text: &str,
    tokens: &[Token],
    sentences: &[Sentence],
) -> Vec<NameMention> {
    let ctx = DocContext::new(text, tokens);
    let mut infos = Vec::new();
    let mut memo = WordScores::default();
    let mut out = Vec::new();
    for s in sentences {
        let toks = &tokens[s.first..s.end];
        token_infos(text, tokens, s.first..s.end, &ctx, &mut infos);
        let tags = model.tag(&infos, &mut memo);
        let mut i = 0;
        while i < tags.len() {
            let (tag, margin) = tags[i];
            if tag == 0 {
                i += 1;
                continue;
            }
            let lab = tag_label(tag);
            let mut j = i + 1;
            let mut min_margin = margin;
            while j < tags.len() && tags[j].0 == lab * 2 {
                min_margin = min_margin.min(tags[j].1);
                j += 1;
            }
            let (start, end) = (toks[i].start, toks[j - 1].end);
            // never start or end a name on punctuation
            let (mut a, mut b) = (i, j);
            while a < b && !toks[a].text(text).chars().any(char::is_alphanumeric) {
                a += 1;
            }
            while b > a && !toks[b - 1].text(text).chars().any(char::is_alphanumeric) {
                b -= 1;
            }
            if a < b {
                let _ = (start, end);
                out.push(NameMention {
                    start: toks[a].start,
                    end: toks[b - 1].end,
                    label: label_of(lab),
                    score: 1.0 / (1.0 + (-min_margin).exp()),
                });
            }
            i = j;
        }
    }
    out
}

/// Helpers of the recognisers' unit tests.
#[cfg(test)]
mod test_support {
    use super::{Label, NameMention};

    /// The mention of `surface`, found at byte `byte` of `text`.
    pub fn mention(text: &str, byte: usize, surface: &str, label: Label) -> NameMention {
        let start = text[..byte].chars().count();
        NameMention {
            start,
            end: start + surface.chars().count(),
            label,
            score: 0.9,
        }
    }
}
