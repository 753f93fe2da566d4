//! `Corpus`: documents, their mentions and the entities they link to.

use rustc_hash::FxHashMap as HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::annotations::{parse_ann, AnnFile, AnnKind};
use super::config::{parse_corpus_tsv, DocMeta, FolderConfig};
use super::findings::{Finding, FindingCode, Severity};
use super::link::{self, link, LinkInput};
use super::variants;
use crate::analysis::{analyze, dictionaries, DocAnalysis, Label};
use crate::text::{Lang, LineIndex};

/// Index of a document in the corpus (stable while the document is in it).
pub type DocId = usize;

/// Where a document's creation date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DctSource {
    /// `--dct` or the editor's setting.
    Given,
    CorpusTsv,
    NewslsToml,
    /// A dateline or the latest full date in the text.
    Text,
    None,
}

impl DctSource {
    pub fn describe(self) -> &'static str {
        match self {
            DctSource::Given => "the date given on the command line or in the settings",
            DctSource::CorpusTsv => "the document date in corpus.tsv",
            DctSource::NewslsToml => "the document date in newsls.toml",
            DctSource::Text => "a date in the article itself",
            DctSource::None => "nothing (no document date known)",
        }
    }
}

/// One mention in a document: a name (with its entity) or a date (with its value).
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    /// `start`/`end` as byte offsets into the document's text.
    pub byte_start: usize,
    pub byte_end: usize,
    /// The label shown: the recogniser's (or the human's), or for a tentative name the label
    /// of the entity it was linked to.
    pub label: Label,
    /// The label before linking; linking always starts from it, so re-linking gives the same
    /// answer however often it runs.
    pub predicted_label: Label,
    /// Index into [`Corpus::entities`] (names only).
    pub entity: Option<usize>,
    /// TIMEX3 value (dates only).
    pub value: Option<String>,
    pub anchor: Option<NaiveDate>,
    pub ambiguous_with: Option<String>,
    /// Confirmed by a human `.ann`.
    pub annotated: bool,
    /// The entity's defining mention.
    pub declaration: bool,
    /// A finding says this spelling is a variant to fix.
    pub variant: bool,
    pub score: f32,
    /// Entity id given by a human (`ENTITY:`), if any.
    pub human_entity: Option<String>,
}

/// Where a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MentionRef {
    pub doc: DocId,
    /// Index into the document's `mentions`.
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

/// A real-world entity: every mention of it across the corpus.
#[derive(Debug, Clone)]
pub struct Entity {
    pub id: String,
    pub label: Label,
    pub canonical: String,
    /// Each spelling with its number of mentions, most frequent first.
    pub spellings: Vec<(String, usize)>,
    /// Mentions in corpus order (document, then offset).
    pub mentions: Vec<MentionRef>,
    /// For each of `mentions`, the index of its spelling in `spellings`.
    pub mention_spellings: Vec<u32>,
    /// The defining mention: the first full-form mention in corpus order.
    pub definition: MentionRef,
}

/// A document and what is known about it.
#[derive(Debug, Clone)]
pub struct Doc {
    pub path: PathBuf,
    pub text: Arc<str>,
    pub lines: LineIndex,
    pub lang: Lang,
    pub dct: Option<NaiveDate>,
    pub dct_source: DctSource,
    pub analysis: DocAnalysis,
    /// Human annotations from `NAME.ann` (empty when there is none).
    pub annotations: AnnFile,
    /// Names and dates, sorted by start.
    pub mentions: Vec<Mention>,
    pub findings: Vec<Finding>,
    /// The team sport the article reports on, if any (places then name teams).
    pub sport: Option<&'static str>,
}

impl Doc {
    /// The mention covering code-point offset `cp` (end inclusive, so a cursor just after a
    /// name still finds it).
    pub fn mention_at(&self, cp: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.end < cp);
        (i..self.mentions.len())
            .take_while(|&i| self.mentions[i].start <= cp)
            .find(|&i| self.mentions[i].end >= cp)
    }

    /// The text of one of this document's mentions (no copy, no offset conversion).
    pub fn text_of(&self, m: &Mention) -> &str {
        self.text.get(m.byte_start..m.byte_end).unwrap_or("")
    }

    pub fn slice(&self, start: usize, end: usize) -> String {
        let b0 = self.lines.byte_of(&self.text, start);
        let b1 = self.lines.byte_of(&self.text, end);
        self.text[b0..b1].to_string()
    }

    /// The code-point range of the sentence holding `cp`.
    pub fn sentence_around(&self, cp: usize) -> (usize, usize) {
        let toks = &self.analysis.tokens;
        for s in &self.analysis.sentences {
            if s.first < toks.len() && s.end > s.first {
                let (a, b) = (toks[s.first].start, toks[s.end - 1].end);
                if a <= cp && cp <= b {
                    return (a, b);
                }
            }
        }
        (cp, cp)
    }

    pub fn file_name(&self) -> String {
        self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }
}

/// Options that apply to every document.
#[derive(Debug, Clone, Default)]
pub struct CorpusOptions {
    /// A document date that overrides every other source (`--dct`).
    pub dct: Option<NaiveDate>,
}

/// A document to add: its path and text; `.ann` content if one lies beside it.
#[derive(Debug, Clone)]
pub struct DocInput {
    pub path: PathBuf,
    pub text: Arc<str>,
    pub ann: Option<String>,
}

/// All documents of a workspace, linked.
#[derive(Debug, Default)]
pub struct Corpus {
    options: CorpusOptions,
    docs: Vec<Option<Doc>>,
    by_path: HashMap<PathBuf, DocId>,
    folder_meta: HashMap<PathBuf, std::collections::HashMap<String, DocMeta>>,
    folder_config: HashMap<PathBuf, FolderConfig>,
    entities: Vec<Entity>,
    /// Re-linking is held (see [`Corpus::suspend_linking`]); a change is waiting for it.
    linking_suspended: bool,
    link_pending: bool,
}

fn folder_of(path: &Path) -> PathBuf {
    path.parent().map(Path::to_path_buf).unwrap_or_default()
}

fn stem_of(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Corpus {
    pub fn new(options: CorpusOptions) -> Self {
        Corpus {
            options,
            ..Default::default()
        }
    }

    pub fn options(&self) -> &CorpusOptions {
        &self.options
    }

    /// Change the options; every document is analysed again.
    pub fn set_options(&mut self, options: CorpusOptions) {
        self.options = options;
        self.reanalyze_where(|_| true);
    }

    /// Set the `corpus.tsv` of a folder (None: removed). Documents of the folder are re-analysed.
    pub fn set_corpus_tsv(&mut self, folder: &Path, content: Option<&str>) {
        match content {
            Some(c) => self
                .folder_meta
                .insert(folder.to_path_buf(), parse_corpus_tsv(c)),
            None => self.folder_meta.remove(folder),
        };
        self.reanalyze_where(|p| p.parent() == Some(folder));
    }

    /// Set the `newsls.toml` of a folder (None: removed). An unreadable file is an error and
    /// leaves the previous settings in place.
    pub fn set_folder_config(
        &mut self,
        folder: &Path,
        content: Option<&str>,
    ) -> Result<(), String> {
        match content {
            Some(c) => {
                let cfg = FolderConfig::parse(c)?;
                self.folder_config.insert(folder.to_path_buf(), cfg);
            }
            None => {
                self.folder_config.remove(folder);
            }
        }
        self.reanalyze_where(|p| p.starts_with(folder));
        Ok(())
    }

    /// The folder configuration that applies to `path` (the nearest `newsls.toml` above it).
    pub fn folder_config_for(&self, path: &Path) -> Option<&FolderConfig> {
        path.ancestors()
            .skip(1)
            .find_map(|a| self.folder_config.get(a))
    }

    fn meta_for(&self, path: &Path) -> (Option<Lang>, Option<NaiveDate>, DctSource) {
        let meta = self
            .folder_meta
            .get(&folder_of(path))
            .and_then(|m| m.get(&stem_of(path)));
        let cfg = self.folder_config_for(path);
        let lang = meta
            .and_then(|m| m.lang)
            .or_else(|| cfg.and_then(FolderConfig::lang));
        if let Some(d) = self.options.dct {
            return (lang, Some(d), DctSource::Given);
        }
        if let Some(d) = meta.and_then(|m| m.dct) {
            return (lang, Some(d), DctSource::CorpusTsv);
        }
        if let Some(d) = cfg.and_then(FolderConfig::dct) {
            return (lang, Some(d), DctSource::NewslsToml);
        }
        (lang, None, DctSource::None)
    }

    fn build_doc(&self, input: DocInput) -> Doc {
        let (lang, dct, mut source) = self.meta_for(&input.path);
        let analysis = analyze(&input.text, lang, dct);
        if source == DctSource::None && analysis.dct.is_some() {
            source = DctSource::Text;
        }
        let annotations = input.ann.as_deref().map(parse_ann).unwrap_or_default();
        let lines = LineIndex::new(&input.text);
        let mut doc = Doc {
            path: input.path,
            lang: analysis.lang,
            dct: analysis.dct,
            dct_source: source,
            text: input.text,
            lines,
            analysis,
            annotations,
            mentions: Vec::new(),
            findings: Vec::new(),
            sport: None,
        };
        doc.sport = super::link::team_sport(&doc.text);
        doc.mentions = merge_mentions(&doc);
        doc
    }

    fn insert_doc(&mut self, doc: Doc) -> DocId {
        if let Some(&id) = self.by_path.get(&doc.path) {
            self.docs[id] = Some(doc);
            id
        } else {
            let id = self.docs.len();
            self.by_path.insert(doc.path.clone(), id);
            self.docs.push(Some(doc));
            id
        }
    }

    /// Add or replace many documents (analysed in parallel), then link once.
    pub fn add_documents(&mut self, inputs: Vec<DocInput>) -> Vec<DocId> {
        let ids = self.add_documents_unlinked(inputs);
        self.relink();
        ids
    }

    /// Analyse and add documents (in parallel) without re-linking the corpus: for loading a
    /// corpus in batches, followed by one [`Corpus::link_all`]. Until then entities and
    /// findings describe the corpus as it was.
    pub fn add_documents_unlinked(&mut self, inputs: Vec<DocInput>) -> Vec<DocId> {
        let built: Vec<Doc> = {
            let this = &*self;
            inputs.into_par_iter().map(|i| this.build_doc(i)).collect()
        };
        built.into_iter().map(|d| self.insert_doc(d)).collect()
    }

    /// Link every mention of the corpus and compute the findings.
    pub fn link_all(&mut self) {
        self.relink();
    }

    /// Hold re-linking while several changes are made (a server applying a batch of edits):
    /// until [`Corpus::resume_linking`], entities and findings describe the corpus as it was.
    pub fn suspend_linking(&mut self) {
        self.linking_suspended = true;
    }

    /// Link once for every change made since [`Corpus::suspend_linking`].
    pub fn resume_linking(&mut self) {
        self.linking_suspended = false;
        if std::mem::take(&mut self.link_pending) {
            self.relink();
        }
    }

    /// Add or replace one document's text, keeping its human annotations.
    pub fn set_text(&mut self, path: &Path, text: Arc<str>) -> DocId {
        let doc = self.prepare_text(path, text);
        self.install(doc)
    }

    /// The analysis half of [`Corpus::set_text`]: needs only shared access, so a server can
    /// run it outside its write lock and [`Corpus::install`] the result afterwards.
    pub fn prepare_text(&self, path: &Path, text: Arc<str>) -> Doc {
        let ann = self.doc_by_path(path).map(|d| d.annotations.clone());
        let mut doc = self.build_doc(DocInput {
            path: path.to_path_buf(),
            text,
            ann: None,
        });
        if let Some(a) = ann {
            doc.annotations = a;
            doc.mentions = merge_mentions(&doc);
        }
        doc
    }

    /// Put a prepared document in the corpus (replacing the one at its path) and re-link.
    /// Human annotations changed since `prepare_text` win over the ones it carried.
    pub fn install(&mut self, mut doc: Doc) -> DocId {
        if let Some(current) = self.doc_by_path(&doc.path) {
            if current.annotations != doc.annotations {
                doc.annotations = current.annotations.clone();
                doc.mentions = merge_mentions(&doc);
            }
        }
        let id = self.insert_doc(doc);
        self.relink();
        id
    }

    /// Set (or with None remove) the human annotations of a document from `.ann` content.
    pub fn set_annotations(&mut self, path: &Path, ann: Option<&str>) {
        if let Some(&id) = self.by_path.get(path) {
            if let Some(doc) = self.docs[id].as_mut() {
                doc.annotations = ann.map(parse_ann).unwrap_or_default();
                doc.mentions = merge_mentions(doc);
                self.relink();
            }
        }
    }

    /// Move human annotation offsets after an edit that replaced `start..old_end` (code points)
    /// by `new_len` characters, so that they stay on their words while the text is edited.
    /// An annotation the edit cuts into is kept, and reported as a conflict if its text changed.
    pub fn shift_annotations(&mut self, path: &Path, start: usize, old_end: usize, new_len: usize) {
        let Some(&id) = self.by_path.get(path) else {
            return;
        };
        let Some(doc) = self.docs[id].as_mut() else {
            return;
        };
        for a in &mut doc.annotations.annotations {
            let shift = |x: usize| {
                if x >= old_end {
                    x + new_len - (old_end - start)
                } else if x > start {
                    start + new_len.min(x - start)
                } else {
                    x
                }
            };
            a.start = shift(a.start);
            a.end = shift(a.end).max(a.start);
        }
    }

    /// Remove a document.
    pub fn remove(&mut self, path: &Path) {
        if let Some(id) = self.by_path.remove(path) {
            self.docs[id] = None;
            self.relink();
        }
    }

    fn reanalyze_where(&mut self, pred: impl Fn(&Path) -> bool + Sync) {
        let targets: Vec<DocId> = self
            .docs
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.as_ref().filter(|d| pred(&d.path)).map(|_| i))
            .collect();
        if targets.is_empty() {
            return;
        }
        let rebuilt: Vec<(DocId, Doc)> = {
            let this = &*self;
            targets
                .par_iter()
                .filter_map(|&i| {
                    let d = this.docs[i].as_ref()?;
                    let mut doc = this.build_doc(DocInput {
                        path: d.path.clone(),
                        text: d.text.clone(),
                        ann: None,
                    });
                    doc.annotations = d.annotations.clone();
                    doc.mentions = merge_mentions(&doc);
                    Some((i, doc))
                })
                .collect()
        };
        for (i, d) in rebuilt {
            self.docs[i] = Some(d);
        }
        self.relink();
    }

    /// Re-link every name mention of the corpus and recompute entities and findings.
    fn relink(&mut self) {
        if self.linking_suspended {
            self.link_pending = true;
            return;
        }
        let t0 = std::time::Instant::now();
        let gaz = dictionaries::places();
        // every name mention with its text, in document order, and whether it is the
        // parenthesised alias of the name before it (`Long Form ( ACR )`); in parallel
        type Named<'d> = ((DocId, usize), &'d str, bool);
        let per_doc: Vec<Vec<Named<'_>>> = self
            .docs
            .par_iter()
            .enumerate()
            .map(|(id, doc)| {
                let Some(doc) = doc else { return Vec::new() };
                let mut out: Vec<Named<'_>> = Vec::new();
                let mut prev: Option<&Mention> = None;
                for (mi, m) in doc.mentions.iter().enumerate() {
                    if m.label == Label::Date {
                        continue;
                    }
                    let surface = link::place_name(doc.text_of(m), m.predicted_label);
                    let alias = prev.is_some_and(|p| {
                        surface
                            .chars()
                            .all(|c| c.is_uppercase() || c.is_ascii_digit())
                            && doc
                                .text
                                .get(p.byte_end..m.byte_start)
                                .is_some_and(|between| between.trim() == "(")
                    });
                    out.push(((id, mi), surface, alias));
                    prev = Some(m);
                }
                out
            })
            .collect();
        let mut where_: Vec<(DocId, usize)> = Vec::new();
        let mut surfaces: Vec<&str> = Vec::new();
        let mut alias_of: Vec<Option<usize>> = Vec::new();
        for (w, surface, alias) in per_doc.into_iter().flatten() {
            alias_of.push(alias.then(|| where_.len() - 1));
            where_.push(w);
            surfaces.push(surface);
        }
        let known_names = dictionaries::known_names();
        let inputs: Vec<LinkInput<'_>> = where_
            .par_iter()
            .enumerate()
            .map(|(k, &(d, mi))| {
                let doc = self.docs[d].as_ref().expect("present");
                let m = &doc.mentions[mi];
                let gazetteer_id = if matches!(m.predicted_label, Label::Loc | Label::Org) {
                    gaz.lookup_id(surfaces[k])
                } else {
                    None
                };
                LinkInput {
                    doc: d,
                    label: m.predicted_label,
                    surface: surfaces[k],
                    fixed_id: m.human_entity.as_deref(),
                    gazetteer_id,
                    alias_of: alias_of[k],
                    known: known_names.contains(surfaces[k]),
                    tentative: !m.annotated && m.score < 0.6,
                    namespace: if gazetteer_id
                        .is_some_and(|id| names_team(doc, m.predicted_label, id))
                        && team_position(doc, m, surfaces[k])
                    {
                        doc.sport
                    } else {
                        None
                    },
                }
            })
            .collect();
        let t1 = std::time::Instant::now();
        let linking = link(&inputs);
        drop(inputs);
        let t2 = std::time::Instant::now();
        let mut entities: Vec<Entity> = linking
            .clusters
            .iter()
            .map(|c| Entity {
                id: c.id.clone(),
                label: c.label,
                canonical: c.canonical.clone(),
                spellings: Vec::new(),
                mentions: Vec::with_capacity(c.members.len()),
                mention_spellings: Vec::new(),
                definition: MentionRef {
                    doc: 0,
                    index: 0,
                    start: 0,
                    end: 0,
                },
            })
            .collect();
        for (k, &(d, mi)) in where_.iter().enumerate() {
            let m = &self.docs[d].as_ref().expect("present").mentions[mi];
            entities[linking.cluster_of[k]].mentions.push(MentionRef {
                doc: d,
                index: mi,
                start: m.start,
                end: m.end,
            });
        }
        entities.par_iter_mut().enumerate().for_each(|(c, e)| {
            let members = &linking.clusters[c].members;
            let mut counts: HashMap<&str, usize> = HashMap::default();
            for &k in members {
                *counts.entry(surfaces[k]).or_default() += 1;
            }
            let mut sp: Vec<(&str, usize)> = counts.into_iter().collect();
            sp.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            // `e.mentions[j]` is the cluster's `members[j]`: same order
            e.mention_spellings = if sp.len() == 1 {
                vec![0; members.len()]
            } else {
                let at: HashMap<&str, u32> = sp
                    .iter()
                    .enumerate()
                    .map(|(i, (s, _))| (*s, i as u32))
                    .collect();
                members.iter().map(|&k| at[surfaces[k]]).collect()
            };
            e.spellings = sp.into_iter().map(|(s, n)| (s.to_string(), n)).collect();
            // the definition: the first mention with the most words (a full name), else the first
            let words = |j: usize| surfaces[members[j]].split([' ', '_']).count();
            let most = (0..members.len()).map(words).max().unwrap_or(0);
            let j = (0..members.len()).find(|&j| words(j) == most).unwrap_or(0);
            e.definition = e.mentions[j];
        });
        // `where_` lists the name mentions document by document: each document's share
        let mut first_of_doc = vec![where_.len(); self.docs.len() + 1];
        for (k, &(d, _)) in where_.iter().enumerate().rev() {
            first_of_doc[d] = k;
        }
        for d in (0..self.docs.len()).rev() {
            first_of_doc[d] = first_of_doc[d].min(first_of_doc[d + 1]);
        }
        self.docs.par_iter_mut().enumerate().for_each(|(d, doc)| {
            let Some(doc) = doc else { return };
            let share = first_of_doc[d]..first_of_doc[d + 1];
            for (&(_, mi), &c) in where_[share.clone()].iter().zip(&linking.cluster_of[share]) {
                let m = &mut doc.mentions[mi];
                m.entity = Some(c);
                m.label = if !m.annotated && m.score < 0.6 {
                    linking.clusters[c].label
                } else {
                    m.predicted_label
                };
                m.declaration = false;
                m.variant = false;
            }
        });
        for e in &entities {
            let d = e.definition;
            if let Some(doc) = self.docs[d.doc].as_mut() {
                doc.mentions[d.index].declaration = true;
            }
        }
        self.entities = entities;
        let t3 = std::time::Instant::now();
        self.compute_findings();
        tracing::debug!(
            "relink: inputs {:.3} s, link {:.3} s, entities {:.3} s, findings {:.3} s",
            (t1 - t0).as_secs_f64(),
            (t2 - t1).as_secs_f64(),
            (t3 - t2).as_secs_f64(),
            t3.elapsed().as_secs_f64()
        );
    }

    fn compute_findings(&mut self) {
        let t0 = std::time::Instant::now();
        let variant_findings = variants::variant_findings(self);
        let t1 = std::time::Instant::now();
        let segmentation = variants::segmentation_findings(self);
        tracing::debug!(
            "findings: variants {:.3} s, segmentation {:.3} s",
            (t1 - t0).as_secs_f64(),
            t1.elapsed().as_secs_f64()
        );
        for (id, slot) in self.docs.iter_mut().enumerate() {
            let Some(doc) = slot else { continue };
            let mut f: Vec<Finding> = Vec::new();
            for &(s, e) in &doc.analysis.furniture {
                f.push(Finding {
                    code: FindingCode::Boilerplate,
                    severity: Severity::Warning,
                    start: s,
                    end: e,
                    message: "page furniture left in the article text".to_string(),
                    suggestion: Some(String::new()),
                    related: Vec::new(),
                });
            }
            for p in &doc.analysis.misspelt_phrases {
                f.push(Finding {
                    code: FindingCode::Variant,
                    severity: Severity::Warning,
                    start: p.start,
                    end: p.end,
                    message: format!(
                        "`{}` looks like a misspelling of `{}`",
                        doc.slice(p.start, p.end),
                        p.suggestion
                    ),
                    suggestion: Some(p.suggestion.clone()),
                    related: Vec::new(),
                });
            }
            for m in &doc.mentions {
                if let Some(other) = &m.ambiguous_with {
                    f.push(Finding {
                        code: FindingCode::DateAmbiguous,
                        severity: Severity::Warning,
                        start: m.start,
                        end: m.end,
                        message: format!(
                            "numeric date readable two ways: {} or {}",
                            m.value.as_deref().unwrap_or("?"),
                            other
                        ),
                        suggestion: m.value.clone(),
                        related: Vec::new(),
                    });
                }
            }
            for e in &doc.annotations.errors {
                f.push(Finding {
                    code: FindingCode::AnnotationError,
                    severity: Severity::Error,
                    start: 0,
                    end: 0,
                    message: format!(
                        "{}.ann {e}; predictions are used meanwhile",
                        stem_of(&doc.path)
                    ),
                    suggestion: None,
                    related: Vec::new(),
                });
            }
            let n = doc.lines.len_chars();
            for a in &doc.annotations.annotations {
                let fits = a.end <= n
                    && (a.text.is_empty() || squash(&doc.slice(a.start, a.end)) == squash(&a.text));
                if !fits {
                    f.push(Finding {
                        code: FindingCode::AnnotationConflict,
                        severity: Severity::Warning,
                        start: a.start.min(n),
                        end: a.end.min(n),
                        message: format!(
                            "the human annotation {} (line {}) says `{}` but the text here is `{}`",
                            a.id,
                            a.line,
                            a.text,
                            doc.slice(a.start.min(n), a.end.min(n))
                        ),
                        suggestion: None,
                        related: Vec::new(),
                    });
                }
            }
            if let Some(v) = variant_findings.get(&id) {
                for (mi, finding) in v {
                    if let Some(m) = mi.and_then(|mi| doc.mentions.get_mut(mi)) {
                        m.variant = true;
                    }
                    f.push(finding.clone());
                }
            }
            if let Some(s) = segmentation.get(&id) {
                f.extend(s.iter().cloned());
            }
            f.sort_by_key(|x| (x.start, x.end));
            doc.findings = f;
        }
    }

    // ---- queries

    pub fn doc_id(&self, path: &Path) -> Option<DocId> {
        self.by_path.get(path).copied()
    }

    pub fn doc(&self, id: DocId) -> Option<&Doc> {
        self.docs.get(id).and_then(Option::as_ref)
    }

    pub fn doc_by_path(&self, path: &Path) -> Option<&Doc> {
        self.doc_id(path).and_then(|i| self.doc(i))
    }

    /// Documents in path order.
    pub fn docs(&self) -> impl Iterator<Item = (DocId, &Doc)> {
        let mut v: Vec<(DocId, &Doc)> = self
            .docs
            .iter()
            .enumerate()
            .filter_map(|(i, d)| d.as_ref().map(|d| (i, d)))
            .collect();
        v.sort_by(|a, b| a.1.path.cmp(&b.1.path));
        v.into_iter()
    }

    pub fn len(&self) -> usize {
        self.by_path.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_path.is_empty()
    }

    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    pub fn entity(&self, index: usize) -> Option<&Entity> {
        self.entities.get(index)
    }

    pub fn entity_by_id(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }

    /// The entity index and mention at code-point offset `cp` of a document.
    pub fn mention_at(&self, path: &Path, cp: usize) -> Option<(DocId, usize)> {
        let id = self.doc_id(path)?;
        let i = self.doc(id)?.mention_at(cp)?;
        Some((id, i))
    }

    /// Entities whose names or aliases match `query` (case- and diacritic-insensitive,
    /// fuzzy: the query's characters in order), best first.
    pub fn search_entities(&self, query: &str) -> Vec<usize> {
        let q = crate::text::fold(query);
        let mut scored: Vec<(i64, usize)> = Vec::new();
        for (i, e) in self.entities.iter().enumerate() {
            let best = e
                .spellings
                .iter()
                .map(|(s, _)| s.as_str())
                .chain([e.canonical.as_str()])
                .filter_map(|s| fuzzy_score(&q, &crate::text::fold(s)))
                .max();
            if let Some(s) = best {
                scored.push((s * 1000 + e.mentions.len() as i64, i));
            }
        }
        scored.sort_by_key(|x| std::cmp::Reverse(x.0));
        scored.into_iter().map(|x| x.1).collect()
    }
}

/// Does a place name a team in this report? A nation does in any team sport (the England
/// cricket team); a city only where clubs are called by their city (North American leagues)
/// or where the recogniser read it as an organisation (`Milan` the club).
fn names_team(doc: &Doc, label: Label, place: &str) -> bool {
    match doc.sport {
        None => false,
        Some("baseball" | "basketball" | "hockey") => true,
        Some(_) => label == Label::Org || dictionaries::is_nation(place),
    }
}

/// Whether a place mention of a sports report can name a team: not in a dateline
/// (`LONDON 1996-08-30`, a line starting with the name and a date), not an abbreviation
/// (`U.S.` writes the country), and not after `in`, `at`, `near` or `outside` (`tại`, `ở`).
fn team_position(doc: &Doc, m: &Mention, surface: &str) -> bool {
    if surface.contains('.') {
        return false;
    }
    // a dateline (`LONDON 1996-08-30`, `PARIS, Aug 30`) names the place the report is from;
    // a standings line (`CHICAGO 69 60 .535`) names a team
    let line = doc.lines.line_of(m.start);
    if doc.lines.line_start(line) == m.start {
        let rest = doc.slice(m.end, (m.end + 14).min(doc.lines.len_chars()));
        let rest = rest.trim_start_matches([' ', ',']);
        if is_dateline_date(rest) {
            return false;
        }
    }
    // after `in`, `at` … the name is where something happens (`the World Cup in France`)
    let before = doc.text.get(..m.byte_start).unwrap_or("");
    let prev = before.split_whitespace().next_back().unwrap_or("");
    !matches!(prev, "in" | "at" | "near" | "outside" | "tại" | "ở")
}

/// Does `rest` start with the date of a dateline: `1996-08-30`, `Aug 30`, `30 August`?
fn is_dateline_date(rest: &str) -> bool {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let digits = rest.chars().take_while(char::is_ascii_digit).count();
    if digits == 4 {
        return rest[4..].starts_with(['-', '/', '.']);
    }
    let word = rest[digits..].trim_start();
    let month = |w: &str| {
        let w = w.to_ascii_lowercase();
        MONTHS.iter().any(|m| w.starts_with(m))
    };
    if digits > 0 {
        return digits <= 2 && month(word);
    }
    word.len() >= 3 && word.is_char_boundary(3) && month(&word[..3])
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Subsequence match score: higher for prefix and contiguous matches; None if no match.
fn fuzzy_score(q: &str, s: &str) -> Option<i64> {
    if q.is_empty() {
        return Some(0);
    }
    if s.starts_with(q) {
        return Some(3);
    }
    if s.contains(q) {
        return Some(2);
    }
    let mut it = s.chars();
    for c in q.chars() {
        it.find(|&x| x == c)?;
    }
    Some(1)
}

/// Predictions and human annotations of one document, merged: a human span overrides
/// every prediction it overlaps; a `Rejected` span removes them.
fn merge_mentions(doc: &Doc) -> Vec<Mention> {
    let n = doc.lines.len_chars();
    let human: Vec<_> = doc
        .annotations
        .annotations
        .iter()
        .filter(|a| {
            a.end <= n
                && (a.text.is_empty() || squash(&doc.slice(a.start, a.end)) == squash(&a.text))
        })
        .collect();
    let overlaps_human = |s: usize, e: usize| human.iter().any(|a| a.start < e && s < a.end);
    let mut out: Vec<Mention> = Vec::new();
    for m in &doc.analysis.names {
        if !overlaps_human(m.start, m.end) {
            out.push(Mention {
                start: m.start,
                end: m.end,
                byte_start: doc.lines.byte_of(&doc.text, m.start),
                byte_end: doc.lines.byte_of(&doc.text, m.end),
                label: m.label,
                predicted_label: m.label,
                entity: None,
                value: None,
                anchor: None,
                ambiguous_with: None,
                annotated: false,
                declaration: false,
                variant: false,
                score: m.score,
                human_entity: None,
            });
        }
    }
    for d in &doc.analysis.dates {
        if !overlaps_human(d.start, d.end) {
            out.push(Mention {
                start: d.start,
                end: d.end,
                byte_start: doc.lines.byte_of(&doc.text, d.start),
                byte_end: doc.lines.byte_of(&doc.text, d.end),
                label: Label::Date,
                predicted_label: Label::Date,
                entity: None,
                value: Some(d.value.clone()),
                anchor: d.anchor,
                ambiguous_with: d.ambiguous_with.clone(),
                annotated: false,
                declaration: false,
                variant: false,
                score: 1.0,
                human_entity: None,
            });
        }
    }
    for a in human {
        if let AnnKind::Label(l) = a.kind {
            out.push(Mention {
                start: a.start,
                end: a.end,
                byte_start: doc.lines.byte_of(&doc.text, a.start),
                byte_end: doc.lines.byte_of(&doc.text, a.end),
                label: l,
                predicted_label: l,
                entity: None,
                value: a.value.clone(),
                anchor: None,
                ambiguous_with: None,
                annotated: true,
                declaration: false,
                variant: false,
                score: 1.0,
                human_entity: a.entity.clone(),
            });
        }
    }
    out.sort_by_key(|m| (m.start, m.end));
    out
}

#[cfg(test)]
mod tests {
    use super::is_dateline_date;

    #[test]
    fn datelines_and_standings_lines() {
        for d in [
            "1996-08-30",
            "Aug 30",
            "30 August",
            "August 30 (Reuters)",
            "1996/08/30",
        ] {
            assert!(is_dateline_date(d), "{d}");
        }
        for s in ["69 60 .535 8", "5 Toronto 3", "72 54", "", "é"] {
            assert!(!is_dateline_date(s), "{s}");
        }
    }
}
