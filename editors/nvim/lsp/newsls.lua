-- Default config for Neovim >= 0.11: `vim.lsp.enable("newsls")` works without setup().
-- require("newsls").setup({...}) overrides it with vim.lsp.config("newsls", ...).
return require("newsls").config(require("newsls").defaults)
