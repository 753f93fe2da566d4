-- Headless test of the newsls Neovim plugin against a real server.
--   NEWSLS=target/release/newsls nvim --headless -u NONE -i NONE -l editors/nvim/test/spec.lua
-- Env: NEWSLS (server binary), NEWSLS_SEEDS (folder of articles; default <repo>/seeds),
--      NEWSLS_TEST_TIMEOUT_MS (per wait, default 30000). Prints "N passed, M failed"; exit 1 on failure.
local here = vim.fs.dirname(vim.fs.normalize(vim.fn.fnamemodify(debug.getinfo(1, "S").source:sub(2), ":p")))
local plugin_dir = vim.fs.dirname(here)
local repo = vim.fs.dirname(vim.fs.dirname(plugin_dir))
local seeds = vim.env.NEWSLS_SEEDS or (repo .. "/seeds")
local server = vim.env.NEWSLS or (repo .. "/target/release/newsls")
local TIMEOUT = tonumber(vim.env.NEWSLS_TEST_TIMEOUT_MS or "") or 30000
local ARTICLE = vim.env.NEWSLS_TEST_ARTICLE or "000_1b7eb7dffb832bf4.txt"
-- word → entity kind expected at its first occurrence in ARTICLE
local EXPECT = {
  { word = vim.env.NEWSLS_TEST_PERSON or "Akayev", kind = "person" },
  { word = vim.env.NEWSLS_TEST_LOCATION or "Bishkek", kind = "location" },
}

local function say(s)
  io.stdout:write(s .. "\n")
  io.stdout:flush()
end

-- notifications on their own lines (headless Neovim prints them without a newline)
vim.notify = function(msg)
  say("  notify: " .. tostring(msg))
end

local passed, failed = 0, 0
local function check(name, fn)
  local ok, err = pcall(fn)
  if ok then
    passed = passed + 1
    say("ok   " .. name)
  else
    failed = failed + 1
    say("FAIL " .. name .. ": " .. tostring(err))
  end
  io.stdout:flush()
end
local function finish()
  say(("%d passed, %d failed"):format(passed, failed))
  io.stdout:flush()
  os.exit(failed == 0 and 0 or 1)
end
local function eq(a, b, what)
  if not vim.deep_equal(a, b) then
    error(("%s: expected %s, got %s"):format(what or "value", vim.inspect(b), vim.inspect(a)), 2)
  end
end
local function truthy(v, what)
  if not v then
    error((what or "condition") .. " is false", 2)
  end
  return v
end

say("nvim " .. tostring(vim.version()) .. ", server " .. server .. ", seeds " .. seeds)
vim.opt.rtp:prepend(plugin_dir)
vim.cmd("filetype on")
vim.o.termguicolors = true

-- 1. the plugin loads
check("plugin/newsls.lua loads without error", function()
  vim.cmd("runtime! plugin/newsls.lua")
  truthy(vim.g.loaded_newsls, "g:loaded_newsls")
end)
check("user commands exist", function()
  local cmds = vim.api.nvim_get_commands({})
  truthy(cmds.NewslsExport, ":NewslsExport")
  truthy(cmds.NewslsReindex, ":NewslsReindex")
  eq(vim.fn.getcompletion("NewslsExport ", "cmdline"), { "brat", "conll", "jsonl" }, "format completion")
end)

local newsls = require("newsls")
check("highlight groups: every legend type/modifier has a default link", function()
  local fgs = {}
  for _, kind in ipairs(newsls.token_types) do
    local link = vim.api.nvim_get_hl(0, { name = "@lsp.type." .. kind, link = true })
    eq(link.link, newsls.group_name(kind), "@lsp.type." .. kind .. " link")
    truthy(link.default, "@lsp.type." .. kind .. " is default")
    local resolved = vim.api.nvim_get_hl(0, { name = "@lsp.type." .. kind, link = false })
    truthy(resolved.fg, kind .. " has a colour")
    truthy(not fgs[resolved.fg], kind .. " colour is distinct")
    fgs[resolved.fg] = kind
  end
  for _, mod in ipairs(newsls.token_modifiers) do
    truthy(vim.api.nvim_get_hl(0, { name = "@lsp.mod." .. mod, link = true }).link, "@lsp.mod." .. mod)
  end
  truthy(vim.api.nvim_get_hl(0, { name = "@lsp.mod.variant", link = false }).undercurl, "variant = undercurl")
end)
check("colourschemes and users override the defaults", function()
  vim.api.nvim_set_hl(0, "@lsp.type.date", { fg = "#ff0000" })
  newsls.apply_highlights()
  eq(vim.api.nvim_get_hl(0, { name = "@lsp.type.date" }).fg, 0xff0000, "user colour kept")
  vim.api.nvim_set_hl(0, "@lsp.type.date", {})
  vim.cmd("colorscheme default") -- clears, then the ColorScheme autocmd restores the defaults
  eq(vim.api.nvim_get_hl(0, { name = "@lsp.type.date", link = true }).link, "NewslsDate", "restored after :colorscheme")
  vim.cmd("colorscheme habamax")
  eq(vim.api.nvim_get_hl(0, { name = "NewslsPerson", link = true }).link, "Function", "links to Function under a colourscheme")
  vim.cmd("colorscheme default")
end)

-- 2. setup and attach
check("setup() with cmd and settings", function()
  newsls.setup({ cmd = { server, "serve" }, settings = { logLevel = "info", exclude = { "nothing/**" } } })
  if vim.lsp.config then
    local cfg = vim.lsp.config.newsls
    eq(cfg.cmd, { server, "serve" }, "cmd")
    eq(cfg.init_options.exclude, { "nothing/**" }, "init_options.exclude")
    eq(cfg.init_options.diagnostics, { entities = "hint" }, "init_options.diagnostics")
    eq(cfg.settings.newsls.logLevel, "info", "settings.newsls")
    eq(cfg.root_markers, { "newsls.toml", "corpus.tsv", ".git" }, "root_markers")
  end
end)

local path = seeds .. "/" .. ARTICLE
vim.cmd.edit(vim.fn.fnameescape(path))
local buf = vim.api.nvim_get_current_buf()
local client
check("article opens with filetype text and the client attaches", function()
  eq(vim.bo[buf].filetype, "text", "filetype")
  truthy(vim.wait(TIMEOUT, function()
    client = newsls.clients(buf)[1]
    return client ~= nil and client.initialized == true
  end, 50), "client attached within timeout")
  truthy(vim.lsp.buf_is_attached(buf, client.id), "buffer attached")
  eq(vim.fs.normalize(client.config.root_dir or client.root_dir or ""), vim.fs.normalize(vim.fn.fnamemodify(seeds, ":p")):gsub("/$", ""), "root_dir (corpus.tsv marker)")
end)
if not client then
  say("server did not attach; log: " .. vim.lsp.get_log_path())
  finish()
end

check("server legend is the newsls legend", function()
  local legend = client.server_capabilities.semanticTokensProvider.legend
  for _, t in ipairs(newsls.token_types) do
    truthy(vim.tbl_contains(legend.tokenTypes, t), "token type " .. t)
  end
  for _, m in ipairs(newsls.token_modifiers) do
    truthy(vim.tbl_contains(legend.tokenModifiers, m), "token modifier " .. m)
  end
end)

local function find(word)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    local s = line:find(word, 1, true)
    if s then
      return i - 1, s - 1
    end
  end
  error("word not in buffer: " .. word)
end

local function applied_at(row, col)
  vim.api.nvim_win_set_cursor(0, { row + 1, col })
  vim.cmd("normal! zz")
  vim.cmd("redraw!")
  local info = vim.inspect_pos(buf, row, col, { semantic_tokens = true, extmarks = false, syntax = false, treesitter = false })
  local groups = {}
  for _, m in ipairs(info.semantic_tokens or {}) do
    groups[#groups + 1] = m.opts.hl_group
  end
  return groups
end

for _, e in ipairs(EXPECT) do
  check(("Neovim applies @lsp.type.%s on %q"):format(e.kind, e.word), function()
    local row, col = find(e.word)
    local groups = {}
    local ok = vim.wait(TIMEOUT, function()
      groups = applied_at(row, col)
      for _, g in ipairs(groups) do
        if g == "@lsp.type." .. e.kind or g:find("^@lsp%.type%." .. e.kind .. "%.") then
          return true
        end
      end
      return false
    end, 200)
    truthy(ok, ("@lsp.type.%s among applied groups %s"):format(e.kind, vim.inspect(groups)))
  end)
end

-- LSP position (in the negotiated encoding) <-> byte column, on Neovim 0.10 and 0.11+
local function to_byte(line, idx, enc)
  if vim.fn.has("nvim-0.11") == 1 then
    return vim.str_byteindex(line, enc, idx, false)
  end
  return vim.lsp.util._str_byteindex_enc(line, idx, enc)
end
local function to_lsp(line, byte, enc)
  if vim.fn.has("nvim-0.11") == 1 then
    return vim.str_utfindex(line, enc, byte, false)
  end
  return vim.lsp.util._str_utfindex_enc(line, byte, enc)
end

check("every semantic token gets the @lsp.type group of its kind", function()
  -- compare with the tokens of the finished index
  vim.wait(TIMEOUT, function()
    return newsls.last_status ~= nil and newsls.last_status.state == "ready"
  end, 50)
  local res = vim.lsp.buf_request_sync(buf, "textDocument/semanticTokens/full", { textDocument = { uri = vim.uri_from_bufnr(buf) } }, TIMEOUT)
  local data
  for _, r in pairs(res or {}) do
    data = r.result and r.result.data or data
  end
  truthy(data and #data > 0, "semantic tokens from the server")
  local legend = client.server_capabilities.semanticTokensProvider.legend.tokenTypes
  local enc = client.offset_encoding or "utf-16"
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local row, col, toks = 0, 0, {}
  for i = 1, #data, 5 do
    row = row + data[i]
    col = (data[i] == 0) and (col + data[i + 1]) or data[i + 1]
    if #toks < 60 and lines[row + 1] then
      toks[#toks + 1] = { row = row, col = to_byte(lines[row + 1], col, enc), kind = legend[data[i + 3] + 1] }
    end
  end
  local wrong = {}
  local function missing()
    wrong = {}
    local last_row
    for _, t in ipairs(toks) do
      if t.row ~= last_row then
        applied_at(t.row, 0) -- draw that line
        last_row = t.row
      end
      local info = vim.inspect_pos(buf, t.row, t.col, { semantic_tokens = true, extmarks = false, syntax = false, treesitter = false })
      local ok = false
      for _, m in ipairs(info.semantic_tokens or {}) do
        local g = m.opts.hl_group
        if g == "@lsp.type." .. t.kind or g:find("^@lsp%.type%." .. t.kind .. "%.") then
          ok = true
        end
      end
      if not ok then
        wrong[#wrong + 1] = ("%d:%d %s"):format(t.row, t.col, t.kind)
      end
    end
    return #wrong == 0
  end
  -- (tokens may be re-requested after indexing: wait for the highlights to settle)
  vim.wait(TIMEOUT, missing, 200)
  local checked = #toks
  truthy(#wrong == 0, "tokens without their group: " .. table.concat(wrong, ", "))
  truthy(checked > 0, "checked some tokens")
end)

check("plain words get no entity highlight", function()
  local row, col = find("liên_minh")
  local groups = applied_at(row, col)
  for _, g in ipairs(groups) do
    truthy(not g:find("^@lsp%.type%."), "no @lsp.type on a plain word, got " .. vim.inspect(groups))
  end
end)

check("hover shows the entity card", function()
  local row, col = find(EXPECT[1].word)
  local line = vim.api.nvim_buf_get_lines(buf, row, row + 1, false)[1]
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = row, character = to_lsp(line, col, client.offset_encoding or "utf-16") } }
  local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, TIMEOUT)
  local text
  for _, r in pairs(res or {}) do
    if r.result and r.result.contents then
      local c = r.result.contents
      text = type(c) == "string" and c or c.value or vim.inspect(c)
    end
  end
  truthy(text, "hover result")
  truthy(text:find(EXPECT[1].word, 1, true), "card names " .. EXPECT[1].word .. ": " .. text)
  truthy(text:lower():find("person", 1, true), "card says person: " .. text)
end)

check("newsls/status reaches the plugin (ready, with counts)", function()
  truthy(vim.wait(TIMEOUT, function()
    return newsls.last_status ~= nil and newsls.last_status.state == "ready"
  end, 50), "status ready, got " .. vim.inspect(newsls.last_status))
  truthy((tonumber(newsls.last_status.articles) or 0) >= 1, "articles >= 1")
  truthy(newsls.status():find("^newsls: %d+ entit"), "status text: " .. newsls.status())
end)

check(":NewslsReindex runs newsls.reindex", function()
  local done, err
  newsls.reindex(function(e)
    done, err = true, e
  end)
  truthy(vim.wait(TIMEOUT, function()
    return done
  end, 50), "reindex answered")
  eq(err, nil, "reindex error")
  vim.cmd("NewslsReindex") -- the command itself parses and runs
end)

check(":NewslsExport jsonl {dir} writes files", function()
  local out = vim.fn.tempname()
  vim.fn.mkdir(out, "p")
  local done, err, result
  newsls.export("jsonl", out, function(e, r)
    done, err, result = true, e, r
  end)
  truthy(vim.wait(TIMEOUT, function()
    return done
  end, 50), "export answered")
  eq(err, nil, "export error")
  truthy(result and (tonumber(result.files) or 0) >= 1, "files >= 1: " .. vim.inspect(result))
  truthy(#vim.fn.globpath(out, "**", false, true) >= 1, "files in " .. out)
  vim.cmd("NewslsExport conll " .. vim.fn.fnameescape(out .. "/conll"))
  vim.fn.delete(out, "rf")
end)

check("settings are pushed with workspace/didChangeConfiguration", function()
  newsls.update_settings({ diagnostics = { entities = "information" } })
  eq(client.settings.newsls.diagnostics.entities, "information", "client settings")
  truthy(not client:is_stopped(), "server still running")
  newsls.update_settings({ diagnostics = { entities = "hint" } })
end)

check("server stops cleanly", function()
  client:stop()
  truthy(vim.wait(10000, function()
    return client:is_stopped()
  end, 50), "stopped")
end)

check("vim.lsp.start fallback (Neovim < 0.11 path) attaches with the same root", function()
  local id = newsls.start(buf)
  truthy(id, "vim.lsp.start returned a client id")
  local c
  truthy(vim.wait(TIMEOUT, function()
    c = vim.lsp.get_client_by_id(id)
    return c ~= nil and c.initialized == true and vim.lsp.buf_is_attached(buf, id)
  end, 50), "attached")
  eq(vim.fs.normalize(c.config.root_dir or ""), vim.fs.normalize(vim.fn.fnamemodify(seeds, ":p")):gsub("/$", ""), "root_dir")
  eq(c.config.init_options.diagnostics, { entities = "hint" }, "init_options")
  c:stop()
  vim.wait(10000, function()
    return c:is_stopped()
  end, 50)
end)

finish()
