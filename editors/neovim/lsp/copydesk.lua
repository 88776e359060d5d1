-- copydesk language server for Neovim 0.11 and later.
--
-- Put this file in a `lsp/` folder on the runtimepath (for example
-- ~/.config/nvim/lsp/copydesk.lua) and call `vim.lsp.enable('copydesk')`.
-- Change settings with `vim.lsp.config('copydesk', { settings = { copydesk = { ... } } })`;
-- the keys are those of .copydesk.toml (docs/configuration.md).
return {
  cmd = { 'copydesk', 'lsp' },
  filetypes = { 'markdown', 'text' },
  -- A newsroom's .copydesk.toml marks the root; a git checkout will do otherwise.
  root_markers = { '.copydesk.toml', '.git' },
  -- { copydesk = { rules = ..., names = ..., style = ..., phrases = ... } }. Left empty,
  -- the defaults apply. (An empty Lua table would reach the server as a JSON array, so
  -- nothing is sent until there is something to send.)
  settings = {},
  -- Also send settings.copydesk as initializationOptions, as the VS Code extension does:
  -- Neovim before 0.8 never sends workspace/didChangeConfiguration by itself, so this is
  -- how the server gets them there, and everywhere it has them before the first check.
  before_init = function(params, config)
    local copydesk = (config.settings or {}).copydesk
    if type(copydesk) == 'table' and next(copydesk) ~= nil then
      params.initializationOptions = copydesk
    end
  end,
}
