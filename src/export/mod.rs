//! Exports of an annotated corpus: brat standoff, CoNLL (BIO per token) and JSON Lines.
//! Offsets are code points everywhere.

use crate::analysis::Label;
use crate::corpus::annotations::{write_ann, AnnKind, AnnRecord};
use crate::corpus::{Corpus, Doc};

/// The brat `.ann` of one document, as the guidelines define it: `T` lines; an
/// `N … ENTITY:<id>` on every name and `N … TIMEX3:<value>` on every date. MISC names are
/// written too (scorers ignore them unless asked).
pub fn brat(corpus: &Corpus, doc: &Doc) -> String {
    let kinds: Vec<AnnKind> = doc
        .mentions
        .iter()
        .map(|m| AnnKind::Label(m.label))
        .collect();
    let texts: Vec<String> = doc
        .mentions
        .iter()
        .map(|m| doc.slice(m.start, m.end))
        .collect();
    let records = doc.mentions.iter().enumerate().map(|(i, m)| AnnRecord {
        kind: &kinds[i],
        start: m.start,
        end: m.end,
        text: &texts[i],
        entity: m
            .entity
            .and_then(|e| corpus.entity(e))
            .map(|e| e.id.as_str()),
        value: if m.label == Label::Date {
            m.value.as_deref()
        } else {
            None
        },
    });
    write_ann(records, &[])
}

/// One JSON object per mention: `file,start,end,text,label,entity,value`.
pub fn jsonl(corpus: &Corpus, doc: &Doc, file: &str) -> String {
    let mut out = String::new();
    for m in &doc.mentions {
        let obj = serde_json::json!({
            "file": file,
            "start": m.start,
            "end": m.end,
            "text": doc.slice(m.start, m.end),
            "label": m.label.as_str(),
            "entity": m.entity.and_then(|e| corpus.entity(e)).map(|e| e.id.clone()),
            "value": m.value,
        });
        out.push_str(&obj.to_string());
        out.push('\n');
    }
    out
}

/// CoNLL: `-DOCSTART- <file>`, then one `token<TAB>tag` line per token (BIO tags over the
/// mentions' labels; a word of raw Vietnamese with its syllables joined by `_`), a blank line
/// after each sentence.
pub fn conll(doc: &Doc, file: &str) -> String {
    let mut out = format!("-DOCSTART- {file}\n\n");
    let toks = &doc.analysis.tokens;
    let mut tag: Vec<String> = vec!["O".to_string(); toks.len()];
    let mut ti = 0;
    for m in &doc.mentions {
        while ti < toks.len() && toks[ti].end <= m.start {
            ti += 1;
        }
        let mut first = true;
        let mut k = ti;
        while k < toks.len() && toks[k].start < m.end {
            if toks[k].start >= m.start && tag[k] == "O" {
                tag[k] = format!("{}-{}", if first { "B" } else { "I" }, m.label.as_str());
                first = false;
            }
            k += 1;
        }
    }
    for s in &doc.analysis.sentences {
        for k in s.first..s.end {
            // a word of raw Vietnamese holds spaces; written as a word segmenter writes it
            let word = toks[k].text(&doc.text);
            if word.contains(' ') {
                out.push_str(&word.replace(' ', "_"));
            } else {
                out.push_str(word);
            }
            out.push('\t');
            out.push_str(&tag[k]);
            out.push('\n');
        }
        out.push('\n');
    }
    out
}
