//! Human annotations in brat standoff (`NAME.ann` beside `NAME.txt`): reading, writing, and
//! the conventions of `annotation/GUIDELINES.md`.
//!
//! A rejected prediction ("not an entity") is recorded as a `T` line of type `Rejected`
//! over the span; scorers that count PER/ORG/LOC/MISC/DATE ignore it, and newsls drops every
//! prediction overlapping it.

use std::fmt::Write as _;
use std::path::Path;

use crate::analysis::Label;

/// What a human said about a span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnnKind {
    Label(Label),
    /// "Not an entity": predictions overlapping the span are dropped.
    Rejected,
}

/// One `T` line with its `N` normalizations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    pub id: String,
    pub kind: AnnKind,
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `ENTITY:<id>`
    pub entity: Option<String>,
    /// `TIMEX3:<value>`
    pub value: Option<String>,
    /// 1-based line of the `T` line in the file.
    pub line: usize,
}

/// A malformed line of a `.ann` file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for AnnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// A parsed `.ann` file: the annotations it holds and the lines it could not read.
/// Lines of other kinds (relations, events, attributes, notes) are kept verbatim in `other`
/// so that writing the file back loses nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AnnFile {
    pub annotations: Vec<Annotation>,
    pub errors: Vec<AnnError>,
    pub other: Vec<String>,
}

impl AnnFile {
    /// The file written back: its annotations (renumbered) and its other lines, verbatim.
    pub fn to_brat(&self) -> String {
        write_ann(
            self.annotations.iter().map(|a| AnnRecord {
                kind: &a.kind,
                start: a.start,
                end: a.end,
                text: &a.text,
                entity: a.entity.as_deref(),
                value: a.value.as_deref(),
            }),
            &self.other,
        )
    }
}

/// Parse brat standoff. Never fails: bad lines are reported in `errors` and skipped.
pub fn parse_ann(content: &str) -> AnnFile {
    let mut file = AnnFile::default();
    let mut refs: Vec<(usize, String, String)> = Vec::new();
    for (i, raw) in content.lines().enumerate() {
        let lineno = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let err = |m: &str| AnnError {
            line: lineno,
            message: m.to_string(),
        };
        if line.starts_with('T') {
            if fields.len() < 2 {
                file.errors.push(err(
                    "a T line needs an id, a type with offsets and the text, separated by tabs",
                ));
                continue;
            }
            let mut head = fields[1].split(' ');
            let kind_str = head.next().unwrap_or("");
            let kind = if kind_str == "Rejected" {
                AnnKind::Rejected
            } else if let Some(l) = Label::parse(kind_str) {
                AnnKind::Label(l)
            } else {
                file.other.push(line.to_string());
                continue;
            };
            let rest: Vec<&str> = head.collect();
            let joined = rest.join(" ");
            let mut bounds = Vec::new();
            let mut ok = true;
            for piece in joined.split(';') {
                let mut it = piece.split_whitespace();
                match (
                    it.next().and_then(|a| a.parse::<usize>().ok()),
                    it.next().and_then(|b| b.parse::<usize>().ok()),
                ) {
                    (Some(a), Some(b)) if a < b => bounds.push((a, b)),
                    _ => ok = false,
                }
            }
            if !ok || bounds.is_empty() {
                file.errors
                    .push(err(&format!("bad offsets {:?}", fields[1])));
                continue;
            }
            let start = bounds.iter().map(|b| b.0).min().unwrap_or(0);
            let end = bounds.iter().map(|b| b.1).max().unwrap_or(0);
            file.annotations.push(Annotation {
                id: fields[0].to_string(),
                kind,
                start,
                end,
                text: fields.get(2).map_or_else(String::new, |s| s.to_string()),
                entity: None,
                value: None,
                line: lineno,
            });
        } else if line.starts_with('N') {
            let parts: Vec<&str> = fields
                .get(1)
                .map_or_else(Vec::new, |s| s.split_whitespace().collect());
            if parts.len() < 3 || !parts[2].contains(':') {
                file.errors.push(err(
                    "an N line needs `Reference T<n> ENTITY:<id>` or `TIMEX3:<value>`",
                ));
                continue;
            }
            refs.push((lineno, parts[1].to_string(), parts[2].to_string()));
        } else {
            file.other.push(line.to_string());
        }
    }
    for (lineno, tid, norm) in refs {
        let (kind, value) = norm.split_once(':').unwrap_or(("", ""));
        match file.annotations.iter_mut().find(|a| a.id == tid) {
            None => file.errors.push(AnnError {
                line: lineno,
                message: format!("reference to unknown {tid}"),
            }),
            Some(a) => match kind.to_ascii_uppercase().as_str() {
                "ENTITY" => a.entity = Some(value.to_string()),
                "TIMEX3" => a.value = Some(value.to_string()),
                _ => file.other.push(format!("N?\tReference {tid} {norm}")),
            },
        }
    }
    file
}

/// A span to write: label (or rejection), offsets, covered text and normalizations.
#[derive(Debug, Clone)]
pub struct AnnRecord<'a> {
    pub kind: &'a AnnKind,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub entity: Option<&'a str>,
    pub value: Option<&'a str>,
}

/// Write brat standoff: `T` lines numbered from 1 in the given order, each followed by its
/// `N` lines (`ENTITY:` on names, `TIMEX3:` on dates). Tabs and line breaks in covered text
/// are replaced by spaces (brat keeps one line per annotation).
pub fn write_ann<'a>(records: impl IntoIterator<Item = AnnRecord<'a>>, other: &[String]) -> String {
    let mut out = String::new();
    let mut n = 0usize;
    for (i, r) in records.into_iter().enumerate() {
        let t = i + 1;
        let label = match r.kind {
            AnnKind::Label(l) => l.as_str(),
            AnnKind::Rejected => "Rejected",
        };
        let text: String = r
            .text
            .chars()
            .map(|c| {
                if c == '\t' || c == '\n' || c == '\r' {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let _ = writeln!(out, "T{t}\t{label} {} {}\t{text}", r.start, r.end);
        if let Some(e) = r.entity {
            n += 1;
            let _ = writeln!(out, "N{n}\tReference T{t} ENTITY:{e}\t{text}");
        }
        if let Some(v) = r.value {
            n += 1;
            let _ = writeln!(out, "N{n}\tReference T{t} TIMEX3:{v}\t{text}");
        }
    }
    for line in other {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Write `content` to `path` atomically: a temporary file in the same folder, then a rename.
pub fn write_atomically(path: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    // keep the mode of the file replaced, else the usual 0644 (temporary files are 0600)
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path)
            .map(|m| m.permissions().mode())
            .unwrap_or(0o644);
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    tmp.write_all(content.as_bytes())?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let src = "T1\tPER 0 6\tAkayev\nN1\tReference T1 ENTITY:askar_akayev\tAkayev\nT2\tDATE 7 14\ttối nay\nN2\tReference T2 TIMEX3:2005-03-24\ttối nay\nT3\tRejected 20 24\tNews\nR1\tRel Arg1:T1 Arg2:T2\n";
        let f = parse_ann(src);
        assert!(f.errors.is_empty());
        assert_eq!(f.annotations.len(), 3);
        assert_eq!(f.annotations[0].entity.as_deref(), Some("askar_akayev"));
        assert_eq!(f.annotations[1].value.as_deref(), Some("2005-03-24"));
        assert_eq!(f.annotations[2].kind, AnnKind::Rejected);
        let out = f.to_brat();
        assert_eq!(parse_ann(&out), f);
    }

    #[test]
    fn malformed_lines_are_reported_with_line_numbers() {
        let f = parse_ann("T1\tPER 5 x\tAk\nT2\tLOC 0 3\tNga\nN1\tReference T9 ENTITY:x\tq\nT3");
        assert_eq!(f.annotations.len(), 1);
        let lines: Vec<usize> = f.errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 4, 3]);
    }
}
