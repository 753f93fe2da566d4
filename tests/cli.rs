//! The command line, end to end: `newsls annotate` and `newsls check` on temporary copies of
//! `seeds/` and on small hand-made articles.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

const F000: &str = "000_1b7eb7dffb832bf4";
const F001: &str = "001_ab4c76185435afb9";
const F002: &str = "002_64800d0ccd1db957";

fn newsls() -> Command {
    Command::cargo_bin("newsls").expect("the newsls binary")
}

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

/// Copy every file of `seeds/` into `dir` (created).
fn copy_seeds(dir: &Path) {
    std::fs::create_dir_all(dir).unwrap();
    for e in std::fs::read_dir(seeds_dir()).unwrap() {
        let p = e.unwrap().path();
        if p.is_file() {
            std::fs::copy(&p, dir.join(p.file_name().unwrap())).unwrap();
        }
    }
}

/// A temp folder with `in/` holding the seeds.
fn seeds_copy() -> (TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    copy_seeds(&input);
    (tmp, input)
}

fn write(path: &Path, content: impl AsRef<[u8]>) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, content).unwrap();
}

fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 stdout")
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("UTF-8 stderr")
}

/// One parsed brat `T` line and its normalizations.
#[derive(Debug)]
struct T {
    id: String,
    label: String,
    start: usize,
    end: usize,
    text: String,
    entity: Option<String>,
    timex: Option<String>,
}

/// Parse an exported `.ann` strictly: only `T` and `N` lines, in the exported layout.
fn parse_brat(ann: &str) -> Vec<T> {
    let mut ts: Vec<T> = Vec::new();
    for line in ann.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 3, "bad line {line:?}");
        if f[0].starts_with('T') {
            let head: Vec<&str> = f[1].split(' ').collect();
            assert_eq!(head.len(), 3, "bad T line {line:?}");
            ts.push(T {
                id: f[0].to_string(),
                label: head[0].to_string(),
                start: head[1].parse().unwrap(),
                end: head[2].parse().unwrap(),
                text: f[2].to_string(),
                entity: None,
                timex: None,
            });
        } else if f[0].starts_with('N') {
            let parts: Vec<&str> = f[1].split(' ').collect();
            assert_eq!(parts.len(), 3, "bad N line {line:?}");
            assert_eq!(parts[0], "Reference");
            let t = ts
                .iter_mut()
                .find(|t| t.id == parts[1])
                .unwrap_or_else(|| panic!("N line before its T: {line:?}"));
            assert_eq!(t.text, f[2], "N text differs from its T: {line:?}");
            if let Some(e) = parts[2].strip_prefix("ENTITY:") {
                t.entity = Some(e.to_string());
            } else if let Some(v) = parts[2].strip_prefix("TIMEX3:") {
                t.timex = Some(v.to_string());
            } else {
                panic!("unknown normalization {line:?}");
            }
        } else {
            panic!("unexpected line {line:?}");
        }
    }
    ts
}

fn chars_of(path: &Path) -> Vec<char> {
    std::fs::read_to_string(path).unwrap().chars().collect()
}

/// Check an exported `.ann` against its text: offsets in code points, covered text equal to
/// the slice, an ENTITY on every name and a TIMEX3 on every date.
/// `newsls annotate --out OUT INPUT` (brat), which must succeed.
fn annotate_brat(out: &Path, input: &Path) {
    newsls()
        .args(["annotate", "--out"])
        .arg(out)
        .arg(input)
        .assert()
        .success();
}

fn check_brat(ann: &str, text: &[char]) -> Vec<T> {
    let ts = parse_brat(ann);
    for t in &ts {
        assert!(t.start < t.end && t.end <= text.len(), "{t:?}");
        let covered: String = text[t.start..t.end].iter().collect();
        let shown: String = covered
            .chars()
            .map(|c| {
                if matches!(c, '\t' | '\n' | '\r') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(shown, t.text, "{t:?}");
        match t.label.as_str() {
            "DATE" => {
                assert!(t.timex.is_some(), "date without TIMEX3: {t:?}");
                assert!(t.entity.is_none(), "{t:?}");
            }
            "PER" | "ORG" | "LOC" | "MISC" => {
                let e = t
                    .entity
                    .as_deref()
                    .unwrap_or_else(|| panic!("name without ENTITY: {t:?}"));
                assert!(!e.is_empty() && !e.contains(char::is_whitespace), "{t:?}");
                assert!(t.timex.is_none(), "{t:?}");
            }
            other => panic!("unexpected label {other}"),
        }
    }
    ts
}

fn jsonl_objects(s: &str) -> Vec<Value> {
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn annotate_jsonl(args: &[&str], paths: &[&Path]) -> (Vec<Value>, String) {
    let out = newsls()
        .arg("annotate")
        .args(["--format", "jsonl"])
        .args(args)
        .args(paths)
        .output()
        .unwrap();
    (jsonl_objects(&stdout_of(&out)), stderr_of(&out))
}

// ---------------------------------------------------------------- annotate: brat

#[test]
fn brat_writes_one_ann_per_input_at_its_relative_path() {
    let (tmp, input) = seeds_copy();
    // nested folders
    let nested = input.join("sub/deeper");
    std::fs::create_dir_all(&nested).unwrap();
    std::fs::copy(
        input.join(format!("{F001}.txt")),
        nested.join("nested_copy.txt"),
    )
    .unwrap();
    write(
        &input.join("sub/note.txt"),
        "Kurmanbek Bakiev flew to Taraz on April 15, 2010.",
    );
    let out = tmp.path().join("out");
    newsls()
        .args(["annotate", "--format", "brat", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    let expected = [
        format!("{F000}.ann"),
        format!("{F001}.ann"),
        format!("{F002}.ann"),
        "sub/note.ann".to_string(),
        "sub/deeper/nested_copy.ann".to_string(),
    ];
    for rel in &expected {
        let ann_path = out.join(rel);
        let ann = std::fs::read_to_string(&ann_path)
            .unwrap_or_else(|e| panic!("{}: {e}", ann_path.display()));
        let txt = input.join(Path::new(rel).with_extension("txt"));
        let ts = check_brat(&ann, &chars_of(&txt));
        assert!(!ts.is_empty(), "{rel} is empty");
    }
    // nothing else is written (no stray temporary files, no .ann beside the inputs)
    let mut written: Vec<String> = walk(&out)
        .iter()
        .map(|p| p.strip_prefix(&out).unwrap().display().to_string())
        .collect();
    written.sort();
    let mut exp: Vec<String> = expected.to_vec();
    exp.sort();
    assert_eq!(written, exp);
    assert!(!input.join(format!("{F000}.ann")).exists());
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn brat_of_the_seeds_has_names_and_dates() {
    let (tmp, input) = seeds_copy();
    let out = tmp.path().join("out");
    annotate_brat(&out, &input);
    let ann = std::fs::read_to_string(out.join(format!("{F002}.ann"))).unwrap();
    let ts = check_brat(&ann, &chars_of(&input.join(format!("{F002}.txt"))));
    assert!(ts.iter().any(|t| t.label == "PER"
        && t.text == "Bakiev"
        && t.entity.as_deref() == Some("kurmanbek_bakiev")));
    assert!(ts.iter().any(|t| t.label == "DATE" && t.timex.is_some()));
    let ann = std::fs::read_to_string(out.join(format!("{F000}.ann"))).unwrap();
    let ts = check_brat(&ann, &chars_of(&input.join(format!("{F000}.txt"))));
    assert!(ts
        .iter()
        .any(|t| t.text == "tối nay" && t.timex.as_deref() == Some("2005-03-24")));
}

#[test]
fn brat_to_stdout_names_each_file() {
    let (_tmp, input) = seeds_copy();
    let out = newsls().arg("annotate").arg(&input).output().unwrap();
    assert!(out.status.success());
    let s = stdout_of(&out);
    for stem in [F000, F001, F002] {
        assert!(s.contains(&format!("# {stem}.txt\n")), "{stem} missing");
    }
}

// ---------------------------------------------------------------- annotate: jsonl, conll

#[test]
fn jsonl_objects_have_every_field() {
    let (_tmp, input) = seeds_copy();
    let (objs, _) = annotate_jsonl(&[], &[&input]);
    assert!(objs.len() > 100, "{} objects", objs.len());
    let texts: Vec<(String, Vec<char>)> = [F000, F001, F002]
        .iter()
        .map(|s| {
            (
                format!("{s}.txt"),
                chars_of(&input.join(format!("{s}.txt"))),
            )
        })
        .collect();
    for o in &objs {
        let keys: Vec<&str> = o.as_object().unwrap().keys().map(String::as_str).collect();
        for k in ["file", "start", "end", "text", "label", "entity", "value"] {
            assert!(keys.contains(&k), "{k} missing in {o}");
        }
        let file = o["file"].as_str().unwrap();
        let chars = &texts.iter().find(|(f, _)| f == file).expect("known file").1;
        let (s, e) = (
            o["start"].as_u64().unwrap() as usize,
            o["end"].as_u64().unwrap() as usize,
        );
        let covered: String = chars[s..e].iter().collect();
        assert_eq!(o["text"], covered.as_str());
        let label = o["label"].as_str().unwrap();
        if label == "DATE" {
            assert!(o["value"].is_string(), "{o}");
            assert!(o["entity"].is_null(), "{o}");
        } else {
            assert!(["PER", "ORG", "LOC", "MISC"].contains(&label), "{o}");
            assert!(o["entity"].is_string(), "{o}");
        }
    }
}

#[test]
fn jsonl_to_a_folder_writes_corpus_jsonl() {
    let (tmp, input) = seeds_copy();
    let out = tmp.path().join("out");
    newsls()
        .args(["annotate", "--format", "jsonl", "--out"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success()
        .stdout(predicate::str::is_empty());
    let objs = jsonl_objects(&std::fs::read_to_string(out.join("corpus.jsonl")).unwrap());
    assert!(objs.len() > 100);
}

#[test]
fn conll_has_bio_tags() {
    let (_tmp, input) = seeds_copy();
    let out = newsls()
        .args(["annotate", "--format", "conll"])
        .arg(&input)
        .output()
        .unwrap();
    assert!(out.status.success());
    let s = stdout_of(&out);
    let tag_re = regex::Regex::new(r"^(O|[BI]-(PER|ORG|LOC|MISC|DATE))$").unwrap();
    let mut docstarts = 0;
    let mut prev = "O".to_string();
    let mut begins = 0;
    for line in s.lines() {
        if line.is_empty() {
            prev = "O".to_string();
            continue;
        }
        if let Some(f) = line.strip_prefix("-DOCSTART- ") {
            assert!(f.ends_with(".txt"), "{line}");
            docstarts += 1;
            continue;
        }
        let (tok, tag) = line.rsplit_once('\t').unwrap_or_else(|| panic!("{line:?}"));
        assert!(!tok.is_empty(), "{line:?}");
        assert!(tag_re.is_match(tag), "bad tag {line:?}");
        if let Some(l) = tag.strip_prefix("I-") {
            assert!(
                prev == format!("B-{l}") || prev == format!("I-{l}"),
                "{tag} after {prev}: {line:?}"
            );
        }
        if tag.starts_with("B-") {
            begins += 1;
        }
        prev = tag.to_string();
    }
    assert_eq!(docstarts, 3);
    assert!(begins > 100, "{begins} B- tags");
    assert!(s.contains("\tB-PER\n") && s.contains("\tB-DATE\n"));
}

#[test]
fn raw_vietnamese_is_read_as_words() {
    // Vietnamese written without word segmentation (syllables apart)
    let tmp = TempDir::new().unwrap();
    let file = tmp.path().join("vi.txt");
    write(
        &file,
        "Tổng thống Kurmanbek Bakiev gặp ông Edil Baisalov tại Bishkek hôm qua .\n",
    );
    let out = newsls()
        .args(["annotate", "--format", "conll", "--dct", "2010-04-08"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let s = stdout_of(&out);
    for line in [
        "Tổng_thống\tO",
        "Kurmanbek_Bakiev\tB-PER",
        "Edil_Baisalov\tB-PER",
        "Bishkek\tB-LOC",
        "hôm_qua\tB-DATE",
    ] {
        assert!(s.lines().any(|l| l == line), "{line:?} not in\n{s}");
    }
    // offsets stay those of the text as written
    let out = newsls()
        .args(["annotate", "--format", "jsonl", "--dct", "2010-04-08"])
        .arg(&file)
        .output()
        .unwrap();
    let objs = jsonl_objects(&stdout_of(&out));
    let bakiev = objs.iter().find(|o| o["label"] == "PER").expect("a person");
    assert_eq!(bakiev["text"], "Kurmanbek Bakiev");
    assert_eq!(
        (bakiev["start"].as_u64(), bakiev["end"].as_u64()),
        (Some(11), Some(27))
    );
}

// ---------------------------------------------------------------- check

#[test]
fn check_prints_findings_and_a_summary() {
    let (_tmp, input) = seeds_copy();
    let out = newsls().arg("check").arg(&input).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = stdout_of(&out);
    let re =
        regex::Regex::new(r"^(.+\.txt):(\d+):(\d+): (warning|error)\[([a-z-]+)\] (.+)$").unwrap();
    let findings: Vec<regex::Captures> = s.lines().filter_map(|l| re.captures(l)).collect();
    assert!(findings.len() >= 10, "{s}");
    for c in &findings {
        assert!(Path::new(&c[1]).exists(), "{}", &c[1]);
        assert!(c[2].parse::<usize>().unwrap() >= 1);
        assert!(c[3].parse::<usize>().unwrap() >= 1);
    }
    assert!(findings.iter().any(|c| &c[5] == "boilerplate"));
    assert!(findings.iter().any(|c| &c[5] == "segmentation"));
    // summary
    assert!(s.contains("3 article(s)"), "{s}");
    assert!(s.contains(&format!("{} finding(s)", findings.len())), "{s}");
}

#[test]
fn check_line_and_column_are_in_code_points() {
    let (_tmp, input) = seeds_copy();
    let out = newsls()
        .args(["check", "--format", "json"])
        .arg(&input)
        .output()
        .unwrap();
    for o in jsonl_objects(&stdout_of(&out)) {
        if o.get("summary").is_some() {
            continue;
        }
        let file = PathBuf::from(o["file"].as_str().unwrap());
        let text = std::fs::read_to_string(&file).unwrap();
        let start = o["start"].as_u64().unwrap() as usize;
        let before: String = text.chars().take(start).collect();
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().unwrap().chars().count() + 1;
        assert_eq!(o["line"].as_u64().unwrap() as usize, line, "{o}");
        assert_eq!(o["col"].as_u64().unwrap() as usize, col, "{o}");
    }
}

#[test]
fn check_json_has_one_object_per_line() {
    let (_tmp, input) = seeds_copy();
    let out = newsls()
        .args(["check", "--format", "json"])
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let objs = jsonl_objects(&stdout_of(&out));
    let (summary, findings): (Vec<&Value>, Vec<&Value>) =
        objs.iter().partition(|o| o.get("summary").is_some());
    assert_eq!(summary.len(), 1);
    assert!(findings.len() >= 10);
    for o in &findings {
        for k in [
            "file",
            "start",
            "end",
            "line",
            "col",
            "severity",
            "code",
            "message",
            "suggestion",
        ] {
            assert!(o.get(k).is_some(), "{k} missing in {o}");
        }
        assert!(["warning", "error"].contains(&o["severity"].as_str().unwrap()));
        assert!(o["start"].as_u64() <= o["end"].as_u64());
    }
    assert!(findings.iter().any(|o| o["code"] == "segmentation"
        && o["suggestion"] == "Kyrgyzstan bỏ"
        && o["start"] == 2065));
    assert_eq!(summary[0]["summary"]["articles"], 3);
    assert_eq!(
        summary[0]["summary"]["findings"].as_u64().unwrap() as usize,
        findings.len()
    );
}

#[test]
fn exit_codes() {
    let (tmp, input) = seeds_copy();
    newsls().arg("check").arg(&input).assert().code(0);
    newsls()
        .args(["check", "--fail-on", "warning"])
        .arg(&input)
        .assert()
        .code(1);
    // a clean article passes --fail-on warning
    let clean = tmp.path().join("clean");
    write(
        &clean.join("a.txt"),
        "Kurmanbek Bakiev met Roza Otunbayeva in Bishkek on April 7, 2010.\n",
    );
    newsls()
        .args(["check", "--fail-on", "warning"])
        .arg(&clean)
        .assert()
        .code(0);
    // --fail-on error: the seeds have warnings only
    newsls()
        .args(["check", "--fail-on", "error"])
        .arg(&input)
        .assert()
        .code(0);
    // a missing path
    let missing = tmp.path().join("no-such-folder");
    newsls()
        .arg("check")
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-folder"));
    newsls()
        .arg("annotate")
        .arg(&missing)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-folder"));
    // usage errors
    newsls().assert().code(2);
    newsls()
        .args(["annotate", "--dct", "not-a-date"])
        .arg(&input)
        .assert()
        .code(2);
}

#[test]
fn malformed_ann_error_exits_one_with_fail_on_error() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        &tmp.path().join("a.txt"),
        "Kurmanbek Bakiev met Roza Otunbayeva in Bishkek.",
    );
    write(&tmp.path().join("a.ann"), "T1\tPER 0 x\tKurmanbek Bakiev\n");
    newsls()
        .args(["check", "--fail-on", "error"])
        .arg(tmp.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[annotation-error]"));
}

// ---------------------------------------------------------------- bad input files

#[test]
fn invalid_utf8_and_binary_files_are_reported_and_skipped() {
    let (tmp, input) = seeds_copy();
    write(
        &input.join("latin1.txt"),
        b"Caf\xe9 in Bishkek.\n".as_slice(),
    );
    write(
        &input.join("binary.txt"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".as_slice(),
    );
    let out = tmp.path().join("out");
    let run = newsls()
        .args(["annotate", "--out"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    let err = stderr_of(&run);
    let lines: Vec<&str> = err.lines().collect();
    let latin = lines
        .iter()
        .filter(|l| l.contains("latin1.txt"))
        .collect::<Vec<_>>();
    assert_eq!(latin.len(), 1, "{err}");
    assert!(latin[0].contains("byte offset 3"), "{err}");
    let bin = lines
        .iter()
        .filter(|l| l.contains("binary.txt"))
        .collect::<Vec<_>>();
    assert_eq!(bin.len(), 1, "{err}");
    assert!(bin[0].contains("byte offset 8"), "{err}");
    // the run went on
    for stem in [F000, F001, F002] {
        assert!(out.join(format!("{stem}.ann")).exists(), "{stem}");
    }
    assert!(!out.join("latin1.ann").exists());
    assert!(!out.join("binary.ann").exists());
    // and check too
    let run = newsls().arg("check").arg(&input).output().unwrap();
    assert!(stdout_of(&run).contains("3 article(s)"));
    assert!(stderr_of(&run).contains("latin1.txt"));
}

// ---------------------------------------------------------------- ignore files

#[test]
fn gitignore_and_ignore_files_exclude_articles() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    let art = "Kurmanbek Bakiev met Roza Otunbayeva in Bishkek on April 7, 2010.";
    for p in [
        "keep.txt",
        "drafts/skip.txt",
        "private/secret.txt",
        "sub/keep2.txt",
        "sub/local.txt",
    ] {
        write(&input.join(p), art);
    }
    write(&input.join(".gitignore"), "drafts/\n");
    write(&input.join(".ignore"), "secret.txt\n");
    write(&input.join("sub/.gitignore"), "local.txt\n");
    let out = tmp.path().join("out");
    annotate_brat(&out, &input);
    let mut written: Vec<String> = walk(&out)
        .iter()
        .map(|p| p.strip_prefix(&out).unwrap().display().to_string())
        .collect();
    written.sort();
    assert_eq!(written, ["keep.ann", "sub/keep2.ann"]);
}

// ---------------------------------------------------------------- human annotations

const HUMAN_TEXT: &str =
    "Kurmanbek Bakiev met Roza Otunbayeva in Bishkek on April 7, 2010. Bishkek was calm.";

#[test]
fn human_ann_overrides_predictions() {
    let tmp = tempfile::tempdir().unwrap();
    let txt = tmp.path().join("a.txt");
    write(&txt, HUMAN_TEXT);
    // without .ann: predictions
    let (before, _) = annotate_jsonl(&[], &[tmp.path()]);
    assert!(
        before
            .iter()
            .any(|o| o["text"] == "Bishkek" && o["start"] == 40),
        "Bishkek is not predicted: {before:?}"
    );
    // the human says: `Roza Otunbayeva` is ORG with id `my_id`, the first `Bishkek` is not a name,
    // `Kurmanbek` alone is a PER
    let ann = "T1\tORG 21 36\tRoza Otunbayeva\nN1\tReference T1 ENTITY:my_id\tRoza Otunbayeva\n\
               T2\tRejected 40 47\tBishkek\n\
               T3\tPER 0 9\tKurmanbek\n";
    write(&tmp.path().join("a.ann"), ann);
    let (after, err) = annotate_jsonl(&[], &[tmp.path()]);
    assert!(err.is_empty(), "{err}");
    let roza: Vec<&Value> = after.iter().filter(|o| o["start"] == 21).collect();
    assert_eq!(roza.len(), 1, "{after:?}");
    assert_eq!(roza[0]["end"], 36);
    assert_eq!(roza[0]["label"], "ORG");
    assert_eq!(roza[0]["entity"], "my_id");
    assert!(
        !after.iter().any(|o| {
            let (s, e) = (o["start"].as_u64().unwrap(), o["end"].as_u64().unwrap());
            s < 47 && 40 < e
        }),
        "the rejected Bishkek is still there: {after:?}"
    );
    let kur: Vec<&Value> = after.iter().filter(|o| o["start"] == 0).collect();
    assert_eq!(kur.len(), 1);
    assert_eq!(kur[0]["end"], 9);
    assert_eq!(kur[0]["label"], "PER");
    // the second Bishkek is still predicted
    assert!(after
        .iter()
        .any(|o| o["text"] == "Bishkek" && o["start"] == 66));
    // brat export agrees
    let out = tmp.path().join("out");
    annotate_brat(&out, &txt);
    let ts = check_brat(
        &std::fs::read_to_string(out.join("a.ann")).unwrap(),
        &HUMAN_TEXT.chars().collect::<Vec<_>>(),
    );
    assert!(ts.iter().any(|t| t.start == 21
        && t.end == 36
        && t.label == "ORG"
        && t.entity.as_deref() == Some("my_id")));
    // the human file is untouched
    assert_eq!(
        std::fs::read_to_string(tmp.path().join("a.ann")).unwrap(),
        ann
    );
}

#[test]
fn malformed_ann_is_reported_and_left_unchanged() {
    let tmp = tempfile::tempdir().unwrap();
    write(&tmp.path().join("a.txt"), HUMAN_TEXT);
    let ann: &[u8] = b"T1\tPER 0 16\tKurmanbek Bakiev\nT2\tLOC forty 47\tBishkek\nN1\tReference T9 ENTITY:x\tq\n\xe2\x80\x94 trailing\r\n";
    let ann_path = tmp.path().join("a.ann");
    write(&ann_path, ann);
    let (objs, err) = annotate_jsonl(&[], &[tmp.path()]);
    // an error naming the file and the line
    assert!(err.contains("a.ann:2"), "{err}");
    assert!(err.contains("a.ann:3"), "{err}");
    // predictions are used meanwhile (and the good T line too)
    assert!(objs
        .iter()
        .any(|o| o["text"] == "Bishkek" && o["start"] == 40));
    assert!(objs.iter().any(|o| o["start"] == 0 && o["end"] == 16));
    // brat export does not touch the file either
    let out = tmp.path().join("out");
    newsls()
        .args(["annotate", "--out"])
        .arg(&out)
        .arg(tmp.path())
        .assert()
        .stderr(predicate::str::contains("a.ann:2"));
    newsls().arg("check").arg(tmp.path()).assert().code(0);
    assert_eq!(std::fs::read(&ann_path).unwrap(), ann);
}

// ---------------------------------------------------------------- dates and offsets

#[test]
fn dct_changes_relative_dates() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        &tmp.path().join("a.txt"),
        "The minister said today that the talks would go on.",
    );
    let value_of_today = |dct: &str| {
        let (objs, _) = annotate_jsonl(&["--dct", dct], &[tmp.path()]);
        objs.iter()
            .find(|o| o["text"] == "today")
            .map(|o| o["value"].as_str().unwrap_or("").to_string())
    };
    assert_eq!(value_of_today("2011-02-03").as_deref(), Some("2011-02-03"));
    assert_eq!(value_of_today("2012-12-31").as_deref(), Some("2012-12-31"));
}

#[test]
fn dct_overrides_corpus_tsv() {
    let (_tmp, input) = seeds_copy();
    let (objs, _) = annotate_jsonl(&["--dct", "2006-01-10"], &[&input]);
    let tonight = objs
        .iter()
        .find(|o| o["text"] == "tối nay")
        .expect("tối nay");
    assert_eq!(tonight["value"], "2006-01-10");
    // absolute dates are not moved
    let abs = objs
        .iter()
        .find(|o| o["text"] == "22/03/2005")
        .expect("22/03/2005");
    assert_eq!(abs["value"], "2005-03-22");
}

#[test]
fn bom_and_crlf_get_code_point_offsets() {
    let tmp = tempfile::tempdir().unwrap();
    let text = "\u{feff}Kyrgyz crisis\r\n\r\nKurmanbek Bakiev flew from Jalal-Abad to Taraz on April 15, 2010.\r\nRoza Otunbayeva said in Bishkek that Bakiev had resigned.\r\n";
    let txt = tmp.path().join("bom.txt");
    write(&txt, text);
    let chars: Vec<char> = text.chars().collect();
    let out = tmp.path().join("out");
    annotate_brat(&out, &txt);
    let ts = check_brat(
        &std::fs::read_to_string(out.join("bom.ann")).unwrap(),
        &chars,
    );
    let find = |s: &str| {
        ts.iter()
            .find(|t| t.text == s)
            .unwrap_or_else(|| panic!("{s} not found: {ts:?}"))
    };
    // the BOM is one code point, each CRLF two
    let bakiev = find("Kurmanbek Bakiev");
    assert_eq!(bakiev.start, 1 + 13 + 4);
    let roza = find("Roza Otunbayeva");
    let expected = text.find("Roza").unwrap();
    assert_eq!(roza.start, text[..expected].chars().count());
    // jsonl agrees
    let (objs, _) = annotate_jsonl(&[], &[&txt]);
    for o in &objs {
        let (s, e) = (
            o["start"].as_u64().unwrap() as usize,
            o["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(o["text"], chars[s..e].iter().collect::<String>().as_str());
    }
    // and check's line/column count the BOM as a column of line 1 only
    let run = newsls()
        .args(["check", "--format", "json"])
        .arg(&txt)
        .output()
        .unwrap();
    assert!(run.status.success());
}

#[test]
fn a_single_file_argument_is_annotated() {
    let (tmp, input) = seeds_copy();
    let out = tmp.path().join("out");
    annotate_brat(&out, &input.join(format!("{F000}.txt")));
    let ann = std::fs::read_to_string(out.join(format!("{F000}.ann"))).unwrap();
    // the corpus.tsv beside it still applies (DCT 2005-03-24)
    assert!(ann.contains("TIMEX3:2005-03-24"), "{ann}");
}
