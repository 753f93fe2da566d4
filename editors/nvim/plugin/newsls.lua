-- newsls: user commands and default highlight links. The server itself starts after
-- require("newsls").setup({...}) (or vim.lsp.enable("newsls") on Neovim >= 0.11, using lsp/newsls.lua).
if vim.g.loaded_newsls then
  return
end
vim.g.loaded_newsls = true

local function newsls()
  return require("newsls")
end

newsls().apply_highlights()
vim.api.nvim_create_autocmd("ColorScheme", {
  group = vim.api.nvim_create_augroup("newsls_highlights", { clear = true }),
  callback = function()
    newsls().apply_highlights()
  end,
})

vim.api.nvim_create_user_command("NewslsExport", function(a)
  newsls().export(a.fargs[1], a.fargs[2])
end, {
  nargs = "+",
  desc = "newsls: export the corpus — :NewslsExport {brat|conll|jsonl} {folder}",
  complete = function(arglead, cmdline)
    local n = #vim.split(vim.trim(cmdline), "%s+") - (cmdline:match("%s$") and 0 or 1)
    if n <= 1 then
      return vim.tbl_filter(function(f)
        return f:find(arglead, 1, true) == 1
      end, newsls().export_formats)
    end
    return vim.fn.getcompletion(arglead, "dir")
  end,
})

vim.api.nvim_create_user_command("NewslsReindex", function()
  newsls().reindex()
end, { nargs = 0, desc = "newsls: re-read and re-index every article" })

vim.api.nvim_create_user_command("NewslsStatus", function()
  local s = newsls().status()
  vim.notify(s ~= "" and s or "newsls: no status yet (is the server running? :checkhealth vim.lsp)")
end, { nargs = 0, desc = "newsls: show the last indexing status" })
