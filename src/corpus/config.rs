//! Per-folder settings: `corpus.tsv` (document creation date and language per article) and
//! `newsls.toml` (defaults for the folder: dct, lang, include/exclude globs).

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Deserialize;

use crate::text::Lang;

/// One row of `corpus.tsv`: `name<TAB>dct<TAB>lang`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocMeta {
    pub dct: Option<NaiveDate>,
    pub lang: Option<Lang>,
}

/// `corpus.tsv` of one folder, keyed by the article's file stem.
pub fn parse_corpus_tsv(content: &str) -> HashMap<String, DocMeta> {
    let mut out = HashMap::new();
    for line in content.lines() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let Some(name) = cols.next() else { continue };
        let name = name.trim().trim_end_matches(".txt").to_string();
        let dct = cols.next().and_then(parse_date);
        let lang = cols.next().and_then(Lang::from_code);
        out.insert(name, DocMeta { dct, lang });
    }
    out
}

/// An ISO date (`2010-04-08`, or the date part of `2010-04-08T10:00`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let s = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// `newsls.toml`.
#[derive(Debug, Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct FolderConfig {
    /// Document creation date for articles that `corpus.tsv` does not date.
    pub dct: Option<String>,
    /// Language for articles that `corpus.tsv` does not name (`en`, `vi`); else detected.
    pub lang: Option<String>,
    /// Globs of articles to index (default: every `*.txt`).
    pub include: Vec<String>,
    /// Globs of articles to leave out.
    pub exclude: Vec<String>,
}

impl FolderConfig {
    pub fn parse(content: &str) -> Result<FolderConfig, String> {
        toml::from_str(content).map_err(|e| e.to_string())
    }

    pub fn dct(&self) -> Option<NaiveDate> {
        self.dct.as_deref().and_then(parse_date)
    }

    pub fn lang(&self) -> Option<Lang> {
        self.lang.as_deref().and_then(Lang::from_code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_corpus_tsv() {
        let m = parse_corpus_tsv("a\t2005-03-24\tvi\nb\t\ten\n\nc.txt\t2010-04-08T00:00\n");
        assert_eq!(m["a"].dct, NaiveDate::from_ymd_opt(2005, 3, 24));
        assert_eq!(m["a"].lang, Some(Lang::Vi));
        assert_eq!(m["b"].dct, None);
        assert_eq!(m["c"].dct, NaiveDate::from_ymd_opt(2010, 4, 8));
    }

    #[test]
    fn reads_toml() {
        let c = FolderConfig::parse("dct = \"2010-01-02\"\nexclude = [\"drafts/**\"]\n").unwrap();
        assert_eq!(c.dct(), NaiveDate::from_ymd_opt(2010, 1, 2));
        assert!(FolderConfig::parse("bogus = 1").is_err());
    }
}
