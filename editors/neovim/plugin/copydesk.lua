-- Starts the copydesk language server for Markdown and plain-text buffers.
--
-- Install: copy this folder's lsp/ and plugin/ into ~/.config/nvim/ (see editors/README.md).
-- Settings: vim.g.copydesk_settings = { rules = ..., names = ..., style = ..., phrases = ... },
-- the keys of .copydesk.toml (docs/configuration.md), set in init.lua or init.vim.
if vim.g.loaded_copydesk then
  return
end
vim.g.loaded_copydesk = true

local function user_settings()
  local settings = vim.g.copydesk_settings
  if type(settings) == 'table' and next(settings) ~= nil then
    return { copydesk = settings }
  end
  return nil
end

-- Neovim 0.11 and later: lsp/copydesk.lua is the configuration; vim.lsp.enable starts it
-- for its filetypes and shares one server per root.
if vim.fn.has('nvim-0.11') == 1 then
  local settings = user_settings()
  if settings then
    vim.lsp.config('copydesk', { settings = settings })
  end
  vim.lsp.enable('copydesk')
  return
end

-- Older Neovim: the same configuration, started by hand for each buffer of its filetypes.
local config_path = vim.api.nvim_get_runtime_file('lsp/copydesk.lua', false)[1]
if not config_path then
  vim.notify('copydesk: lsp/copydesk.lua is not on the runtimepath; copy it beside plugin/copydesk.lua', vim.log.levels.ERROR)
  return
end
local defaults = dofile(config_path)

-- The folder holding the nearest root marker above the buffer's file, else the file's own.
local function root_dir_for(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local directory = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  for _, marker in ipairs(defaults.root_markers or {}) do
    -- ':p' gives a found folder a trailing slash, so it takes one ':h' more than a file.
    local folder = vim.fn.finddir(marker, directory .. ';')
    if folder ~= '' then
      return vim.fn.fnamemodify(folder, ':p:h:h')
    end
    local file = vim.fn.findfile(marker, directory .. ';')
    if file ~= '' then
      return vim.fn.fnamemodify(file, ':p:h')
    end
  end
  return directory
end

local function client_config(root_dir)
  local config = vim.deepcopy(defaults)
  config.name = 'copydesk'
  config.root_dir = root_dir
  config.settings = user_settings() or config.settings or {}
  config.filetypes = nil
  config.root_markers = nil
  if vim.fn.has('nvim-0.8') == 0 then
    -- Neovim 0.7 does not send workspace/didChangeConfiguration after start-up by itself.
    config.on_init = function(client)
      if next(client.config.settings) ~= nil then
        client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
      end
    end
  end
  return config
end

-- Neovim 0.7: one client per root, attached to each buffer under it.
local clients_by_root = {}

local function attach(bufnr)
  local root_dir = root_dir_for(bufnr)
  if vim.lsp.start then
    vim.lsp.start(client_config(root_dir), { bufnr = bufnr })
    return
  end
  local client_id = clients_by_root[root_dir]
  local client = client_id and vim.lsp.get_client_by_id(client_id)
  if not client or client.is_stopped() then
    client_id = vim.lsp.start_client(client_config(root_dir))
    clients_by_root[root_dir] = client_id
  end
  if client_id then
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
end

local group = vim.api.nvim_create_augroup('copydesk', { clear = true })
vim.api.nvim_create_autocmd('FileType', {
  group = group,
  pattern = defaults.filetypes,
  callback = function(args)
    attach(args.buf)
  end,
})
