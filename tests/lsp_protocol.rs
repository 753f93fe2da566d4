//! Protocol tests: the real transport (Content-Length frames over an in-memory duplex) against
//! `newsls::lsp::serve`, on a temp copy of `seeds/`.

mod lsp_support;

use std::time::Duration;

use lsp_support::*;
use serde_json::{json, Value};

const VI: &str = "000_1b7eb7dffb832bf4.txt";
const EN1: &str = "001_ab4c76185435afb9.txt";
const EN2: &str = "002_64800d0ccd1db957.txt";

async fn seeded(encodings: &[&str]) -> (tempfile::TempDir, Client) {
    let ws = seed_workspace();
    let c = Client::start(Some(ws.path()), encodings, json!({})).await;
    c.wait_ready(3).await;
    (ws, c)
}

fn tpp(path: &std::path::Path, pos: Value) -> Value {
    json!({"textDocument": {"uri": uri(path)}, "position": pos})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn initialize_negotiates_encoding_and_legend() {
    for (offered, expect) in [
        (vec!["utf-8", "utf-16", "utf-32"], "utf-8"),
        (vec!["utf-16"], "utf-16"),
        (vec![], "utf-16"),
        (vec!["utf-32"], "utf-32"),
        (vec!["utf-32", "utf-16"], "utf-16"),
    ] {
        let c = Client::start(None, &offered, json!({})).await;
        assert_eq!(
            c.init["capabilities"]["positionEncoding"], expect,
            "offered {offered:?}"
        );
        let legend = &c.init["capabilities"]["semanticTokensProvider"]["legend"];
        assert_eq!(
            legend["tokenTypes"],
            json!(["person", "organization", "location", "misc", "date"])
        );
        assert_eq!(
            legend["tokenModifiers"],
            json!(["declaration", "annotated", "variant"])
        );
        assert_eq!(
            c.init["capabilities"]["textDocumentSync"]["change"], 2,
            "incremental sync"
        );
        assert_eq!(
            c.init["capabilities"]["semanticTokensProvider"]["full"]["delta"],
            true
        );
        assert_eq!(c.shutdown().await, 0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn indexes_workspace_with_progress_watchers_and_status() {
    let (_ws, c) = seeded(&["utf-16"]).await;
    let create = c.server_requests("window/workDoneProgress/create");
    assert_eq!(create.len(), 1);
    let token = create[0]["params"]["token"].clone();
    let progress: Vec<Value> = c
        .notifications("$/progress")
        .into_iter()
        .filter(|p| p["params"]["token"] == token)
        .collect();
    let kinds: Vec<&str> = progress
        .iter()
        .map(|p| p["params"]["value"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds.first(), Some(&"begin"));
    assert_eq!(kinds.last(), Some(&"end"));
    assert!(
        progress.iter().any(|p| p["params"]["value"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("/3 files"))),
        "{progress:?}"
    );
    let reg = c.server_requests("client/registerCapability");
    let globs: Vec<String> = reg[0]["params"]["registrations"][0]["registerOptions"]["watchers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["globPattern"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        globs,
        ["**/*.txt", "**/*.ann", "**/corpus.tsv", "**/newsls.toml"]
    );
    let status = c.wait_ready(3).await;
    assert_eq!(status["params"]["articles"], 3);
    assert!(status["params"]["entities"].as_u64().unwrap() > 5);
    assert!(c
        .notifications("newsls/status")
        .iter()
        .any(|s| s["params"]["state"] == "indexing"));
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn semantic_tokens_full_range_and_delta() {
    let (ws, c) = seeded(&["utf-16"]).await;
    let p = ws.path().join(VI);
    let text = c.open(&p, 1).await;
    let full = c
        .request("textDocument/semanticTokens/full", text_document(&p))
        .await;
    let data = full["result"]["data"].as_array().unwrap().clone();
    let toks = decode_tokens(&text, &data, "utf-16");
    assert!(
        toks.iter().any(|(t, ty, _)| t == "Akayev" && *ty == 0),
        "Akayev is a person: {toks:?}"
    );
    assert!(
        toks.iter().any(|(t, ty, _)| t == "Kyrgyzstan" && *ty == 2),
        "{toks:?}"
    );
    assert!(toks.iter().any(|(_, ty, _)| *ty == 4), "a date token");
    assert!(
        toks.iter().any(|(_, _, m)| m & 1 == 1),
        "some defining mention"
    );
    // range: only tokens inside
    let range = c.request("textDocument/semanticTokens/range", json!({"textDocument": {"uri": uri(&p)}, "range": {"start": {"line": 0, "character": 0}, "end": position_of(&text, "Baisalov", 0, "utf-16")}})).await;
    let rt = decode_tokens(&text, range["result"]["data"].as_array().unwrap(), "utf-16");
    assert!(!rt.is_empty() && rt.len() < toks.len());
    // delta after an edit
    let id = full["result"]["resultId"].as_str().unwrap().to_string();
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": uri(&p), "version": 2}, "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "Hôm_nay "}]})).await;
    let delta = c
        .request(
            "textDocument/semanticTokens/full/delta",
            json!({"textDocument": {"uri": uri(&p)}, "previousResultId": id}),
        )
        .await;
    assert!(delta["result"]["edits"].is_array(), "{delta}");
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnostics_are_pushed_versioned_with_entity_severity_setting() {
    let (ws, c) = seeded(&["utf-8"]).await;
    let p = ws.path().join(VI);
    c.open(&p, 7).await;
    let d = c.diagnostics(&p, 7).await;
    assert_eq!(d["version"], 7);
    let diags = d["diagnostics"].as_array().unwrap();
    assert!(diags.iter().all(|x| x["source"] == "newsls"));
    let person = diags
        .iter()
        .find(|x| x["code"] == "entity.person")
        .expect("entity.person");
    assert_eq!(person["severity"], 4, "hint by default");
    assert!(diags.iter().any(|x| x["code"] == "entity.date"));
    assert!(diags.iter().any(|x| x["code"] == "entity.location"));
    // a finding: Bishkev is a variant of Bishkek (warning, with related information)
    let variant = diags.iter().find(|x| x["code"] == "variant");
    if let Some(v) = variant {
        assert_eq!(v["severity"], 2);
    }
    c.clear_notifications();
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"newsls": {"diagnostics": {"entities": "information"}}}}),
    )
    .await;
    let d = c.diagnostics(&p, 7).await;
    assert!(d["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|x| x["code"].as_str().unwrap().starts_with("entity."))
        .all(|x| x["severity"] == 3));
    c.clear_notifications();
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"newsls": {"diagnostics": {"entities": "off"}}}}),
    )
    .await;
    let d = c.diagnostics(&p, 7).await;
    assert!(!d["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|x| x["code"].as_str().unwrap().starts_with("entity.")));
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_entity_card_and_date() {
    let (ws, c) = seeded(&["utf-16"]).await;
    let p = ws.path().join(EN2);
    let text = c.open(&p, 1).await;
    let h = c
        .request(
            "textDocument/hover",
            tpp(&p, position_of(&text, "Bakiev", 0, "utf-16")),
        )
        .await;
    let md = h["result"]["contents"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(h["result"]["contents"]["kind"], "markdown");
    assert!(
        md.contains("person")
            && md.contains("**")
            && md.contains("Spellings:")
            && md.contains("Mentions:")
            && md.contains("First named in"),
        "{md}"
    );
    // a date: value, weekday, what it was resolved against
    let vi = ws.path().join(VI);
    let vtext = c.open(&vi, 1).await;
    let h = c
        .request(
            "textDocument/hover",
            tpp(&vi, position_of(&vtext, "22/03/2005", 0, "utf-16")),
        )
        .await;
    let md = h["result"]["contents"]["value"]
        .as_str()
        .unwrap_or("")
        .to_string();
    assert!(
        md.contains("2005-03-22") && md.contains("Tuesday") && md.contains("corpus.tsv"),
        "{md}"
    );
    // nothing at a plain word
    let h = c
        .request(
            "textDocument/hover",
            tpp(&vi, position_of(&vtext, "thương_thảo", 0, "utf-16")),
        )
        .await;
    assert!(h["result"].is_null());
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn definition_and_references_across_articles_and_languages() {
    let (ws, c) = seeded(&["utf-16"]).await;
    let p = ws.path().join(VI);
    let text = c.open(&p, 1).await;
    let en2 = std::fs::read_to_string(ws.path().join(EN2)).unwrap();
    let pos = position_of(&text, "Akayev", 0, "utf-16");
    let d = c
        .request("textDocument/definition", tpp(&p, pos.clone()))
        .await;
    let loc = &d["result"];
    assert_eq!(
        loc["uri"],
        uri(&ws.path().join(EN2)),
        "definition of Akayev lands in the English article: {d}"
    );
    assert_eq!(
        loc["range"]["start"],
        position_of(&en2, "Askar Akaev", 0, "utf-16")
    );
    let decl = c
        .request("textDocument/declaration", tpp(&p, pos.clone()))
        .await;
    assert_eq!(decl["result"], d["result"]);
    let mut params = tpp(&p, pos.clone());
    params["context"] = json!({"includeDeclaration": true});
    let refs = c.request("textDocument/references", params.clone()).await;
    let refs = refs["result"].as_array().unwrap().clone();
    let files: std::collections::BTreeSet<String> = refs
        .iter()
        .map(|r| r["uri"].as_str().unwrap().to_string())
        .collect();
    assert!(
        files.len() >= 2,
        "references in several articles: {files:?}"
    );
    assert!(refs.contains(loc));
    params["context"] = json!({"includeDeclaration": false});
    let without = c.request("textDocument/references", params).await;
    let without = without["result"].as_array().unwrap();
    assert_eq!(without.len() + 1, refs.len());
    assert!(!without.contains(loc));
    let hl = c
        .request("textDocument/documentHighlight", tpp(&p, pos))
        .await;
    assert_eq!(
        hl["result"].as_array().unwrap().len(),
        text.matches("Akayev").count()
    );
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rename_keeps_vietnamese_underscores() {
    let (ws, c) = seeded(&["utf-16"]).await;
    let p = ws.path().join(VI);
    let text = c.open(&p, 1).await;
    let pos = position_of(&text, "Krmanbek_Bakiyev", 0, "utf-16");
    let prep = c
        .request("textDocument/prepareRename", tpp(&p, pos.clone()))
        .await;
    assert_eq!(prep["result"]["placeholder"], "Krmanbek_Bakiyev");
    let mut params = tpp(&p, pos);
    params["newName"] = json!("Kurmanbek Bakiev");
    let r = c.request("textDocument/rename", params).await;
    let changes = r["result"]["changes"].as_object().unwrap();
    let vi_edits = changes[&uri(&p)].as_array().unwrap();
    assert!(
        vi_edits.iter().all(|e| e["newText"] == "Kurmanbek_Bakiev"),
        "{vi_edits:?}"
    );
    // nothing outside the entity's mentions: every edit covers the old spelling
    for e in vi_edits {
        let s = &e["range"]["start"];
        let line: Vec<u16> = text
            .lines()
            .nth(s["line"].as_u64().unwrap() as usize)
            .unwrap()
            .encode_utf16()
            .collect();
        let a = s["character"].as_u64().unwrap() as usize;
        let b = e["range"]["end"]["character"].as_u64().unwrap() as usize;
        assert_eq!(String::from_utf16_lossy(&line[a..b]), "Krmanbek_Bakiyev");
    }
    // a name on no entity: no rename
    let prep = c
        .request(
            "textDocument/prepareRename",
            tpp(&p, position_of(&text, "thương_thảo", 0, "utf-16")),
        )
        .await;
    assert!(prep["result"].is_null() || prep.get("error").is_some());
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn symbols_inlay_hints_and_completion() {
    let (ws, c) = seeded(&["utf-16"]).await;
    let p = ws.path().join(VI);
    let text = c.open(&p, 1).await;
    let s = c
        .request("textDocument/documentSymbol", text_document(&p))
        .await;
    let groups: Vec<String> = s["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap().to_string())
        .collect();
    assert!(groups.first().unwrap().starts_with("people"), "{groups:?}");
    assert!(groups.last().unwrap().starts_with("dates"), "{groups:?}");
    // workspace symbols: case- and diacritic-insensitive
    let w = c
        .request("workspace/symbol", json!({"query": "kyrgyz"}))
        .await;
    assert!(
        w["result"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"].as_str().unwrap().contains("Kyrgyzstan")),
        "{w}"
    );
    // inlay hints: the value after each date
    let h = c.request("textDocument/inlayHint", json!({"textDocument": {"uri": uri(&p)}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 99, "character": 0}}})).await;
    let labels: Vec<String> = h["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["label"].as_str().unwrap().to_string())
        .collect();
    assert!(labels.iter().any(|l| l == "→ 2005-03-22"), "{labels:?}");
    c.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"newsls": {"inlayHints": {"enabled": false}}}}),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(50)).await;
    let h = c.request("textDocument/inlayHint", json!({"textDocument": {"uri": uri(&p)}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 99, "character": 0}}})).await;
    assert_eq!(h["result"].as_array().map_or(0, Vec::len), 0);
    // completion of a capitalised prefix
    let end = text.lines().next().unwrap().encode_utf16().count();
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": uri(&p), "version": 2}, "contentChanges": [{"range": {"start": {"line": 0, "character": end}, "end": {"line": 0, "character": end}}, "text": " Kyrg"}]})).await;
    let r = c
        .request(
            "textDocument/completion",
            tpp(&p, json!({"line": 0, "character": end + 5})),
        )
        .await;
    let items: Vec<String> = r["result"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        items.first().map(String::as_str),
        Some("Kyrgyzstan"),
        "{items:?}"
    );
    let r = c
        .request(
            "textDocument/completion",
            tpp(&p, json!({"line": 0, "character": 3})),
        )
        .await;
    let _ = r; // a lower-case prefix gives nothing useful, any answer is fine
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn code_actions_quick_fixes_and_annotations() {
    let (ws, c) = seeded(&["utf-16"]).await;
    let p = ws.path().join(VI);
    let text = c.open(&p, 1).await;
    let pos = position_of(&text, "Akayev", 0, "utf-16");
    let r = c.request("textDocument/codeAction", json!({"textDocument": {"uri": uri(&p)}, "range": {"start": pos, "end": pos}, "context": {"diagnostics": []}})).await;
    let actions = r["result"].as_array().unwrap();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(
        titles.iter().any(|t| t.contains("not an entity")),
        "{titles:?}"
    );
    assert!(titles.iter().any(|t| t.contains("ORG")), "{titles:?}");
    // the .ann does not exist: CreateFile, then the full content
    let not_entity = actions
        .iter()
        .find(|a| a["title"].as_str().unwrap().contains("not an entity"))
        .unwrap();
    let ops = not_entity["edit"]["documentChanges"].as_array().unwrap();
    assert_eq!(ops[0]["kind"], "create");
    assert!(ops[0]["uri"]
        .as_str()
        .unwrap()
        .ends_with("000_1b7eb7dffb832bf4.ann"));
    let content = ops[1]["edits"][0]["newText"].as_str().unwrap();
    let start = text.chars().count() - text[text.find("Akayev").unwrap()..].chars().count();
    assert_eq!(
        content,
        format!("T1\tRejected {} {}\tAkayev\n", start, start + 6)
    );
    // quick fixes for findings: a misspelt name, and (in the English article) a misspelt
    // foreign phrase, each replaced by its correction
    for (path, typo, fix) in [
        (p.clone(), "Bishkev", "Bishkek"),
        (
            ws.path().join(EN2),
            "charge’ d’affairs",
            "chargé d’affaires",
        ),
    ] {
        let text = if path == p {
            text.clone()
        } else {
            c.open(&path, 1).await
        };
        let at = position_of(&text, typo, 0, "utf-16");
        let r = c.request("textDocument/codeAction", json!({"textDocument": {"uri": uri(&path)}, "range": {"start": at, "end": at}, "context": {"diagnostics": [], "only": ["quickfix"]}})).await;
        let actions = r["result"].as_array().unwrap();
        for a in actions {
            assert_eq!(a["kind"], "quickfix");
            assert!(a["edit"]["changes"].is_object());
        }
        let fixes: Vec<&Value> = actions
            .iter()
            .flat_map(|a| {
                a["edit"]["changes"][uri(&path)]
                    .as_array()
                    .into_iter()
                    .flatten()
            })
            .collect();
        assert!(
            fixes
                .iter()
                .any(|e| e["newText"] == fix && e["range"]["start"] == at),
            "{typo}: {r}"
        );
    }
    // a selection that is no mention: mark as …
    let a = position_of(&text, "nguồn tin", 0, "utf-16");
    let mut b = a.clone();
    b["character"] = json!(a["character"].as_u64().unwrap() + 9);
    let r = c.request("textDocument/codeAction", json!({"textDocument": {"uri": uri(&p)}, "range": {"start": a, "end": b}, "context": {"diagnostics": []}})).await;
    assert!(
        r["result"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["title"] == "Mark `nguồn tin` as MISC (misc)"),
        "{r}"
    );
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn annotations_stay_anchored_while_typing() {
    let ws = seed_workspace();
    let p = ws.path().join(VI);
    let text = std::fs::read_to_string(&p).unwrap();
    let start = text.chars().count() - text[text.find("Akayev").unwrap()..].chars().count();
    std::fs::write(
        ws.path().join("000_1b7eb7dffb832bf4.ann"),
        format!("T1\tORG {} {}\tAkayev\n", start, start + 6),
    )
    .unwrap();
    let c = Client::start(Some(ws.path()), &["utf-16"], json!({})).await;
    c.wait_ready(3).await;
    c.open(&p, 1).await;
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": uri(&p), "version": 2}, "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "Tin mới 😀 . "}]})).await;
    let new_text = format!("Tin mới 😀 . {text}");
    let full = c
        .request("textDocument/semanticTokens/full", text_document(&p))
        .await;
    let toks = decode_tokens(
        &new_text,
        full["result"]["data"].as_array().unwrap(),
        "utf-16",
    );
    let first = toks.iter().find(|(t, _, _)| t == "Akayev").unwrap();
    assert_eq!(first.1, 1, "still ORG as annotated");
    assert_eq!(first.2 & 2, 2, "annotated modifier");
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_command_writes_files() {
    let (_ws, c) = seeded(&["utf-16"]).await;
    let out = tempfile::tempdir().unwrap();
    for (fmt, files) in [("jsonl", 1), ("conll", 1), ("brat", 6)] {
        let dir = out.path().join(fmt);
        let r = c.request("workspace/executeCommand", json!({"command": "newsls.exportCorpus", "arguments": [{"format": fmt, "out": dir}]})).await;
        assert_eq!(r["result"]["files"], files, "{r}");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), files);
    }
    let r = c.request("workspace/executeCommand", json!({"command": "newsls.exportCorpus", "arguments": [{"format": "xml", "out": "/tmp"}]})).await;
    assert!(r.get("error").is_some());
    let r = c
        .request(
            "workspace/executeCommand",
            json!({"command": "newsls.reindex", "arguments": []}),
        )
        .await;
    assert_eq!(r["result"]["articles"], 3);
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn positions_are_exact_in_utf8_utf16_and_utf32() {
    let text = "Tin 😀 và Ho\u{0302}\u{0300}i: Tổng_thống Askar Akaev gặp Kurmanbek Bakiev ở Bishkek hôm_nay .\n👩‍👩‍👧 Askar Akaev nói .\n";
    for enc in ["utf-8", "utf-16", "utf-32"] {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("emoji.txt");
        std::fs::write(&p, text).unwrap();
        let c = Client::start(None, &[enc], json!({})).await;
        assert_eq!(c.init["capabilities"]["positionEncoding"], enc);
        c.open_text(&p, text, 1).await;
        let full = c
            .request("textDocument/semanticTokens/full", text_document(&p))
            .await;
        let toks = decode_tokens(text, full["result"]["data"].as_array().unwrap(), enc);
        assert!(
            toks.iter().all(|(t, _, _)| t != "<bad>" && !t.is_empty()),
            "{enc}: {toks:?}"
        );
        let names: Vec<&str> = toks.iter().map(|t| t.0.as_str()).collect();
        assert!(
            names.contains(&"Akaev") || names.contains(&"Askar Akaev"),
            "{enc}: {names:?}"
        );
        // hover on the second line (after a ZWJ emoji sequence)
        let pos = position_of(text, "Akaev", 1, enc);
        let h = c.request("textDocument/hover", tpp(&p, pos.clone())).await;
        let r = &h["result"]["range"];
        assert_eq!(r["end"]["line"], 1, "{enc}: {h}");
        let expect_end = position_of(text, "Akaev", 1, enc)["character"]
            .as_u64()
            .unwrap()
            + 5; // `Akaev` is ASCII: 5 units in every encoding
        assert_eq!(r["end"]["character"], expect_end, "{enc}");
        assert_eq!(c.shutdown().await, 0);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_did_change_burst_stays_consistent() {
    let (ws, c) = seeded(&["utf-16"]).await;
    let p = ws.path().join(EN1);
    let mut text = c.open(&p, 1).await;
    // 200 edits sent without waiting: insert at the start of line 0 / append a word
    let mut v = 1;
    for i in 0..200 {
        v += 1;
        let piece = if i % 10 == 9 {
            " Bishkek ".to_string()
        } else {
            "é".to_string()
        };
        c.notify("textDocument/didChange", json!({"textDocument": {"uri": uri(&p), "version": v}, "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": piece}]})).await;
        text.insert_str(0, &piece);
    }
    // and a request in the middle of another burst
    let id = c
        .send_request("textDocument/semanticTokens/full", text_document(&p))
        .await;
    let r = c.response(id).await;
    let incremental = decode_tokens(&text, r["result"]["data"].as_array().unwrap(), "utf-16");
    let d = c.diagnostics(&p, v).await;
    assert_eq!(d["version"], v, "diagnostics of the last version only");
    // reopen with the client's text: same answer
    c.notify("textDocument/didClose", text_document(&p)).await;
    c.open_text(&p, &text, 1000).await;
    let r = c
        .request("textDocument/semanticTokens/full", text_document(&p))
        .await;
    let reopened = decode_tokens(&text, r["result"]["data"].as_array().unwrap(), "utf-16");
    assert_eq!(incremental, reopened);
    assert!(incremental.iter().filter(|t| t.0 == "Bishkek").count() >= 20);
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_request_is_answered() {
    let (ws, c) = seeded(&["utf-16"]).await;
    let p = ws.path().join("big.txt");
    let body = std::fs::read_to_string(ws.path().join(EN2))
        .unwrap()
        .repeat(100);
    c.open_text(&p, &body, 1).await;
    let id = c
        .send_request("textDocument/semanticTokens/full", text_document(&p))
        .await;
    c.notify("$/cancelRequest", json!({"id": id})).await;
    let r = c.response(id).await;
    assert!(
        r.get("result").is_some() || r["error"]["code"] == -32800,
        "{r}"
    );
    c.notify("$/cancelRequest", json!({"id": 99999})).await;
    // still alive
    let r = c
        .request("workspace/symbol", json!({"query": "bakiev"}))
        .await;
    assert!(r["result"].is_array());
    assert_eq!(c.shutdown().await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_never_kills_the_server() {
    let ws = seed_workspace();
    std::fs::write(ws.path().join("binary.txt"), b"abc\x00\x01\x02").unwrap();
    std::fs::write(ws.path().join("latin1.txt"), b"Caf\xe9 in Bishkek").unwrap();
    std::fs::write(
        ws.path().join("001_ab4c76185435afb9.ann"),
        "T1\tPER 0 4\tRoza\nN1\tReference T1 ENTITY:roza\nT2\tLOC 10",
    )
    .unwrap();
    let mut c = Client::start(Some(ws.path()), &["utf-16"], json!({})).await;
    let st = c.wait_ready(3).await;
    assert_eq!(
        st["params"]["articles"], 3,
        "binary and invalid UTF-8 files are skipped"
    );
    // half-written .ann: an annotation-error diagnostic
    let p = ws.path().join(EN1);
    let text = c.open(&p, 1).await;
    let d = c.diagnostics(&p, 1).await;
    assert!(
        d["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x["code"] == "annotation-error" && x["severity"] == 1),
        "{d}"
    );
    // positions past the end, negative-ish, inverted ranges
    for pos in [
        json!({"line": 0, "character": 99999}),
        json!({"line": 99999, "character": 0}),
        json!({"line": 4294967295u32, "character": 4294967295u32}),
    ] {
        for m in [
            "textDocument/hover",
            "textDocument/definition",
            "textDocument/references",
            "textDocument/completion",
            "textDocument/prepareRename",
            "textDocument/documentHighlight",
        ] {
            let mut params = tpp(&p, pos.clone());
            params["context"] = json!({"includeDeclaration": true});
            let r = c.request(m, params).await;
            assert!(r.get("result").is_some() || r.get("error").is_some());
        }
    }
    let r = c.request("textDocument/semanticTokens/range", json!({"textDocument": {"uri": uri(&p)}, "range": {"start": {"line": 5, "character": 9}, "end": {"line": 0, "character": 0}}})).await;
    assert!(r.get("result").is_some());
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": uri(&p), "version": 2}, "contentChanges": [{"range": {"start": {"line": 3, "character": 50}, "end": {"line": 0, "character": 2}}, "text": "X"}, {"range": {"start": {"line": 900, "character": 0}, "end": {"line": 901, "character": 5}}, "text": "Y"}]})).await;
    // never opened, closed twice, unknown file
    let ghost = ws.path().join("ghost.txt");
    c.notify("textDocument/didChange", json!({"textDocument": {"uri": uri(&ghost), "version": 2}, "contentChanges": [{"text": "x"}]})).await;
    c.notify("textDocument/didClose", text_document(&p)).await;
    c.notify("textDocument/didClose", text_document(&p)).await;
    let r = c
        .request(
            "textDocument/hover",
            tpp(&ghost, json!({"line": 0, "character": 0})),
        )
        .await;
    assert!(r["result"].is_null());
    // garbage on the wire
    c.send_raw(b"Content-Length: 5\r\n\r\n{oops").await;
    c.send_raw(b"Content-Length: 2\r\n\r\n[]").await;
    c.send_raw(&frame(
        &json!({"jsonrpc": "2.0", "id": 777, "method": "$/unknown"}),
    ))
    .await;
    let r = c.response(777).await;
    assert_eq!(r["error"]["code"], -32601);
    let r = c.request("nonexistent/method", json!({})).await;
    assert_eq!(r["error"]["code"], -32601);
    let r = c.request("workspace/symbol", json!({"query": "x"})).await;
    assert!(r["result"].is_array());
    let _ = text;
    // exit without shutdown: 1
    c.notify("exit", Value::Null).await;
    assert_eq!(c.exit_code().await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watched_files_update_the_index_one_file_at_a_time() {
    let (ws, c) = seeded(&["utf-16"]).await;
    let newp = ws.path().join("003_new.txt");
    std::fs::write(
        &newp,
        "Roza Otunbayeva arrived in Bishkek on April 7 , 2010 .",
    )
    .unwrap();
    c.clear_notifications();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&newp), "type": 1}]}),
    )
    .await;
    c.wait_ready(4).await;
    let w = c
        .request("workspace/symbol", json!({"query": "otunbayeva"}))
        .await;
    assert!(!w["result"].as_array().unwrap().is_empty());
    let gone = uri(&newp);
    std::fs::remove_file(&newp).unwrap();
    c.clear_notifications();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": gone, "type": 3}]}),
    )
    .await;
    let st = c
        .wait_notification(TIMEOUT, |v| {
            v["method"] == "newsls/status" && v["params"]["state"] == "ready"
        })
        .await
        .unwrap();
    assert_eq!(st["params"]["articles"], 3);
    // a file outside the workspace is never read
    let outside = tempfile::tempdir().unwrap();
    let op = outside.path().join("x.txt");
    std::fs::write(&op, "Secret Person met Other Person.").unwrap();
    c.clear_notifications();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(&op), "type": 1}]}),
    )
    .await;
    let st = c
        .wait_notification(TIMEOUT, |v| {
            v["method"] == "newsls/status" && v["params"]["state"] == "ready"
        })
        .await
        .unwrap();
    assert_eq!(st["params"]["articles"], 3);
    assert_eq!(c.shutdown().await, 0);
}
