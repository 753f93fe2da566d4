-- newsls for Neovim: starts `newsls serve` for plain-text news articles and colours their people,
-- organisations, places and dates with semantic tokens.
--
--   require("newsls").setup({
--     cmd = { "newsls", "serve" },            -- default: { $NEWSLS or "newsls", "serve" }
--     settings = { diagnostics = { entities = "hint" }, logLevel = "info" },
--   })
--
-- Neovim >= 0.11 uses vim.lsp.config()/vim.lsp.enable(); 0.10 falls back to vim.lsp.start() from a
-- FileType autocommand.
local M = {}

M.name = "newsls"

--- Entity kinds of the server's semantic-token legend, with the highlight groups the plugin links.
M.token_types = { "person", "organization", "location", "misc", "date" }
M.token_modifiers = { "declaration", "annotated", "variant" }

--- Standard groups each kind falls back to under a colourscheme (which colour them distinctly).
M.links = {
  person = "Function",
  organization = "Type",
  location = "String",
  misc = "Identifier",
  date = "Number",
}

--- Colours for the built-in default colourscheme, which leaves Type/Number uncoloured.
local palette = {
  dark = {
    person = "NvimLightYellow",
    organization = "NvimLightCyan",
    location = "NvimLightGreen",
    misc = "NvimLightMagenta",
    date = "NvimLightBlue",
  },
  light = {
    person = "NvimDarkYellow",
    organization = "NvimDarkCyan",
    location = "NvimDarkGreen",
    misc = "NvimDarkMagenta",
    date = "NvimDarkBlue",
  },
}

local function group_name(kind)
  return "Newsls" .. kind:sub(1, 1):upper() .. kind:sub(2)
end
M.group_name = group_name

M.defaults = {
  --- Command that starts the server (nil: { $NEWSLS or "newsls", "serve" }).
  cmd = nil,
  filetypes = { "text" },
  root_markers = { "newsls.toml", "corpus.tsv", ".git" },
  --- Passed as initializationOptions and as settings.newsls (workspace/didChangeConfiguration and
  --- workspace/configuration). Same shape as the VS Code settings.
  settings = {
    diagnostics = { entities = "hint" }, -- "hint" | "information" | "off"
    inlayHints = { enabled = true },
    include = {},
    exclude = {},
    logLevel = "info", -- "error" | "warn" | "info" | "debug" | "trace"
  },
  --- Define the default highlight links (colourschemes and your own :hi override them).
  highlights = true,
  --- Turn on Neovim's inlay hints in attached buffers (when settings.inlayHints.enabled).
  inlay_hints = true,
  --- Start automatically (vim.lsp.enable / FileType autocommand).
  autostart = true,
  --- Extra on_attach(client, bufnr), e.g. for keymaps.
  on_attach = nil,
  --- Extra fields merged into the vim.lsp config (capabilities, handlers, ...).
  lsp = {},
}

M.options = vim.deepcopy(M.defaults)

--- Last `newsls/status` notification: { state = "indexing"|"ready", articles = N, entities = N }.
M.last_status = nil

local function has(v)
  return vim.fn.has("nvim-" .. v) == 1
end

local function notify(msg, level)
  vim.schedule(function()
    vim.notify("newsls: " .. msg, level or vim.log.levels.INFO, { title = "newsls" })
  end)
end

--- The command that starts the server.
function M.resolve_cmd(cmd)
  if type(cmd) == "function" then
    return cmd
  end
  if type(cmd) == "string" then
    return { cmd, "serve" }
  end
  if type(cmd) == "table" and #cmd > 0 then
    return cmd
  end
  local exe = vim.env.NEWSLS
  if exe == nil or exe == "" then
    exe = "newsls"
  end
  return { exe, "serve" }
end

local warned_missing = false
local function check_cmd(cmd)
  if type(cmd) ~= "table" or warned_missing then
    return true
  end
  if vim.fn.executable(cmd[1]) == 1 then
    return true
  end
  warned_missing = true
  notify(
    ("server binary %q not found. Build it (`cargo build --release`) and pass cmd = { '/path/to/newsls', 'serve' } "
      .. "to require('newsls').setup(), put newsls on PATH, or set $NEWSLS."):format(cmd[1]),
    vim.log.levels.ERROR
  )
  return false
end

--- Status text for a statusline: "newsls: 42 entities · 3 articles" / "newsls: indexing…" / "".
function M.status()
  local s = M.last_status
  if not s then
    return ""
  end
  if s.state == "ready" then
    local e, a = tonumber(s.entities) or 0, tonumber(s.articles) or 0
    return ("newsls: %d %s · %d %s"):format(e, e == 1 and "entity" or "entities", a, a == 1 and "article" or "articles")
  end
  return "newsls: " .. tostring(s.state) .. "…"
end

--- After (re)indexing, ask again for what was computed before the index was complete (dates are
--- resolved against the articles' dates in corpus.tsv, names linked across articles): semantic tokens
--- and inlay hints of the buffers attached to this client.
local function refresh_buffers(client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  if not client then
    return
  end
  for bufnr in pairs(client.attached_buffers or {}) do
    if vim.api.nvim_buf_is_loaded(bufnr) then
      if vim.lsp.semantic_tokens and vim.lsp.semantic_tokens.force_refresh then
        pcall(vim.lsp.semantic_tokens.force_refresh, bufnr)
      end
      if vim.lsp.inlay_hint and vim.lsp.inlay_hint.is_enabled and vim.lsp.inlay_hint.is_enabled({ bufnr = bufnr }) then
        pcall(vim.lsp.inlay_hint.enable, false, { bufnr = bufnr })
        pcall(vim.lsp.inlay_hint.enable, true, { bufnr = bufnr })
      end
    end
  end
end

local function status_handler(_, result, ctx)
  local prev = M.last_status
  M.last_status = result
  if result and result.state == "ready" and ctx and ctx.client_id
    and (not prev or prev.state ~= "ready" or prev.articles ~= result.articles or prev.entities ~= result.entities) then
    vim.schedule(function()
      refresh_buffers(ctx.client_id)
    end)
  end
  vim.api.nvim_exec_autocmds("User", { pattern = "NewslsStatus", modeline = false, data = { status = result, client_id = ctx and ctx.client_id } })
  if result and result.state == "ready" then
    vim.cmd.redrawstatus({ bang = true, mods = { silent = true } })
  end
end

--- Define the highlight groups. `default = true` everywhere, so a colourscheme (or your own
--- :highlight) wins. Called again after every :colorscheme.
function M.apply_highlights()
  local set = vim.api.nvim_set_hl
  local builtin = vim.g.colors_name == nil or vim.g.colors_name == "default"
  local colours = palette[vim.o.background == "light" and "light" or "dark"]
  for _, kind in ipairs(M.token_types) do
    local g = group_name(kind)
    if builtin then
      set(0, g, { default = true, fg = colours[kind] })
    else
      set(0, g, { default = true, link = M.links[kind] })
    end
    set(0, "@lsp.type." .. kind, { default = true, link = g })
  end
  set(0, "NewslsDeclaration", { default = true, bold = true })
  set(0, "NewslsAnnotated", { default = true, italic = true })
  set(0, "NewslsVariant", { default = true, undercurl = true })
  set(0, "@lsp.mod.declaration", { default = true, link = "NewslsDeclaration" })
  set(0, "@lsp.mod.annotated", { default = true, link = "NewslsAnnotated" })
  set(0, "@lsp.mod.variant", { default = true, link = "NewslsVariant" })
end

local function on_attach(client, bufnr)
  local opts = M.options
  if opts.inlay_hints and opts.settings.inlayHints and opts.settings.inlayHints.enabled ~= false
    and vim.lsp.inlay_hint and client.server_capabilities.inlayHintProvider then
    pcall(vim.lsp.inlay_hint.enable, true, { bufnr = bufnr })
  end
  if type(opts.on_attach) == "function" then
    opts.on_attach(client, bufnr)
  end
end

--- The vim.lsp config table (for vim.lsp.config / vim.lsp.start).
function M.config(opts)
  opts = opts or M.options
  local cfg = vim.tbl_deep_extend("force", {
    name = M.name,
    cmd = M.resolve_cmd(opts.cmd),
    filetypes = opts.filetypes,
    root_markers = opts.root_markers,
    init_options = opts.settings,
    settings = { newsls = opts.settings },
    handlers = { ["newsls/status"] = status_handler },
    on_attach = on_attach,
  }, opts.lsp or {})
  return cfg
end

local function find_root(bufnr, markers)
  if vim.fs.root then
    return vim.fs.root(bufnr, markers)
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  local found = vim.fs.find(markers, { upward = true, path = vim.fs.dirname(name) })[1]
  return found and vim.fs.dirname(found) or nil
end

local augroup = vim.api.nvim_create_augroup("newsls", { clear = true })

--- Configure (and by default enable) the server.
function M.setup(user)
  M.options = vim.tbl_deep_extend("force", vim.deepcopy(M.defaults), user or {})
  -- lists replace, they are not merged index by index
  for _, k in ipairs({ "filetypes", "root_markers" }) do
    if user and user[k] then
      M.options[k] = user[k]
    end
  end
  if user and user.settings then
    for _, k in ipairs({ "include", "exclude" }) do
      if user.settings[k] then
        M.options.settings[k] = user.settings[k]
      end
    end
  end
  local opts = M.options

  vim.api.nvim_clear_autocmds({ group = augroup })
  if opts.highlights then
    M.apply_highlights()
    vim.api.nvim_create_autocmd("ColorScheme", { group = augroup, callback = M.apply_highlights })
  end

  local cfg = M.config(opts)
  check_cmd(cfg.cmd)

  if vim.lsp.config and vim.lsp.enable and has("0.11") then
    vim.lsp.config(M.name, cfg)
    if opts.autostart then
      vim.lsp.enable(M.name)
    end
  elseif opts.autostart then
    vim.api.nvim_create_autocmd("FileType", {
      group = augroup,
      pattern = opts.filetypes,
      callback = function(ev)
        M.start(ev.buf)
      end,
    })
    -- buffers already open when setup() runs
    for _, b in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(b) and vim.tbl_contains(opts.filetypes, vim.bo[b].filetype) then
        M.start(b)
      end
    end
  end
  return M
end

--- Start (or reuse) the server for one buffer with vim.lsp.start (fallback for Neovim < 0.11).
function M.start(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].buftype ~= "" then
    return nil
  end
  local cfg = M.config()
  cfg.root_dir = find_root(bufnr, M.options.root_markers)
  cfg.root_markers = nil
  cfg.filetypes = nil
  return vim.lsp.start(cfg, { bufnr = bufnr })
end

--- Clients of this server (for the current buffer first).
function M.clients(bufnr)
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  local cs = get({ name = M.name, bufnr = bufnr })
  if #cs == 0 and bufnr then
    cs = get({ name = M.name })
  end
  return cs
end

local function request(client, method, params, handler, bufnr)
  if has("0.11") then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

--- Run a server command through workspace/executeCommand; on_result(err, result).
function M.execute(command, arguments, on_result)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = M.clients(bufnr)[1]
  if not client then
    notify("the server is not running (open an article: a *.txt file with filetype 'text')", vim.log.levels.WARN)
    return false
  end
  request(client, "workspace/executeCommand", { command = command, arguments = arguments }, function(err, result)
    if on_result then
      on_result(err, result)
    elseif err then
      notify(command .. " failed: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    end
  end, bufnr)
  return true
end

M.export_formats = { "brat", "conll", "jsonl" }

--- :NewslsExport {format} {dir}
function M.export(format, dir, on_done)
  if not vim.tbl_contains(M.export_formats, format) then
    notify(("unknown format %q (brat, conll or jsonl)"):format(tostring(format)), vim.log.levels.ERROR)
    return false
  end
  if not dir or dir == "" then
    notify("usage: :NewslsExport {brat|conll|jsonl} {folder}", vim.log.levels.ERROR)
    return false
  end
  local out = vim.fs.normalize(vim.fn.fnamemodify(vim.fn.expand(dir), ":p"))
  if #out > 1 then
    out = out:gsub("/$", "")
  end
  return M.execute("newsls.exportCorpus", { { format = format, out = out } }, function(err, result)
    if err then
      notify("export failed: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    else
      notify(("exported %s file(s) (%s) to %s"):format(result and result.files or "?", format, result and result.out or out))
    end
    if on_done then
      on_done(err, result)
    end
  end)
end

--- :NewslsReindex
function M.reindex(on_done)
  return M.execute("newsls.reindex", {}, function(err, result)
    if err then
      notify("reindex failed: " .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    end
    if on_done then
      on_done(err, result)
    end
  end)
end

--- Push new settings to the running server (workspace/didChangeConfiguration).
function M.update_settings(settings)
  M.options.settings = vim.tbl_deep_extend("force", M.options.settings, settings or {})
  for _, client in ipairs(M.clients()) do
    client.settings = { newsls = M.options.settings }
    client.config.settings = client.settings
    if has("0.11") then
      client:notify("workspace/didChangeConfiguration", { settings = { newsls = M.options.settings } })
    else
      client.notify("workspace/didChangeConfiguration", { settings = { newsls = M.options.settings } })
    end
  end
end

return M
