#!/usr/bin/env python3
"""Check what Neovim recorded (nvim_probe OUT.json) against what newsls must do."""
import json
import sys

out = json.load(open(sys.argv[1]))
passed = failed = 0


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"PASS {name}")
    else:
        failed += 1
        print(f"FAIL {name} {detail}"[:1500])


reqs = {r.get("name") or r.get("method"): r for r in out.get("requests", [])}


def dec(name):
    return (reqs.get(name) or {}).get("decoded")


check("probe ok", out.get("ok"), out.get("failures"))
check("utf-8 negotiated (Neovim offers utf-8 first)", out["server"].get("position_encoding") == "utf-8", out["server"].get("position_encoding"))
check("diagnostics published", (out["timing_ms"].get("first_diagnostics") or 0) > 0)
in_buf = out["diagnostics"].get("in_buffer") or []
check("entity.person diagnostic on Akayev", any(d.get("code") == "entity.person" and d.get("text") == "Akayev" for d in in_buf), in_buf[:5])

hl = {h.get("from"): h for h in out.get("highlights", [])}
groups = lambda k: [a.get("hl_group") for a in (hl.get(k) or {}).get("applied", [])]
check("@lsp.type.person applied on Akayev", any(g and g.startswith("@lsp.type.person") for g in groups("Akayev")), groups("Akayev"))
check("a name highlight applied on Kyrgyzstan", any(g and g.startswith("@lsp.type.") for g in groups("Kyrgyzstan")), groups("Kyrgyzstan"))
check("no highlight on a plain word", not any(g and g.startswith("@lsp.type") for g in groups("thương_thảo")), groups("thương_thảo"))

h = dec("hover Akayev") or {}
check("hover Akayev is an entity card", "person" in (h.get("text") or "") and "Spellings" in (h.get("text") or ""), h)
h = dec("hover date") or {}
check("hover date shows value and weekday", "2005-03-22" in (h.get("text") or "") and "Tuesday" in (h.get("text") or ""), h)

d = dec("definition Akayev") or []
d = d if isinstance(d, list) else [d]
check("definition of Akayev lands on Askar Akaev in 002", any(x.get("path", "").endswith("002_64800d0ccd1db957.txt") and x.get("text") == "Askar Akaev" for x in d), d)

refs = dec("references Akayev") or []
files = {r.get("path") for r in refs}
check("references across the three files", len(files) >= 2 and any(p.endswith("000_1b7eb7dffb832bf4.txt") for p in files if p), sorted(f for f in files if f))

syms = dec("symbols") or []
check("documentSymbol groups", len(syms) >= 2, syms[:3])
ws = dec("workspace symbols") or []
check("workspace/symbol finds Kyrgyzstan", any("Kyrgyzstan" in (s.get("name") or "") for s in ws), ws[:3])
ih = dec("inlay hints") or []
check("inlay hint → 2005-03-22", any(x.get("label") == "→ 2005-03-22" for x in ih), ih[:5])
check("inlay hints displayed by Neovim", bool(out.get("inlay_hints_displayed")), out.get("inlay_hints_displayed"))
ca = dec("code actions Akayev") or []
check("annotation code actions", any("not an entity" in (a.get("title") or "") for a in ca), [a.get("title") for a in ca])

pr = dec("prepareRename") or {}
check("prepareRename placeholder", pr.get("placeholder") == "Krmanbek_Bakiyev", pr)
rn = reqs.get("rename") or {}
after = "\n".join(rn.get("buffer_after") or [])
check("rename applied through Neovim keeps _", rn.get("applied") is True and "Kurmanbek_Bakiev" in after and "Krmanbek_Bakiyev" not in after, (rn.get("apply_error"), after[:200]))

h = dec("hover after edit") or {}
check("hover after typing (incremental sync, emoji)", "Akayev" in (h.get("range_text") or ""), h)
check("server did not crash", not out["server"].get("crashed"), out["server"].get("stderr", "")[-500:])
check("shutdown exit code 0", ((out.get("shutdown") or {}).get("exit") or {}).get("code") == 0, out.get("shutdown"))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
