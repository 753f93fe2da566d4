//! `variant` and `segmentation` findings: spellings an editor should fix.

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use super::findings::{Finding, FindingCode, Related, Severity};
use super::index::{Corpus, DocId};
use super::link::{name_key, place_name, translit_key, Deletions};
use crate::analysis::{dictionaries, Label};
use crate::text::{fold, typo_distance, Lang};

/// Whether two Vietnamese names differ in one syllable that is a real syllable on both sides
/// (`Khoa_Nội`, `Khoa_Hồi`): two names, not a typing error, which mostly makes a syllable the
/// language does not have (`Nguyễm`).
fn other_vietnamese_syllable(a: &str, b: &str) -> bool {
    let vietnamese = |s: &str| s.contains('_') || !s.is_ascii();
    if !(vietnamese(a) || vietnamese(b)) {
        return false;
    }
    let sa: Vec<&str> = a.split([' ', '_']).filter(|w| !w.is_empty()).collect();
    let sb: Vec<&str> = b.split([' ', '_']).filter(|w| !w.is_empty()).collect();
    if sa.len() != sb.len() {
        return false;
    }
    // syllables that differ but in their diacritics are one spelling (`Vụ`, `Vũ`)
    let mut differing = sa.iter().zip(&sb).filter(|(x, y)| fold(x) != fold(y));
    match (differing.next(), differing.next()) {
        (Some((x, y)), None) => dictionaries::is_vi_syllable(x) && dictionaries::is_vi_syllable(y),
        _ => false,
    }
}

/// The key with every run of one letter written once (`mosccow` → `moscow`).
fn without_doubles(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Is `a` a typing error for `b`? One edit (a swap counts as one; two in long names), never on
/// the first letter, and not a different ending (`Armenian`/`Armenia`, `Mexicans`/`Mexican`
/// are words of their own; `Chicag`/`Chicago` is a typo). Transliteration variants
/// (`Akayev`/`Akaev`) are not typos, except a doubled letter written where the same language
/// writes it once (`same_lang`).
fn is_typo_pair(a: &str, b: &str, same_lang: bool) -> bool {
    let (ka, kb) = (name_key(a), name_key(b));
    if ka == kb {
        return false;
    }
    // numbers name different things (`quận 10`, `quận 12`); spacing is no typo (`TP.HCM`,
    // `TP. HCM`)
    let digits = |k: &str| k.chars().filter(char::is_ascii_digit).collect::<String>();
    let unspaced = |k: &str| k.chars().filter(|c| *c != ' ').collect::<String>();
    if digits(&ka) != digits(&kb) || unspaced(&ka) == unspaced(&kb) {
        return false;
    }
    if other_vietnamese_syllable(a, b) {
        return false;
    }
    if translit_key(&ka) == translit_key(&kb) {
        return same_lang
            && ka.chars().count() >= 5
            && without_doubles(&ka) == without_doubles(&kb);
    }
    let ca: Vec<char> = ka.chars().collect();
    let cb: Vec<char> = kb.chars().collect();
    let n = ca.len().min(cb.len());
    if n < 4 || ca.len().max(cb.len()) < 5 || ca[0] != cb[0] {
        return false;
    }
    // endings that make other words: plurals and demonyms (`Mexicans`, `Armenian`,
    // `Azerbaijani`, `Texan`/`Texas`, `Germany`/`German`)
    let ending = |c: char| matches!(c, 's' | 'n' | 'i' | 'y');
    let (short, long) = if ca.len() < cb.len() {
        (&ca, &cb)
    } else {
        (&cb, &ca)
    };
    if long.len() == short.len() + 1
        && long.starts_with(short)
        && ending(long[n])
        && long[n] != long[n - 1]
    {
        return false;
    }
    if ca.len() == cb.len() && ca[..n - 1] == cb[..n - 1] && ending(ca[n - 1]) && ending(cb[n - 1])
    {
        return false;
    }
    match typo_distance(&ca, &cb) {
        1 => true,
        2 => n >= 9,
        _ => false,
    }
}

/// `good` written in the letter case of `like` (`CHICAGO` like `Chocago` → `Chicago`).
fn in_case_of(good: &str, like: &str) -> String {
    let good = &capitalised_as(good, like);
    let letters = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count();
    let upper = |s: &str| s.chars().filter(|c| c.is_uppercase()).count();
    if letters(like) > 1 && upper(like) == letters(like) {
        return good.to_uppercase();
    }
    if letters(good) > 1 && upper(good) == letters(good) && upper(like) < letters(like) {
        let mut out = String::with_capacity(good.len());
        let mut start = true;
        for c in good.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            start = !c.is_alphanumeric();
        }
        return out;
    }
    good.to_string()
}

/// The words of a surface (split at spaces and `_`).
fn words(s: &str) -> Vec<&str> {
    s.split([' ', '_']).filter(|w| !w.is_empty()).collect()
}

/// The corrected spelling of `bad`, word by word against `good`: a word that is a typo of a
/// word of `good` is replaced by it (in the letter case of the word it replaces);
/// transliteration variants and the separator are kept (`Krmanbek_Bakiyev` against
/// `Kurmanbek Bakiev` → `Kurmanbek_Bakiyev`).
fn correct(bad: &str, good: &str, same_lang: bool) -> Option<String> {
    let gw = words(good);
    let mut changed = false;
    let mut out = String::with_capacity(bad.len() + 4);
    // word by word, the separators as written (`Bệnh_viện Bệnh Nhệt_đới`)
    let mut rest = bad;
    while !rest.is_empty() {
        let end = rest.find([' ', '_']).unwrap_or(rest.len());
        let (w, tail) = rest.split_at(end);
        if !w.is_empty() {
            let kw = name_key(w);
            let tw = translit_key(&kw);
            if gw.iter().any(|g| name_key(g) == kw)
                || (!same_lang && gw.iter().any(|g| translit_key(&name_key(g)) == tw))
            {
                out.push_str(w);
            } else if let Some(g) = gw.iter().find(|g| is_typo_pair(w, g, same_lang)) {
                out.push_str(&in_case_of(g, w));
                changed = true;
            } else {
                out.push_str(w);
            }
        }
        let mut seps = tail.chars();
        if let Some(c) = seps.next() {
            out.push(c);
        }
        rest = seps.as_str();
    }
    changed.then_some(out)
}

/// The language of a document as a bit, to keep sets of languages in a byte.
fn lang_bit(corpus: &Corpus, doc: DocId) -> u8 {
    match corpus.doc(doc).map(|d| d.lang) {
        Some(Lang::Vi) => 2,
        _ => 1,
    }
}

/// A suggested spelling, the message, and where the better spelling is.
type VariantFix = (String, String, Option<(DocId, usize, usize)>);

/// Variant findings per document: (index of the mention they are about, if any; finding).
pub(super) fn variant_findings(corpus: &Corpus) -> HashMap<DocId, Vec<(Option<usize>, Finding)>> {
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
            let n = e.spellings.len();
            let spelling = |i: usize| e.spellings[i].0.as_str();
            let count = |i: usize| e.spellings[i].1;
            // which rule can fire on each spelling: a typo (a rare spelling), a hyphen or space
            // variant of another spelling, a stray hyphen in a known name
            let edge = |x: &str| x.starts_with('-') || x.ends_with('-');
            let folded: Vec<String> = (0..n).map(|i| fold(spelling(i))).collect();
            let joined: Vec<String> = folded
                .iter()
                .map(|f| f.replace(['-', ' ', '_'], ""))
                .collect();
            let rare = |i: usize| count(i) <= 2;
            let spaced: Vec<bool> = (0..n)
                .map(|i| {
                    !edge(spelling(i))
                        && (0..n).any(|j| {
                            j != i
                                && !edge(spelling(j))
                                && joined[j] == joined[i]
                                && folded[j] != folded[i]
                        })
                })
                .collect();
            let candidate = |i: usize| rare(i) || spaced[i] || spelling(i).contains('-');
            if !(0..n).any(candidate) {
                return local;
            }
            // languages of each spelling, where it first occurs, and (for spacing variants) the
            // spellings of each article: (spelling, count, first start, first end) in order
            let mut langs: Vec<u8> = vec![0; n];
            let mut first_at: Vec<Option<(DocId, usize, usize)>> = vec![None; n];
            let mut per_doc: HashMap<DocId, Vec<(usize, usize, usize, usize)>> = HashMap::default();
            let any_spaced = spaced.iter().any(|&x| x);
            for (r, &i) in e.mentions.iter().zip(&e.mention_spellings) {
                let i = i as usize;
                langs[i] |= lang_bit(corpus, r.doc);
                first_at[i].get_or_insert((r.doc, r.start, r.end));
                if any_spaced {
                    let v = per_doc.entry(r.doc).or_default();
                    match v.iter_mut().find(|x| x.0 == i) {
                        Some(x) => x.1 += 1,
                        None => v.push((i, 1, r.start, r.end)),
                    }
                }
            }
            // decisions depend on the spelling (and the article), not on the mention: cache them
            let mut typo_of: HashMap<(usize, u8), Option<(String, usize)>> = HashMap::default();
            type Better = Option<(usize, usize, usize)>;
            let mut spaced_of: HashMap<(DocId, usize), Better> = HashMap::default();
            for (r, &i) in e.mentions.iter().zip(&e.mention_spellings) {
                let i = i as usize;
                if !candidate(i) {
                    continue;
                }
                let doc = corpus.doc(r.doc).expect("present");
                let m = &doc.mentions[r.index];
                if m.annotated {
                    continue;
                }
                let s = spelling(i);
                // the spelling is the mention without a place's head noun (`quận Bình_Thạnh`):
                // the finding covers that part
                let start = if doc.text_of(m).ends_with(s) {
                    r.end - s.chars().count()
                } else {
                    r.start
                };
                let mut found: Option<VariantFix> = None;
                // a typo of a better attested spelling of the same entity
                let lang = lang_bit(corpus, r.doc);
                if rare(i) {
                    let typo = typo_of.entry((i, lang)).or_insert_with(|| {
                        let cs = count(i);
                        // the corrections come from the best attested spellings (most frequent first)
                        e.spellings
                            .iter()
                            .enumerate()
                            .take(24)
                            .filter(|(j, (_, ct))| *ct >= 2 * cs.max(1) && *ct >= 2 && *j != i)
                            .filter_map(|(j, (t, ct))| {
                                let same_lang = langs[j] & lang != 0;
                                correct(s, t, same_lang).map(|fix| (j, *ct, fix))
                            })
                            .max_by_key(|(j, ct, _)| (*ct, spelling(*j).len()))
                            .map(|(j, _, fix)| (fix, j))
                    });
                    if let Some((fix, j)) = typo {
                        found = Some((
                            fix.clone(),
                            misspelling(s, spelling(*j), count(*j)),
                            first_at[*j],
                        ));
                    }
                }
                // a spelling that differs only by hyphens/spaces from the form the same article
                // uses more (`Jalalabad` / `Jalal-Abad`); a stray edge hyphen or acronym dots are
                // not spellings
                if found.is_none() && spaced[i] {
                    let here = &per_doc[&r.doc];
                    let better = *spaced_of.entry((r.doc, i)).or_insert_with(|| {
                        if here.len() < 2 {
                            return None;
                        }
                        let mine = here.iter().find(|x| x.0 == i).map_or(0, |x| x.1);
                        here.iter()
                            .filter(|x| {
                                let j = x.0;
                                j != i
                                    && x.1 > mine
                                    && !edge(spelling(j))
                                    && joined[j] == joined[i]
                                    && folded[j] != folded[i]
                            })
                            .max_by_key(|x| x.1)
                            .map(|x| (x.0, x.2, x.3))
                    });
                    if let Some((j, a, b)) = better {
                        let t = spelling(j);
                        found = Some((
                            t.to_string(),
                            format!("`{s}` is written `{t}` elsewhere in this article"),
                            Some((r.doc, a, b)),
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
                            start,
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
    let t0 = std::time::Instant::now();
    let mut out: HashMap<DocId, Vec<(Option<usize>, Finding)>> = HashMap::default();
    for (d, i, f) in found.into_iter().flatten() {
        out.entry(d).or_default().push((Some(i), f));
    }
    let mut stray = stray_typos(corpus);
    for (d, i, f) in syllable_typos(corpus) {
        let covered = stray
            .iter()
            .any(|(d2, _, g)| *d2 == d && g.start < f.end && f.start < g.end);
        if !covered {
            stray.push((d, i, f));
        }
    }
    tracing::debug!("stray typos {:.3} s", t0.elapsed().as_secs_f64());
    for (d, i, f) in stray {
        let v = out.entry(d).or_default();
        if i.is_none() || !v.iter().any(|(j, _)| *j == i) {
            v.push((i, f));
        }
    }
    out
}

/// A spelling the corpus attests often enough to correct others by it.
struct Attested<'a> {
    spelling: &'a str,
    count: usize,
    langs: u8,
}

/// Names attested at least `MIN_ATTESTED` times in the corpus (in any letter case), found
/// by deletion keys.
struct AttestedSpellings<'a> {
    spellings: Vec<Attested<'a>>,
    /// Hashes of each attested key and of its one-letter deletions (no strings built; a
    /// collision only adds a candidate that `is_typo_pair` then rejects).
    by_deletion: HashMap<u64, Vec<u32>>,
    /// Corpus-wide number of mentions per name key.
    counts: HashMap<String, usize>,
}

impl<'a> AttestedSpellings<'a> {
    const MIN_ATTESTED: usize = 2;

    fn new(corpus: &'a Corpus) -> Self {
        // per name key: mentions, languages, and its most frequent spelling
        let mut by_key: HashMap<String, (usize, u8, &'a str, usize)> = HashMap::default();
        for e in corpus.entities() {
            let langs = e
                .mentions
                .iter()
                .map(|r| lang_bit(corpus, r.doc))
                .fold(0, |a, b| a | b);
            for (t, ct) in &e.spellings {
                let c = by_key.entry(name_key(t)).or_insert((0, 0, t.as_str(), 0));
                c.0 += ct;
                c.1 |= langs;
                if (*ct, t.as_str()) > (c.3, c.2) {
                    c.2 = t.as_str();
                    c.3 = *ct;
                }
            }
        }
        let mut spellings: Vec<Attested> = Vec::new();
        let mut by_deletion: HashMap<u64, Vec<u32>> = HashMap::default();
        let mut deletions = Deletions::default();
        let mut keys: Vec<&String> = by_key.keys().collect();
        keys.sort_unstable();
        for key in keys {
            let (count, langs, spelling, _) = by_key[key];
            if count < Self::MIN_ATTESTED || key.chars().count() < 5 {
                continue;
            }
            let i = spellings.len() as u32;
            spellings.push(Attested {
                spelling,
                count,
                langs,
            });
            deletions.for_each(key, |_, _, h| by_deletion.entry(h).or_default().push(i));
        }
        let counts = by_key.into_iter().map(|(k, c)| (k, c.0)).collect();
        AttestedSpellings {
            spellings,
            by_deletion,
            counts,
        }
    }

    /// How many mentions the corpus writes with this name key.
    fn count(&self, key: &str) -> usize {
        self.counts.get(key).copied().unwrap_or(0)
    }

    /// The best attested spelling `s` (name key `key`, written in a document of language
    /// `lang`) is a typo of, with the corrected form of `s`: one attested more often than `s`.
    fn correction(
        &self,
        s: &str,
        key: &str,
        lang: u8,
        deletions: &mut Deletions,
    ) -> Option<(&Attested<'a>, String)> {
        if key.chars().count() < 4 {
            return None;
        }
        let own = self.count(key);
        let mut seen: Vec<u32> = Vec::new();
        deletions.for_each(key, |_, _, h| {
            if let Some(v) = self.by_deletion.get(&h) {
                seen.extend(v);
            }
        });
        if seen.is_empty() {
            return None;
        }
        seen.sort_unstable();
        seen.dedup();
        let a = seen
            .iter()
            .map(|&i| &self.spellings[i as usize])
            .filter(|a| a.count > own && is_typo_pair(s, a.spelling, a.langs & lang != 0))
            .max_by_key(|a| (a.count, a.spelling.len()))?;
        let fix = correct(s, a.spelling, a.langs & lang != 0)
            .unwrap_or_else(|| in_case_of(a.spelling, s));
        (fix != s).then_some((a, fix))
    }
}

/// The message of a typo finding.
fn misspelling(bad: &str, good: &str, mentions: usize) -> String {
    format!("`{bad}` looks like a misspelling of `{good}` ({mentions} mentions in the corpus)")
}

fn stray_finding(start: usize, end: usize, s: &str, a: &Attested, fix: String) -> Finding {
    Finding {
        code: FindingCode::Variant,
        severity: Severity::Warning,
        start,
        end,
        message: misspelling(s, a.spelling, a.count),
        suggestion: Some(fix),
        related: Vec::new(),
    }
}

/// Typos the linker could not attach to their entity: a rare name (at most two mentions
/// written so in the corpus), or a capitalised word the recogniser passed over, one typing
/// error away from a spelling attested at least three times (`Cllinton` read as a person of
/// its own beside `Clinton`, `Washingtoon` not read as a name at all). They are flagged, not
/// linked: a rare name close to a frequent one may still be another name.
fn stray_typos(corpus: &Corpus) -> Vec<(DocId, Option<usize>, Finding)> {
    let attested = AttestedSpellings::new(corpus);
    if attested.spellings.is_empty() {
        return Vec::new();
    }
    // a name the dictionaries know is a name of its own (`Bolton` beside `Boston`)
    // (and a Vietnamese common word, capitalised opening a sentence: `Động_thái`)
    let known = |s: &str| {
        dictionaries::known_label(s).is_some()
            || dictionaries::places().lookup(s).is_some()
            || dictionaries::demonym(s).is_some()
            || s.contains('_') && dictionaries::is_vi_common(s)
    };
    let docs: Vec<(DocId, &super::index::Doc)> = corpus.docs().collect();
    let found: Vec<(DocId, Option<usize>, Finding)> = docs
        .par_iter()
        .flat_map_iter(|&(id, doc)| {
            let lang = lang_bit(corpus, id);
            let mut local = Vec::new();
            let mut deletions = Deletions::default();
            for (mi, m) in doc.mentions.iter().enumerate() {
                if m.annotated || m.label == Label::Date {
                    continue;
                }
                let s = place_name(doc.text_of(m), m.predicted_label);
                let key = name_key(s);
                if attested.count(&key) > 2 {
                    continue;
                }
                let found = attested.correction(s, &key, lang, &mut deletions);
                if let Some((a, fix)) = found.filter(|_| !known(s)) {
                    let start = m.end - s.chars().count();
                    local.push((id, Some(mi), stray_finding(start, m.end, s, a, fix)));
                }
            }
            // capitalised words outside every mention
            let mut next_mention = 0;
            for t in &doc.analysis.tokens {
                while next_mention < doc.mentions.len() && doc.mentions[next_mention].end <= t.start
                {
                    next_mention += 1;
                }
                if doc
                    .mentions
                    .get(next_mention)
                    .is_some_and(|m| m.start < t.end)
                {
                    continue;
                }
                let w = t.text(&doc.text);
                if !w.chars().next().is_some_and(char::is_uppercase)
                    || !w.chars().all(|c| c.is_alphabetic() || c == '_')
                {
                    continue;
                }
                let key = name_key(w);
                if attested.count(&key) > 0 {
                    continue;
                }
                let found = attested.correction(w, &key, lang, &mut deletions);
                if let Some((a, fix)) = found.filter(|_| !known(w)) {
                    local.push((id, None, stray_finding(t.start, t.end, w, a, fix)));
                }
            }
            local
        })
        .collect();
    // a word the corpus also writes in lower case is a common word (`Sales` beside `Seles`)
    let candidates: rustc_hash::FxHashSet<String> = found
        .iter()
        .filter_map(|(d, _, f)| {
            let w = corpus.doc(*d)?.slice(f.start, f.end);
            (!w.contains([' ', '_'])).then(|| w.to_lowercase())
        })
        .collect();
    if candidates.is_empty() {
        return found;
    }
    let common: rustc_hash::FxHashSet<&str> = docs
        .par_iter()
        .flat_map_iter(|&(_, doc)| {
            doc.analysis.tokens.iter().filter_map(|t| {
                let w = t.text(&doc.text);
                let lower = w.chars().next().is_some_and(char::is_lowercase);
                (lower && candidates.contains(w)).then_some(w)
            })
        })
        .collect();
    found
        .into_iter()
        .filter(|(d, _, f)| {
            corpus.doc(*d).is_some_and(|doc| {
                !common.contains(doc.slice(f.start, f.end).to_lowercase().as_str())
            })
        })
        .collect()
}

/// The Vietnamese syllables by the hashes of their deletions (see [`Deletions`]).
static SYLLABLE_DELETIONS: std::sync::LazyLock<HashMap<u64, Vec<u32>>> =
    std::sync::LazyLock::new(|| {
        let mut m: HashMap<u64, Vec<u32>> = HashMap::default();
        let mut deletions = Deletions::default();
        for (i, s) in dictionaries::vi_syllables().iter().enumerate() {
            deletions.for_each(s, |_, _, h| m.entry(h).or_default().push(i as u32));
        }
        m
    });

/// Vietnamese words with a syllable the language does not have, one typing error (never on
/// the first letter) away from one it has, where the word so corrected is written elsewhere
/// in the corpus or is a word of the lexicon (`nhiiệt_đới` → `nhiệt_đới`, `Trungg_ương` →
/// `Trung_ương`). Foreign names (`Bangkok`) have no such neighbour and stay quiet.
fn syllable_typos(corpus: &Corpus) -> Vec<(DocId, Option<usize>, Finding)> {
    let docs: Vec<(DocId, &super::index::Doc)> =
        corpus.docs().filter(|(_, d)| d.lang == Lang::Vi).collect();
    if docs.is_empty() {
        return Vec::new();
    }
    let counts = word_counts(&docs);
    let syllables = dictionaries::vi_syllables();
    docs.par_iter()
        .flat_map_iter(|&(id, doc)| {
            let mut local = Vec::new();
            let mut deletions = Deletions::default();
            for t in &doc.analysis.tokens {
                let w = t.text(&doc.text);
                if !w.chars().next().is_some_and(char::is_alphabetic)
                    || !w.chars().all(|c| c.is_alphabetic() || c == '_')
                {
                    continue;
                }
                let own = counts.get(&w.to_lowercase()).copied().unwrap_or(0);
                if own > 3 {
                    continue;
                }
                // a word of syllables joined by `_`: one syllable alone may be a given name
                // the lexicon lacks (`Khuê`)
                if !w.contains('_') {
                    continue;
                }
                let parts: Vec<&str> = w.split('_').collect();
                let bad: Vec<usize> = (0..parts.len())
                    .filter(|&k| {
                        parts[k].chars().count() >= 3 && !dictionaries::is_vi_syllable(parts[k])
                    })
                    .collect();
                // one syllable wrong, beside Vietnamese ones: no foreign name
                // (`Abhisit_Vejjajiva`)
                let [k] = bad[..] else { continue };
                let lower = parts[k].to_lowercase();
                let chars: Vec<char> = lower.chars().collect();
                if chars.len() > 8 {
                    continue;
                }
                let mut seen: Vec<u32> = Vec::new();
                deletions.for_each(&lower, |_, _, h| {
                    if let Some(v) = SYLLABLE_DELETIONS.get(&h) {
                        seen.extend(v);
                    }
                });
                seen.sort_unstable();
                seen.dedup();
                let best = seen
                    .iter()
                    .map(|&i| syllables[i as usize].as_str())
                    .filter(|y| {
                        let yc: Vec<char> = y.chars().collect();
                        yc[0] == chars[0] && typo_distance(&chars, &yc) == 1
                    })
                    .filter_map(|y| {
                        let fixed_part = capitalised_as(y, parts[k]);
                        let mut fixed: Vec<&str> = parts.clone();
                        fixed[k] = &fixed_part;
                        let fixed = fixed.join("_");
                        let n = counts.get(&fixed.to_lowercase()).copied().unwrap_or(0);
                        let word = parts.len() > 1 && dictionaries::is_vi_common(&fixed);
                        (n >= 2 * own || word).then_some((n, word, fixed))
                    })
                    .max_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)).then(b.2.cmp(&a.2)));
                if let Some((n, _, fixed)) = best {
                    let message = if n >= 2 {
                        format!(
                            "`{w}` looks like a misspelling of `{fixed}` ({n} times in the corpus)"
                        )
                    } else {
                        format!("`{w}` looks like a misspelling of the word `{fixed}`")
                    };
                    local.push((
                        id,
                        None,
                        Finding {
                            code: FindingCode::Variant,
                            severity: Severity::Warning,
                            start: t.start,
                            end: t.end,
                            message,
                            suggestion: Some(fixed),
                            related: Vec::new(),
                        },
                    ));
                }
            }
            local
        })
        .collect()
}

/// How often the documents write each word (lower case).
fn word_counts(docs: &[(DocId, &super::index::Doc)]) -> HashMap<String, usize> {
    docs.par_iter()
        .fold(
            HashMap::default,
            |mut m: HashMap<String, usize>, (_, doc)| {
                for t in &doc.analysis.tokens {
                    let w = t.text(&doc.text);
                    if w.chars().next().is_some_and(char::is_alphabetic) {
                        *m.entry(w.to_lowercase()).or_default() += 1;
                    }
                }
                m
            },
        )
        .reduce(HashMap::default, |mut a, b| {
            for (k, v) in b {
                *a.entry(k).or_default() += v;
            }
            a
        })
}

/// `good` with a capital first letter when `like` has one (`nhiệt` like `Nhệt` → `Nhiệt`).
fn capitalised_as(good: &str, like: &str) -> String {
    if like.chars().next().is_some_and(char::is_uppercase) {
        let mut c = good.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        good.to_string()
    }
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
    let docs: Vec<(DocId, &super::index::Doc)> =
        corpus.docs().filter(|(_, d)| d.lang == Lang::Vi).collect();
    // a word the corpus writes more than once is how its segmenter writes it (`khám_chữa`,
    // `nam_sinh`: words the lexicon lacks), not a slip
    let counts = word_counts(&docs);
    let word = |w: &str| dictionaries::is_vi_common(w);
    let mut out: HashMap<DocId, Vec<Finding>> = HashMap::default();
    for &(id, doc) in &docs {
        let toks = &doc.analysis.tokens;
        for (ti, t) in toks.iter().enumerate() {
            let w = t.text(&doc.text);
            if !w.contains('_')
                || word(w)
                || counts.get(&w.to_lowercase()).copied().unwrap_or(0) > 1
            {
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
            // a syllable joined to the wrong neighbour: `A_B C` where `B_C` is a word and `A_B`
            // is not (words compared with their diacritics: `nội cung` is no `Nội_cũng`); a
            // name capitalised throughout is no slip (`Hà_Nội cũng`)
            if w.split('_')
                .all(|s| s.chars().next().is_some_and(char::is_uppercase))
            {
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
                let left_ok = j == 1 || word(&left);
                if left_ok && word(&right) {
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
    fn corrections_keep_the_separators_and_the_capital() {
        assert_eq!(
            correct("Bệnh_viện Bệnh Nhệt_đới", "Bệnh_viện Bệnh nhiệt_đới", true).as_deref(),
            Some("Bệnh_viện Bệnh Nhiệt_đới")
        );
        // numbers, spacing and another real syllable are no typing errors
        assert!(!is_typo_pair("quận 10", "quận 12", true));
        assert!(!is_typo_pair("TP.HCM", "TP. HCM", true));
        assert!(!is_typo_pair("Khoa_Nội", "Khoa_Hồi", true));
        assert!(!is_typo_pair("Hà_Lam", "Hà_Nam", true));
        assert!(is_typo_pair("Nguyễm_Văn_An", "Nguyễn_Văn_An", true));
    }

    #[test]
    fn corrects_word_by_word() {
        assert_eq!(
            correct("Krmanbek_Bakiyev", "Kurmanbek Bakiev", false).as_deref(),
            Some("Kurmanbek_Bakiyev")
        );
        assert_eq!(
            correct("Bishkev", "Bishkek", true).as_deref(),
            Some("Bishkek")
        );
        assert_eq!(correct("Akayev", "Askar Akaev", false), None);
        assert_eq!(correct("Bakiev", "Kurmanbek Bakiev", true), None);
        // typing errors: a swap is one edit, a doubled letter in the same language is a typo
        assert_eq!(correct("Chian", "China", true).as_deref(), Some("China"));
        assert_eq!(
            correct("Mosccow", "Moscow", true).as_deref(),
            Some("Moscow")
        );
        assert_eq!(correct("Mosccow", "Moscow", false), None);
        assert_eq!(
            correct("Chocago", "CHICAGO", true).as_deref(),
            Some("Chicago")
        );
        assert_eq!(correct("LODON", "London", true).as_deref(), Some("LONDON"));
    }

    #[test]
    fn endings_and_first_letters_are_not_typos() {
        assert!(!is_typo_pair("Armenian", "Armenia", true));
        assert!(!is_typo_pair("Mexicans", "Mexican", true));
        assert!(!is_typo_pair("Kamil", "Jamil", true));
        assert!(is_typo_pair("MOSCOWW", "Moscow", true));
        assert!(is_typo_pair("Reutesr", "Reuters", true));
    }
}
