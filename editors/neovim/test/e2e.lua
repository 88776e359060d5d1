-- Drives a real headless Neovim through what a journalist does with copydesk: open a draft
-- (the copydesk plugin starts the server), see the diagnostics, hover one, take its code
-- action and see the text change and the diagnostics update. Every wait is bounded.
--
-- Run by tests/it/editors.rs as `nvim --headless -c 'luafile e2e.lua' DRAFT` with
--   COPYDESK_E2E_OUT       where to write what was observed (JSON), read by the Rust test
--   COPYDESK_E2E_FIX_CODE  the rule code whose diagnostic is hovered and fixed
-- The Rust test makes the assertions; this script only observes and records.

local out_path = assert(os.getenv('COPYDESK_E2E_OUT'), 'COPYDESK_E2E_OUT is not set')
local fix_code = assert(os.getenv('COPYDESK_E2E_FIX_CODE'), 'COPYDESK_E2E_FIX_CODE is not set')
local WAIT_MS = 20000

local observed = { steps = {}, nvim_version = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch }

local function step(name)
  table.insert(observed.steps, name)
end

local finished = false
local function finish(error_message)
  if finished then
    return
  end
  finished = true
  observed.error = error_message
  observed.messages = vim.fn.execute('messages')
  observed.lsp_log = vim.lsp.get_log_path()
  vim.fn.writefile({ vim.fn.json_encode(observed) }, out_path)
  vim.cmd(error_message and 'cquit 1' or 'qall!')
end

-- A backstop in case a step blocks in a way vim.wait cannot bound.
vim.defer_fn(function()
  finish('watchdog: the script did not finish within 90 seconds')
end, 90000)

local bufnr = vim.api.nvim_get_current_buf()

-- The calls whose names changed across Neovim versions, so the script runs on 0.7 to 0.11+.
local function clients_of(buffer)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = buffer })
  end
  local found = {}
  for _, client in pairs(vim.lsp.buf_get_clients(buffer)) do
    table.insert(found, client)
  end
  return found
end
local has_client_methods = vim.fn.has('nvim-0.11') == 1
local function stop(client)
  if has_client_methods then
    client:stop()
  else
    client.stop()
  end
end
local function is_stopped(client)
  if has_client_methods then
    return client:is_stopped()
  end
  return client.is_stopped()
end

local function buffer_text()
  local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n')
  return vim.bo[bufnr].eol and text .. '\n' or text
end

local function diagnostics()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local covered = vim.api.nvim_buf_get_text(bufnr, d.lnum, d.col, d.end_lnum, d.end_col, {})
    table.insert(found, {
      code = d.code,
      source = d.source,
      severity = d.severity,
      message = d.message,
      line = d.lnum,
      covered = table.concat(covered, '\n'),
    })
  end
  table.sort(found, function(a, b)
    return a.line < b.line or (a.line == b.line and a.covered < b.covered)
  end)
  return found
end

-- The server publishes again when something changes its mind (settings arriving after
-- the first check, say): take the diagnostics once they have held still for a second.
local SETTLE_MS = 1000
local function settled_diagnostics()
  local last = vim.inspect(diagnostics())
  local since = vim.loop.hrtime()
  vim.wait(WAIT_MS, function()
    local now = vim.inspect(diagnostics())
    if now ~= last then
      last, since = now, vim.loop.hrtime()
    end
    return (vim.loop.hrtime() - since) / 1e6 >= SETTLE_MS
  end, 50)
  return diagnostics()
end

local function run()
  observed.filetype = vim.bo[bufnr].filetype
  observed.text_before = buffer_text()

  step('attach')
  local attached = vim.wait(WAIT_MS, function()
    return #clients_of(bufnr) > 0
  end, 50)
  if not attached then
    return finish('no language server attached to the buffer (see the messages and the LSP log)')
  end
  local client = clients_of(bufnr)[1]
  observed.client_name = client.name
  observed.client_cmd = client.config.cmd
  observed.root_dir = client.config.root_dir

  step('diagnostics')
  if not vim.wait(WAIT_MS, function() return #vim.diagnostic.get(bufnr) > 0 end, 50) then
    return finish('no diagnostics arrived')
  end
  observed.diagnostics = settled_diagnostics()

  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == fix_code then
      target = d
    end
  end
  if not target then
    return finish('no diagnostic with code ' .. fix_code)
  end
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })

  -- Hover: what the journalist reads is the floating window's text.
  step('hover')
  vim.lsp.buf.hover()
  local hover_window
  vim.wait(WAIT_MS, function()
    for _, window in ipairs(vim.api.nvim_list_wins()) do
      if vim.api.nvim_win_get_config(window).relative ~= '' then
        hover_window = window
        return true
      end
    end
    return false
  end, 50)
  if not hover_window then
    return finish('no hover window opened')
  end
  observed.hover = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(hover_window), 0, -1, false), '\n')
  vim.api.nvim_win_close(hover_window, true)

  -- Code action: Neovim offers the actions through vim.ui.select; pick the first, as a
  -- journalist pressing Enter on the menu does, and record the menu.
  step('code action')
  local menu
  vim.ui.select = function(items, options, on_choice)
    menu = {}
    for _, item in ipairs(items) do
      table.insert(menu, options.format_item and options.format_item(item) or tostring(item))
    end
    on_choice(items[1], 1)
  end
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.buf.code_action()
  if not vim.wait(WAIT_MS, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 50) then
    observed.code_actions = menu
    return finish('the code action did not change the buffer')
  end
  observed.code_actions = menu
  observed.text_after = buffer_text()

  -- The server checks the new text: the fixed diagnostic goes away.
  step('diagnostics after the fix')
  local updated = vim.wait(WAIT_MS, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == fix_code and d.lnum == target.lnum then
        return false
      end
    end
    return true
  end, 50)
  observed.diagnostics_after = settled_diagnostics()
  if not updated then
    return finish('the fixed diagnostic was still shown after the edit')
  end

  step('stop')
  stop(client)
  vim.wait(WAIT_MS, function() return is_stopped(client) end, 50)
  observed.stopped = is_stopped(client)
  finish(nil)
end

local ok, error_message = xpcall(run, debug.traceback)
if not ok then
  finish('the script failed: ' .. tostring(error_message))
end
