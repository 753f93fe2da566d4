-- User config for the README screenshots (tools/nvim-shot): the plugin from this repository, the
-- server from $NEWSLS, a statusline with the newsls status.
local plugin_dir = vim.fs.dirname(vim.fs.dirname(vim.fs.normalize(debug.getinfo(1, "S").source:sub(2))))
vim.opt.rtp:prepend(plugin_dir)
vim.o.termguicolors = true
vim.o.number = true
vim.o.wrap = true
vim.o.linebreak = true
vim.o.laststatus = 2
vim.o.statusline = " %f %m%= %{v:lua.require'newsls'.status()} "
vim.o.shortmess = vim.o.shortmess .. "I"
require("newsls").setup({ cmd = { vim.env.NEWSLS or "newsls", "serve" } })
vim.keymap.set("n", "K", function()
  vim.lsp.buf.hover({ border = "rounded", max_width = 80 })
end)
