//! `variant` and `segmentation` findings: spellings an editor should fix.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::findings::{Finding, FindingCode, Related, Severity};
use super::index::{Corpus, DocId};
use super::link::{name_key, translit_key};
use crate::analysis::{dictionaries, Label};
use crate::text::{fold, Lang};

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

fn is_typo_pair(a: &str, b: &str) -> bool {
    let (ka, kb) = (name_key(a), name_key(b));
    if ka == kb || translit_key(&ka) == translit_key(&kb) {
        return false;
    }
    let n = ka.chars().count().min(kb.chars().count());
    let d = edit_distance(&ka, &kb);
    n >= 5 && (d == 1 || (d == 2 && n >= 9))
}

/// Split a surface into words, remembering the separator used (`_` or space).
fn words(s: &str) -> (Vec<&str>, char) {
    let sep = if s.contains('_') { '_' } else { ' ' };
    (s.split([' ', '_']).filter(|w| !w.is_empty()).collect(), sep)
}

/// The corrected spelling of `bad`, word by word against `good`: a word that is a typo of a
/// word of `good` is replaced by it; transliteration variants and the separator are kept
/// (`Krmanbek_Bakiyev` against `Kurmanbek Bakiev` → `Kurmanbek_Bakiyev`).
fn correct(bad: &str, good: &str) -> Option<String> {
    let (bw, sep) = words(bad);
    let (gw, _) = words(good);
    let mut changed = false;
    let mut out: Vec<String> = Vec::new();
    for w in &bw {
        let kw = translit_key(&name_key(w));
        if gw.iter().any(|g| translit_key(&name_key(g)) == kw) {
            out.push((*w).to_string());
        } else if let Some(g) = gw.iter().find(|g| is_typo_pair(w, g)) {
            out.push((*g).to_string());
            changed = true;
        } else {
            out.push((*w).to_string());
        }
    }
    changed.then(|| out.join(&sep.to_string()))
}

/// A suggested spelling, the message, and where the better spelling is.
type VariantFix = (String, String, Option<(DocId, usize, usize)>);

/// Variant findings per document: (mention index, finding).
pub(super) fn variant_findings(corpus: &Corpus) -> HashMap<DocId, Vec<(usize, Finding)>> {
    let names = dictionaries::known_names();
    // entities are independent: look at them in parallel
    let found: Vec<Vec<(DocId, usize, Finding)>> = corpus
        .entities()
        .par_iter()
        .map(|e| {
            let mut local: Vec<(DocId, usize, Finding)> = Vec::new();
            // a single spelling without a hyphen has nothing to compare with
            if e.spellings.len() == 1 && !e.spellings[0].0.contains('-') {
                return local;
            }
            // the text of every mention, its counts per document, where each spelling first occurs
            let texts: Vec<String> = e
                .mentions
                .iter()
                .map(|r| corpus.doc(r.doc).expect("present").slice(r.start, r.end))
                .collect();
            let mut per_doc: HashMap<DocId, Vec<(&str, usize)>> = HashMap::default();
            let mut first_at: HashMap<&str, (DocId, usize, usize)> = HashMap::default();
            let mut first_in_doc: HashMap<(DocId, &str), (usize, usize)> = HashMap::default();
            for (r, s) in e.mentions.iter().zip(&texts) {
                let v = per_doc.entry(r.doc).or_default();
                match v.iter_mut().find(|(t, _)| *t == s) {
                    Some(x) => x.1 += 1,
                    None => v.push((s, 1)),
                }
                first_at.entry(s).or_insert((r.doc, r.start, r.end));
                first_in_doc.entry((r.doc, s)).or_insert((r.start, r.end));
            }
            let counts: HashMap<&str, usize> =
                e.spellings.iter().map(|(x, n)| (x.as_str(), *n)).collect();
            let count = |s: &str| counts.get(s).copied().unwrap_or(0);
            // decisions depend on the spelling (and the article), not on the mention: cache them
            let mut typo_of: HashMap<&str, Option<(String, &str)>> = HashMap::default();
            let mut hyphen_of: HashMap<(DocId, &str), Option<&str>> = HashMap::default();
            for (r, s) in e.mentions.iter().zip(&texts) {
                let doc = corpus.doc(r.doc).expect("present");
                let m = &doc.mentions[r.index];
                if m.annotated {
                    continue;
                }
                let s = s.as_str();
                let mut found: Option<VariantFix> = None;
                // a typo of a better attested spelling of the same entity
                let typo = typo_of.entry(s).or_insert_with(|| {
                    let cs = count(s);
                    if cs > 2 {
                        return None;
                    }
                    // the corrections come from the best attested spellings (most frequent first)
                    e.spellings
                        .iter()
                        .take(24)
                        .filter(|(t, ct)| *ct >= 2 * cs.max(1) && *ct >= 2 && t != s)
                        .filter_map(|(t, ct)| correct(s, t).map(|fix| (t, ct, fix)))
                        .max_by_key(|(t, ct, _)| (**ct, t.len()))
                        .map(|(t, _, fix)| (fix, t.as_str()))
                });
                if let Some((fix, t)) = typo {
                    let at = first_at.get(t).copied();
                    found = Some((
                        fix.clone(),
                        format!(
                            "`{s}` looks like a misspelling of `{t}` ({} mentions in the corpus)",
                            count(t)
                        ),
                        at,
                    ));
                }
                // a spelling that differs only by hyphens/spaces from the form the same article uses more
                if found.is_none() {
                    let here = &per_doc[&r.doc];
                    let better = *hyphen_of.entry((r.doc, s)).or_insert_with(|| {
                        if here.len() < 2 {
                            return None;
                        }
                        let ks = name_key(s).replace(' ', "");
                        let mine = here.iter().find(|(t, _)| *t == s).map_or(0, |x| x.1);
                        here.iter()
                            .filter(|(t, c)| {
                                *t != s
                                    && *c > mine
                                    && name_key(t).replace(' ', "") == ks
                                    && fold(t) != fold(s)
                            })
                            .max_by_key(|(_, c)| *c)
                            .map(|(t, _)| *t)
                    });
                    if let Some(t) = better {
                        let at = first_in_doc.get(&(r.doc, t)).map(|&(a, b)| (r.doc, a, b));
                        found = Some((
                            t.to_string(),
                            format!("`{s}` is written `{t}` elsewhere in this article"),
                            at,
                        ));
                    }
                }
                // a name that is a known name but for a stray hyphen (`Inter-fax` → `Interfax`)
                if found.is_none() && s.contains('-') && m.label != Label::Misc {
                    let joined: String = s.split('-').collect();
                    let parts_lower = s
                        .split('-')
                        .skip(1)
                        .all(|p| p.chars().next().is_some_and(char::is_lowercase));
                    if parts_lower && names.contains(&joined) {
                        found = Some((
                            joined.clone(),
                            format!("`{s}`: the name is spelt `{joined}`"),
                            None,
                        ));
                    }
                }
                if let Some((fix, message, at)) = found {
                    if fix == s {
                        continue;
                    }
                    let related = at
                        .map(|(d, a, b)| {
                            vec![Related {
                                doc: d,
                                start: a,
                                end: b,
                                message: "the better attested spelling".to_string(),
                            }]
                        })
                        .unwrap_or_default();
                    local.push((
                        r.doc,
                        r.index,
                        Finding {
                            code: FindingCode::Variant,
                            severity: Severity::Warning,
                            start: r.start,
                            end: r.end,
                            message,
                            suggestion: Some(fix),
                            related,
                        },
                    ));
                }
            }
            local
        })
        .collect();
    let mut out: HashMap<DocId, Vec<(usize, Finding)>> = HashMap::default();
    for (d, i, f) in found.into_iter().flatten() {
        out.entry(d).or_default().push((i, f));
    }
    out
}

/// Segmentation findings per document (word-segmented Vietnamese): a `_` that joins a name to
/// a common word (`Kyrgyzstan_bỏ`), or joins a syllable to the wrong neighbour
/// (`Cựu_phó tổng_thống` → `Cựu phó_tổng_thống`).
pub(super) fn segmentation_findings(corpus: &Corpus) -> HashMap<DocId, Vec<Finding>> {
    let mut known: rustc_hash::FxHashSet<String> = Default::default();
    for e in corpus.entities() {
        for (s, _) in &e.spellings {
            known.insert(name_key(s));
        }
    }
    let gaz = dictionaries::places();
    let lex = dictionaries::vi_words();
    let mut out: HashMap<DocId, Vec<Finding>> = HashMap::default();
    for (id, doc) in corpus.docs() {
        if doc.lang != Lang::Vi {
            continue;
        }
        let toks = &doc.analysis.tokens;
        for (ti, t) in toks.iter().enumerate() {
            let w = t.text(&doc.text);
            if !w.contains('_') || dictionaries::is_vi_common(w) {
                continue;
            }
            let syl: Vec<&str> = w.split('_').collect();
            // a name joined to a lower-case word
            if let Some(k) = (1..syl.len()).rev().find(|&k| {
                let head = syl[..k].join(" ");
                syl[..k]
                    .iter()
                    .all(|s| s.chars().next().is_some_and(char::is_uppercase))
                    && syl[k].chars().next().is_some_and(char::is_lowercase)
                    && (known.contains(&name_key(&head)) || gaz.lookup_id(&head).is_some())
            }) {
                let fix = format!("{} {}", syl[..k].join("_"), syl[k..].join("_"));
                out.entry(id).or_default().push(Finding {
                    code: FindingCode::Segmentation,
                    severity: Severity::Warning,
                    start: t.start,
                    end: t.end,
                    message: format!(
                        "`{w}` joins the name `{}` to the word `{}`",
                        syl[..k].join("_"),
                        syl[k..].join("_")
                    ),
                    suggestion: Some(fix),
                    related: Vec::new(),
                });
                continue;
            }
            // a syllable joined to the wrong neighbour: `A_B C` where `B_C` is a word and `A_B` is not
            if lex.is_empty() || lex.contains(&fold(w)) {
                continue;
            }
            let Some(next) = toks
                .get(ti + 1)
                .filter(|n| !n.glued || n.start == t.end + 1)
            else {
                continue;
            };
            let nw = next.text(&doc.text);
            if !nw.chars().next().is_some_and(char::is_alphabetic)
                || doc.slice(t.end, next.start) != " "
            {
                continue;
            }
            for j in 1..syl.len() {
                let left = syl[..j].join("_");
                let right = format!("{}_{}", syl[j..].join("_"), nw);
                let left_ok = j == 1 || lex.contains(&fold(&left));
                if left_ok && lex.contains(&fold(&right)) {
                    out.entry(id).or_default().push(Finding {
                        code: FindingCode::Segmentation,
                        severity: Severity::Warning,
                        start: t.start,
                        end: next.end,
                        message: format!("`{w} {nw}` looks mis-segmented: `{}` is a word", right),
                        suggestion: Some(format!("{left} {right}")),
                        related: Vec::new(),
                    });
                    break;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corrects_word_by_word() {
        assert_eq!(
            correct("Krmanbek_Bakiyev", "Kurmanbek Bakiev").as_deref(),
            Some("Kurmanbek_Bakiyev")
        );
        assert_eq!(correct("Bishkev", "Bishkek").as_deref(), Some("Bishkek"));
        assert_eq!(correct("Akayev", "Askar Akaev"), None);
        assert_eq!(correct("Bakiev", "Kurmanbek Bakiev"), None);
    }
}
