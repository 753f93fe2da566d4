//! The views: everything the server answers, computed from the corpus (never re-analysed here).
//! Offsets are converted to LSP positions once, with the negotiated encoding.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use serde_json::json;
use tower_lsp_server::lsp_types::*;
use tower_lsp_server::UriExt;

use super::state::{self, ClientCaps, Config, EntitySeverity, Open};
use crate::analysis::Label;
use crate::corpus::annotations::{write_ann, AnnKind, AnnRecord};
use crate::corpus::{Corpus, Doc, FindingCode, Mention, MentionRef, Severity};
use crate::text::{fold, is_name_char, Lang, LineIndex, PositionEncoding};

/// What a view needs from the editor state (copied out of the lock).
#[derive(Debug, Clone, Default)]
pub struct Ctx {
    pub enc: PositionEncoding,
    pub config: Config,
    pub caps: ClientCaps,
    pub uris: HashMap<PathBuf, Uri>,
    pub roots: Vec<PathBuf>,
    /// Open `.ann` buffers: path → text.
    pub ann_buffers: HashMap<PathBuf, String>,
}

impl Ctx {
    pub fn from_editor(ed: &state::Editor) -> Ctx {
        Ctx {
            enc: ed.encoding,
            config: ed.config.clone(),
            caps: ed.caps.clone(),
            uris: ed
                .open
                .iter()
                .map(|(p, o)| (p.clone(), o.uri.clone()))
                .collect(),
            roots: ed.roots.clone(),
            ann_buffers: ed
                .open
                .iter()
                .filter(|(_, o): &(&PathBuf, &Open)| o.is_ann)
                .map(|(p, o)| (p.clone(), o.text.clone()))
                .collect(),
        }
    }

    pub fn uri(&self, path: &Path) -> Option<Uri> {
        self.uris
            .get(path)
            .cloned()
            .or_else(|| Uri::from_file_path(path))
    }

    fn location(&self, doc: &Doc, a: usize, b: usize) -> Option<Location> {
        Some(Location {
            uri: self.uri(&doc.path)?,
            range: state::range(doc, a, b, self.enc),
        })
    }
}

fn mention_location(corpus: &Corpus, ctx: &Ctx, r: &MentionRef) -> Option<Location> {
    let doc = corpus.doc(r.doc)?;
    ctx.location(doc, r.start, r.end)
}

fn entity_code(label: Label) -> &'static str {
    match label {
        Label::Per => "entity.person",
        Label::Org => "entity.organization",
        Label::Loc => "entity.location",
        Label::Misc => "entity.misc",
        Label::Date => "entity.date",
    }
}

// ---------------------------------------------------------------- diagnostics

pub fn finding_diagnostic(
    corpus: &Corpus,
    ctx: &Ctx,
    doc: &Doc,
    f: &crate::corpus::Finding,
) -> Diagnostic {
    let related: Vec<DiagnosticRelatedInformation> = f
        .related
        .iter()
        .filter_map(|r| {
            let d = corpus.doc(r.doc)?;
            Some(DiagnosticRelatedInformation {
                location: ctx.location(d, r.start, r.end)?,
                message: r.message.clone(),
            })
        })
        .collect();
    Diagnostic {
        range: state::range(doc, f.start, f.end, ctx.enc),
        severity: Some(if f.severity == Severity::Error {
            DiagnosticSeverity::ERROR
        } else {
            DiagnosticSeverity::WARNING
        }),
        code: Some(NumberOrString::String(f.code.as_str().to_string())),
        source: Some("newsls".to_string()),
        message: f.message.clone(),
        related_information: if related.is_empty() {
            None
        } else {
            Some(related)
        },
        data: f.suggestion.as_ref().map(|s| json!({"suggestion": s})),
        ..Default::default()
    }
}

pub fn diagnostics(corpus: &Corpus, ctx: &Ctx, doc: &Doc) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = doc
        .findings
        .iter()
        .map(|f| finding_diagnostic(corpus, ctx, doc, f))
        .collect();
    if let Some(sev) = ctx.config.entity_severity {
        let severity = match sev {
            EntitySeverity::Hint => DiagnosticSeverity::HINT,
            EntitySeverity::Information => DiagnosticSeverity::INFORMATION,
        };
        for m in &doc.mentions {
            let text = doc.slice(m.start, m.end);
            let message = if m.label == Label::Date {
                format!("date `{text}` = {}", m.value.as_deref().unwrap_or("?"))
            } else {
                match m.entity.and_then(|e| corpus.entity(e)) {
                    Some(e) => format!(
                        "{} `{text}` → {} ({})",
                        m.label.describe(),
                        e.canonical,
                        e.id
                    ),
                    None => format!("{} `{text}`", m.label.describe()),
                }
            };
            out.push(Diagnostic {
                range: state::range(doc, m.start, m.end, ctx.enc),
                severity: Some(severity),
                code: Some(NumberOrString::String(entity_code(m.label).to_string())),
                source: Some("newsls".to_string()),
                message,
                ..Default::default()
            });
        }
    }
    out
}

// ---------------------------------------------------------------- hover

fn weekday(value: &str) -> Option<String> {
    let d = NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d").ok()?;
    Some(d.weekday().to_string()).map(|w| match w.as_str() {
        "Mon" => "Monday".to_string(),
        "Tue" => "Tuesday".to_string(),
        "Wed" => "Wednesday".to_string(),
        "Thu" => "Thursday".to_string(),
        "Fri" => "Friday".to_string(),
        "Sat" => "Saturday".to_string(),
        "Sun" => "Sunday".to_string(),
        _ => w,
    })
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Dates near `cp` in a document: those in its sentence, else the nearest ones.
fn dates_around(doc: &Doc, cp: usize) -> Vec<&Mention> {
    let (a, b) = doc.sentence_around(cp);
    let in_sentence: Vec<&Mention> = doc
        .mentions
        .iter()
        .filter(|m| m.label == Label::Date && m.start >= a && m.end <= b)
        .collect();
    if !in_sentence.is_empty() {
        return in_sentence;
    }
    let mut all: Vec<&Mention> = doc
        .mentions
        .iter()
        .filter(|m| m.label == Label::Date)
        .collect();
    all.sort_by_key(|m| m.start.abs_diff(cp));
    all.truncate(2);
    all.sort_by_key(|m| m.start);
    all
}

pub fn hover(corpus: &Corpus, ctx: &Ctx, doc: &Doc, cp: usize) -> Option<Hover> {
    let mi = doc.mention_at(cp)?;
    let m = &doc.mentions[mi];
    let text = doc.slice(m.start, m.end);
    let mut md = String::new();
    if m.label == Label::Date {
        let value = m.value.as_deref().unwrap_or("?");
        md.push_str(&format!("**date** `{}` → **{value}**", one_line(&text)));
        if let Some(w) = weekday(value) {
            md.push_str(&format!(" ({w})"));
        }
        md.push_str("\n\n");
        match doc.dct {
            Some(d) => md.push_str(&format!(
                "Resolved against {} ({d})",
                doc.dct_source.describe()
            )),
            None => md.push_str(&format!("Resolved against {}", doc.dct_source.describe())),
        }
        if let Some(a) = m.anchor {
            md.push_str(&format!("; anchor {a}"));
        }
        md.push('.');
        if let Some(o) = &m.ambiguous_with {
            md.push_str(&format!("\n\nAlso readable as `{o}`."));
        }
        if m.annotated {
            md.push_str("\n\n_confirmed in the human annotations_");
        }
    } else {
        let e = m.entity.and_then(|e| corpus.entity(e));
        match e {
            None => md.push_str(&format!("**{}** — {}", one_line(&text), m.label.describe())),
            Some(e) => {
                md.push_str(&format!(
                    "{} **{}** · `{}`\n\n",
                    e.label.describe(),
                    e.canonical,
                    e.id
                ));
                let sp: Vec<String> = e
                    .spellings
                    .iter()
                    .map(|(s, n)| format!("`{s}` ×{n}"))
                    .collect();
                md.push_str(&format!("Spellings: {}\n\n", sp.join(", ")));
                let mut per_doc: Vec<(String, usize)> = Vec::new();
                for r in &e.mentions {
                    let name = corpus.doc(r.doc).map(Doc::file_name).unwrap_or_default();
                    match per_doc.iter_mut().find(|(n, _)| *n == name) {
                        Some(x) => x.1 += 1,
                        None => per_doc.push((name, 1)),
                    }
                }
                per_doc.sort();
                let pd: Vec<String> = per_doc.iter().map(|(n, c)| format!("{n} ×{c}")).collect();
                md.push_str(&format!(
                    "Mentions: {} in {} article(s): {}\n\n",
                    e.mentions.len(),
                    per_doc.len(),
                    pd.join(", ")
                ));
                // the first sentence of the corpus (path order) that names it
                let first = e
                    .mentions
                    .iter()
                    .filter_map(|r| corpus.doc(r.doc).map(|d| (d, r)))
                    .min_by(|a, b| (&a.0.path, a.1.start).cmp(&(&b.0.path, b.1.start)));
                if let Some((d, r)) = first {
                    let (a, b) = d.sentence_around(r.start);
                    let mut sentence = one_line(&d.slice(a, b));
                    if sentence.chars().count() > 400 {
                        sentence = sentence.chars().take(400).collect::<String>() + "…";
                    }
                    md.push_str(&format!(
                        "First named in {}:\n\n> {}\n\n",
                        d.file_name(),
                        sentence
                    ));
                    let mut dates: Vec<String> = dates_around(d, r.start)
                        .iter()
                        .map(|m| {
                            format!(
                                "`{}` = {}",
                                one_line(&d.slice(m.start, m.end)),
                                m.value.as_deref().unwrap_or("?")
                            )
                        })
                        .collect();
                    if !std::ptr::eq(d, doc)
                        || d.sentence_around(r.start) != doc.sentence_around(m.start)
                    {
                        dates.extend(dates_around(doc, m.start).iter().map(|x| {
                            format!(
                                "`{}` = {}",
                                one_line(&doc.slice(x.start, x.end)),
                                x.value.as_deref().unwrap_or("?")
                            )
                        }));
                    }
                    dates.dedup();
                    if !dates.is_empty() {
                        md.push_str(&format!("Dates around: {}\n\n", dates.join(", ")));
                    }
                }
                let mut flags = Vec::new();
                if m.declaration {
                    flags.push("defining mention");
                }
                if m.annotated {
                    flags.push("confirmed in the human annotations");
                }
                if m.variant {
                    flags.push("variant spelling");
                }
                if !flags.is_empty() {
                    md.push_str(&format!("_{}_", flags.join(" · ")));
                }
            }
        }
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: md.trim_end().to_string(),
        }),
        range: Some(state::range(doc, m.start, m.end, ctx.enc)),
    })
}

// ---------------------------------------------------------------- navigation

pub fn definition(corpus: &Corpus, ctx: &Ctx, doc: &Doc, cp: usize) -> Option<Location> {
    let m = &doc.mentions[doc.mention_at(cp)?];
    match m.entity.and_then(|e| corpus.entity(e)) {
        Some(e) => mention_location(corpus, ctx, &e.definition),
        None => ctx.location(doc, m.start, m.end),
    }
}

pub fn references(
    corpus: &Corpus,
    ctx: &Ctx,
    doc: &Doc,
    cp: usize,
    include_declaration: bool,
) -> Vec<Location> {
    let Some(mi) = doc.mention_at(cp) else {
        return Vec::new();
    };
    let m = &doc.mentions[mi];
    match m.entity.and_then(|e| corpus.entity(e)) {
        Some(e) => e
            .mentions
            .iter()
            .filter(|r| include_declaration || **r != e.definition)
            .filter_map(|r| mention_location(corpus, ctx, r))
            .collect(),
        None => {
            // a date: every date with the same value in this document
            doc.mentions
                .iter()
                .filter(|x| x.label == m.label && x.value == m.value && x.value.is_some())
                .filter_map(|x| ctx.location(doc, x.start, x.end))
                .collect()
        }
    }
}

pub fn highlights(corpus: &Corpus, ctx: &Ctx, doc: &Doc, cp: usize) -> Vec<DocumentHighlight> {
    let Some(mi) = doc.mention_at(cp) else {
        return Vec::new();
    };
    let m = &doc.mentions[mi];
    let _ = corpus;
    doc.mentions
        .iter()
        .filter(|x| match m.entity {
            Some(e) => x.entity == Some(e),
            None => x.label == m.label && x.value == m.value && x.start <= x.end,
        })
        .map(|x| DocumentHighlight {
            range: state::range(doc, x.start, x.end, ctx.enc),
            kind: Some(if x.declaration {
                DocumentHighlightKind::WRITE
            } else {
                DocumentHighlightKind::READ
            }),
        })
        .collect()
}

// ---------------------------------------------------------------- rename

pub fn prepare_rename(ctx: &Ctx, doc: &Doc, cp: usize) -> Option<PrepareRenameResponse> {
    let m = &doc.mentions[doc.mention_at(cp)?];
    m.entity?;
    Some(PrepareRenameResponse::RangeWithPlaceholder {
        range: state::range(doc, m.start, m.end, ctx.enc),
        placeholder: doc.slice(m.start, m.end),
    })
}

fn word_segmented(doc: &Doc) -> bool {
    doc.lang == Lang::Vi && doc.text.chars().take(20_000).filter(|&c| c == '_').count() >= 3
}

fn norm_spelling(s: &str) -> String {
    s.replace('_', " ")
}

/// The edits of a rename: every mention of the entity whose text equals or contains the old
/// spelling (`_` and space are the same), in every article.
#[allow(clippy::mutable_key_type)] // lsp_types::Uri is a map key in WorkspaceEdit
pub fn rename(
    corpus: &Corpus,
    ctx: &Ctx,
    doc: &Doc,
    cp: usize,
    new_name: &str,
) -> Option<WorkspaceEdit> {
    let m = &doc.mentions[doc.mention_at(cp)?];
    let e = corpus.entity(m.entity?)?;
    let old = norm_spelling(&doc.slice(m.start, m.end));
    let old_chars = old.chars().count();
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for r in &e.mentions {
        let Some(d) = corpus.doc(r.doc) else { continue };
        let surface = d.slice(r.start, r.end);
        let norm = norm_spelling(&surface);
        let at = if norm == old {
            Some(0)
        } else {
            norm.find(&old).map(|b| norm[..b].chars().count())
        };
        let Some(at) = at else { continue };
        let replacement = if d.lang == Lang::Vi && (surface.contains('_') || word_segmented(d)) {
            new_name.replace(' ', "_")
        } else {
            new_name.to_string()
        };
        let (a, b) = (r.start + at, r.start + at + old_chars);
        let Some(uri) = ctx.uri(&d.path) else {
            continue;
        };
        changes.entry(uri).or_default().push(TextEdit {
            range: state::range(d, a, b, ctx.enc),
            new_text: replacement,
        });
    }
    Some(WorkspaceEdit {
        changes: Some(changes),
        ..Default::default()
    })
}

// ---------------------------------------------------------------- symbols

#[allow(deprecated)]
pub fn document_symbols(corpus: &Corpus, ctx: &Ctx, doc: &Doc) -> Vec<DocumentSymbol> {
    let mut out = Vec::new();
    for label in Label::NAMES {
        let mut children: Vec<DocumentSymbol> = Vec::new();
        let mut seen: HashMap<usize, usize> = HashMap::new();
        for m in doc.mentions.iter().filter(|m| m.label == label) {
            let r = state::range(doc, m.start, m.end, ctx.enc);
            let key = m.entity.unwrap_or(usize::MAX - m.start);
            if let Some(&i) = seen.get(&key) {
                let s: &mut DocumentSymbol = &mut children[i];
                s.range.end = r.end;
                continue;
            }
            let (name, detail) = match m.entity.and_then(|e| corpus.entity(e)) {
                Some(e) => (
                    e.canonical.clone(),
                    format!("{} · {} mention(s) in the corpus", e.id, e.mentions.len()),
                ),
                None => (doc.slice(m.start, m.end), String::new()),
            };
            seen.insert(key, children.len());
            children.push(DocumentSymbol {
                name: if name.trim().is_empty() {
                    "?".into()
                } else {
                    name
                },
                detail: Some(detail),
                kind: symbol_kind(label),
                tags: None,
                deprecated: None,
                range: r,
                selection_range: r,
                children: None,
            });
        }
        out.extend(group_symbol(
            format!("{} ({})", plural(label), children.len()),
            children,
        ));
    }
    let dates: Vec<DocumentSymbol> = doc
        .mentions
        .iter()
        .filter(|m| m.label == Label::Date)
        .map(|m| {
            let r = state::range(doc, m.start, m.end, ctx.enc);
            let name = one_line(&doc.slice(m.start, m.end));
            DocumentSymbol {
                name: if name.is_empty() { "?".into() } else { name },
                detail: m.value.clone(),
                kind: SymbolKind::EVENT,
                tags: None,
                deprecated: None,
                range: r,
                selection_range: r,
                children: None,
            }
        })
        .collect();
    out.extend(group_symbol(format!("dates ({})", dates.len()), dates));
    out
}

fn plural(label: Label) -> &'static str {
    match label {
        Label::Per => "people",
        Label::Org => "organizations",
        Label::Loc => "locations",
        Label::Misc => "misc",
        Label::Date => "dates",
    }
}

fn symbol_kind(label: Label) -> SymbolKind {
    match label {
        Label::Per => SymbolKind::CLASS,
        Label::Org => SymbolKind::STRUCT,
        Label::Loc => SymbolKind::MODULE,
        Label::Misc => SymbolKind::CONSTANT,
        Label::Date => SymbolKind::EVENT,
    }
}

#[allow(deprecated)]
pub fn workspace_symbols(corpus: &Corpus, ctx: &Ctx, query: &str) -> Vec<SymbolInformation> {
    corpus
        .search_entities(query)
        .into_iter()
        .take(200)
        .filter_map(|i| {
            let e = corpus.entity(i)?;
            Some(SymbolInformation {
                name: e.canonical.clone(),
                kind: symbol_kind(e.label),
                tags: None,
                deprecated: None,
                location: mention_location(corpus, ctx, &e.definition)?,
                container_name: Some(format!("{} · {}", e.label.describe(), e.id)),
            })
        })
        .collect()
}

// ---------------------------------------------------------------- inlay hints

pub fn inlay_hints(ctx: &Ctx, doc: &Doc, from: usize, to: usize) -> Vec<InlayHint> {
    if !ctx.config.inlay_hints {
        return Vec::new();
    }
    doc.mentions
        .iter()
        .filter(|m| m.label == Label::Date && m.end >= from && m.start <= to)
        .filter_map(|m| {
            let v = m.value.as_ref()?;
            // a hint that repeats the text (`2005 → 2005`) says nothing
            if doc.slice(m.start, m.end).trim() == v {
                return None;
            }
            let shown = match v.as_str() {
                "PRESENT_REF" => "present".to_string(),
                "PAST_REF" => "past".to_string(),
                "FUTURE_REF" => "future".to_string(),
                _ => v.clone(),
            };
            Some(InlayHint {
                position: state::pos(doc, m.end, ctx.enc),
                label: InlayHintLabel::String(format!("→ {shown}")),
                kind: None,
                text_edits: None,
                tooltip: None,
                padding_left: Some(true),
                padding_right: None,
                data: None,
            })
        })
        .collect()
}

// ---------------------------------------------------------------- completion

pub fn completion(corpus: &Corpus, ctx: &Ctx, doc: &Doc, cp: usize) -> Vec<CompletionItem> {
    let before: Vec<char> = doc.slice(cp.saturating_sub(64), cp).chars().collect();
    let mut k = before.len();
    while k > 0 && (is_name_char(before[k - 1]) || before[k - 1] == '_' || before[k - 1] == '-') {
        k -= 1;
    }
    let prefix: String = before[k..].iter().collect();
    if !prefix.chars().next().is_some_and(char::is_uppercase) {
        return Vec::new();
    }
    let start = cp - (before.len() - k);
    let fp = fold(&prefix);
    let range = state::range(doc, start, cp, ctx.enc);
    let mut ents: Vec<usize> = (0..corpus.entities().len()).collect();
    ents.sort_by_key(|&i| std::cmp::Reverse(corpus.entities()[i].mentions.len()));
    let mut out: Vec<CompletionItem> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for i in ents {
        let e = &corpus.entities()[i];
        for name in std::iter::once(&e.canonical).chain(e.spellings.iter().map(|(s, _)| s)) {
            if !fold(name).starts_with(&fp) || !seen.insert(name.clone()) {
                continue;
            }
            let n = out.len();
            out.push(CompletionItem {
                label: name.clone(),
                kind: Some(CompletionItemKind::REFERENCE),
                detail: Some(format!(
                    "{} · {} · {} mention(s)",
                    e.label.describe(),
                    e.id,
                    e.mentions.len()
                )),
                sort_text: Some(format!("{n:05}")),
                filter_text: Some(name.clone()),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                    range,
                    new_text: name.clone(),
                })),
                ..Default::default()
            });
            if out.len() >= 100 {
                return out;
            }
        }
    }
    out
}

// ---------------------------------------------------------------- code actions

fn ranges_touch(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 <= b.1 && b.0 <= a.1
}

#[allow(clippy::mutable_key_type)]
pub fn code_actions(
    corpus: &Corpus,
    ctx: &Ctx,
    doc: &Doc,
    from: usize,
    to: usize,
) -> Vec<CodeActionOrCommand> {
    let mut out: Vec<CodeActionOrCommand> = Vec::new();
    let Some(uri) = ctx.uri(&doc.path) else {
        return out;
    };
    for f in &doc.findings {
        if !ranges_touch((f.start, f.end), (from, to)) {
            continue;
        }
        let Some(sugg) = &f.suggestion else { continue };
        let diag = finding_diagnostic(corpus, ctx, doc, f);
        let here = |title: String, a: usize, b: usize, new_text: String| {
            let edit = WorkspaceEdit {
                changes: Some(HashMap::from([(
                    uri.clone(),
                    vec![TextEdit {
                        range: state::range(doc, a, b, ctx.enc),
                        new_text,
                    }],
                )])),
                ..Default::default()
            };
            CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diag.clone()]),
                edit: Some(edit),
                is_preferred: Some(true),
                ..Default::default()
            })
        };
        let old = doc.slice(f.start, f.end);
        match f.code {
            FindingCode::Variant => {
                out.push(here(
                    format!("Use the canonical spelling `{sugg}` here"),
                    f.start,
                    f.end,
                    sugg.clone(),
                ));
                let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
                let mut n = 0;
                for (_, d) in corpus.docs() {
                    for g in d.findings.iter().filter(|g| {
                        g.code == FindingCode::Variant
                            && g.suggestion.as_ref() == Some(sugg)
                            && d.slice(g.start, g.end) == old
                    }) {
                        if let Some(u) = ctx.uri(&d.path) {
                            changes.entry(u).or_default().push(TextEdit {
                                range: state::range(d, g.start, g.end, ctx.enc),
                                new_text: sugg.clone(),
                            });
                            n += 1;
                        }
                    }
                }
                if changes.len() > 1 || n > 1 {
                    out.push(CodeActionOrCommand::CodeAction(CodeAction {
                        title: format!(
                            "Use the canonical spelling `{sugg}` in every article ({n} mentions)"
                        ),
                        kind: Some(CodeActionKind::QUICKFIX),
                        diagnostics: Some(vec![diag.clone()]),
                        edit: Some(WorkspaceEdit {
                            changes: Some(changes),
                            ..Default::default()
                        }),
                        ..Default::default()
                    }));
                }
            }
            FindingCode::Segmentation => out.push(here(
                format!("Fix the word segmentation: `{old}` → `{sugg}`"),
                f.start,
                f.end,
                sugg.clone(),
            )),
            FindingCode::Boilerplate => {
                // delete the whole line, with its line break
                let line = doc.lines.line_of(f.start);
                let a = doc.lines.line_start(line).min(f.start);
                let end_line = doc.lines.line_of(f.end);
                let next = doc.lines.line_start(end_line + 1);
                let b = if next > f.end { next } else { f.end };
                out.push(here(
                    "Delete the boilerplate line".to_string(),
                    a,
                    b,
                    sugg.clone(),
                ));
            }
            _ => out.push(here(
                format!("Replace `{old}` with `{sugg}`"),
                f.start,
                f.end,
                sugg.clone(),
            )),
        }
    }
    out.extend(annotation_actions(corpus, ctx, doc, from, to));
    out
}

const ANNOTATE: &str = "refactor.rewrite.annotate";

fn annotation_actions(
    corpus: &Corpus,
    ctx: &Ctx,
    doc: &Doc,
    from: usize,
    to: usize,
) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    let mention = doc
        .mention_at(from)
        .map(|i| &doc.mentions[i])
        .filter(|m| m.start <= from && to <= m.end.max(from));
    let (a, b, current) = match mention {
        Some(m) => (m.start, m.end, Some(m)),
        None if to > from => {
            // the selection, trimmed
            let sel: Vec<char> = doc.slice(from, to).chars().collect();
            let lead = sel.iter().take_while(|c| c.is_whitespace()).count();
            let trail = sel.iter().rev().take_while(|c| c.is_whitespace()).count();
            if lead == sel.len() {
                return out;
            }
            (from + lead, to - trail, None)
        }
        None => return out,
    };
    let text = doc.slice(a, b);
    let entity_of = |m: &Mention| {
        m.human_entity.clone().or_else(|| {
            m.entity
                .and_then(|e| corpus.entity(e))
                .map(|e| e.id.clone())
        })
    };
    for label in [Label::Per, Label::Org, Label::Loc, Label::Misc, Label::Date] {
        let title = match current {
            Some(m) if m.label == label && m.annotated => continue,
            Some(m) if m.label == label => format!(
                "Confirm `{text}` as {} ({})",
                label.as_str(),
                label.describe()
            ),
            Some(_) => format!(
                "Change the label of `{text}` to {} ({})",
                label.as_str(),
                label.describe()
            ),
            None => format!("Mark `{text}` as {} ({})", label.as_str(), label.describe()),
        };
        let (entity, value) = match current {
            Some(m) if label == Label::Date => (None, m.value.clone()),
            Some(m) if m.label != Label::Date => (entity_of(m), None),
            _ => (None, None),
        };
        if let Some(edit) = ann_edit(
            ctx,
            doc,
            AnnKind::Label(label),
            a,
            b,
            &text,
            entity.as_deref(),
            value.as_deref(),
        ) {
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title,
                kind: Some(CodeActionKind::new(ANNOTATE)),
                edit: Some(edit),
                ..Default::default()
            }));
        }
    }
    if let Some(edit) = ann_edit(ctx, doc, AnnKind::Rejected, a, b, &text, None, None) {
        out.push(CodeActionOrCommand::CodeAction(CodeAction {
            title: format!("`{text}` is not an entity"),
            kind: Some(CodeActionKind::new(ANNOTATE)),
            edit: Some(edit),
            ..Default::default()
        }));
    }
    // link to another entity of the same kind
    if let Some(m) = current.filter(|m| m.label != Label::Date) {
        let mut cands: Vec<usize> = corpus
            .search_entities(&text)
            .into_iter()
            .filter(|&i| Some(i) != m.entity && corpus.entities()[i].label == m.label)
            .take(5)
            .collect();
        if cands.len() < 5 {
            let mut by_freq: Vec<usize> = (0..corpus.entities().len())
                .filter(|&i| {
                    Some(i) != m.entity
                        && corpus.entities()[i].label == m.label
                        && !cands.contains(&i)
                })
                .collect();
            by_freq.sort_by_key(|&i| std::cmp::Reverse(corpus.entities()[i].mentions.len()));
            cands.extend(by_freq.into_iter().take(5 - cands.len()));
        }
        for i in cands {
            let e = &corpus.entities()[i];
            if let Some(edit) = ann_edit(
                ctx,
                doc,
                AnnKind::Label(m.label),
                a,
                b,
                &text,
                Some(&e.id),
                None,
            ) {
                out.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: format!("Link `{text}` to {} ({})", e.canonical, e.id),
                    kind: Some(CodeActionKind::new(ANNOTATE)),
                    edit: Some(edit),
                    ..Default::default()
                }));
            }
        }
    }
    out
}

/// A WorkspaceEdit writing `NAME.ann` with the document's annotations plus a new one (an
/// existing annotation on the same span is replaced).
#[allow(clippy::too_many_arguments)]
pub fn ann_edit(
    ctx: &Ctx,
    doc: &Doc,
    kind: AnnKind,
    a: usize,
    b: usize,
    text: &str,
    entity: Option<&str>,
    value: Option<&str>,
) -> Option<WorkspaceEdit> {
    let ann_path = doc.path.with_extension("ann");
    let mut recs: Vec<AnnRecord<'_>> = doc
        .annotations
        .annotations
        .iter()
        .filter(|x| !(x.start == a && x.end == b))
        .map(|x| AnnRecord {
            kind: &x.kind,
            start: x.start,
            end: x.end,
            text: &x.text,
            entity: x.entity.as_deref(),
            value: x.value.as_deref(),
        })
        .collect();
    recs.push(AnnRecord {
        kind: &kind,
        start: a,
        end: b,
        text,
        entity,
        value,
    });
    recs.sort_by_key(|r| (r.start, r.end));
    let content = write_ann(recs, &doc.annotations.other);
    let uri = ctx.uri(&ann_path)?;
    // the current content: the open buffer, else the file (the article's own folder)
    let folder = doc.path.parent().map(Path::to_path_buf).unwrap_or_default();
    let existing: Option<String> = ctx.ann_buffers.get(&ann_path).cloned().or_else(|| {
        let roots = if ctx.roots.is_empty() {
            vec![folder]
        } else {
            ctx.roots.clone()
        };
        super::workspace::read_inside(&roots, &ann_path)
    });
    let exists = existing.is_some() || ann_path.exists();
    let end = match &existing {
        Some(c) => {
            let li = LineIndex::new(c);
            let (l, col) = li.position(c, li.len_chars(), ctx.enc);
            Position::new(l, col)
        }
        None => Position::new(0, 0),
    };
    let edit = TextEdit {
        range: Range::new(Position::new(0, 0), end),
        new_text: content,
    };
    if ctx.caps.document_changes {
        let mut ops: Vec<DocumentChangeOperation> = Vec::new();
        if !exists {
            if !ctx.caps.create_files {
                return None;
            }
            ops.push(DocumentChangeOperation::Op(ResourceOp::Create(
                CreateFile {
                    uri: uri.clone(),
                    options: Some(CreateFileOptions {
                        overwrite: Some(false),
                        ignore_if_exists: Some(true),
                    }),
                    annotation_id: None,
                },
            )));
        }
        ops.push(DocumentChangeOperation::Edit(TextDocumentEdit {
            text_document: OptionalVersionedTextDocumentIdentifier { uri, version: None },
            edits: vec![OneOf::Left(edit)],
        }));
        Some(WorkspaceEdit {
            document_changes: Some(DocumentChanges::Operations(ops)),
            ..Default::default()
        })
    } else if exists {
        Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri, vec![edit])])),
            ..Default::default()
        })
    } else {
        None
    }
}

/// A namespace symbol spanning its children (none when there are no children).
#[allow(deprecated)] // `deprecated` is a required field of the type
fn group_symbol(name: String, children: Vec<DocumentSymbol>) -> Option<DocumentSymbol> {
    let (first, last) = (children.first()?, children.last()?);
    Some(DocumentSymbol {
        name,
        detail: None,
        kind: SymbolKind::NAMESPACE,
        tags: None,
        deprecated: None,
        range: Range::new(first.range.start, last.range.end.max(first.range.end)),
        selection_range: first.selection_range,
        children: Some(children),
    })
}
