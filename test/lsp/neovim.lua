-- Drives Neovim's built-in LSP client (0.7 and later), headless, against the language server:
-- opens SPEC, waits for the diagnostics Neovim keeps for the buffer, asks for the fix-all code
-- action, applies its edit as Neovim applies any, writes the buffer, and records what it saw in
-- OUT as JSON. Run as: `nvim --headless -u NONE -S neovim.lua` with those variables set.
local server, spec, out, root = os.getenv('SERVER'), os.getenv('SPEC'), os.getenv('OUT'), os.getenv('ROOT_DIR')
local result = {}
local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(spec))
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({ name = 'clusterlint', cmd = { 'node', server, '--stdio' }, root_dir = root })
vim.lsp.buf_attach_client(buf, client_id)

if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
  result.error = 'no diagnostics'
  return finish()
end
-- The server publishes once per version: what Neovim holds now is the whole set.
vim.wait(500)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local lsp = (d.user_data or {}).lsp or {}
  table.insert(diagnostics, {
    lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col, severity = d.severity,
    message = d.message, source = d.source, code = lsp.code or d.code,
    href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
  })
end
result.diagnostics = diagnostics

local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = tonumber(os.getenv('HOVER_LINE')), character = tonumber(os.getenv('HOVER_CHARACTER')) },
}, 10000)
for _, r in pairs(hover or {}) do
  if r.result then result.hover = r.result.contents.value end
end

local last = vim.api.nvim_buf_line_count(buf)
local actions = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = 0, character = 0 }, ['end'] = { line = last, character = 0 } },
  context = { diagnostics = {}, only = { 'source.fixAll' } },
}, 10000)
result.actions = {}
for _, r in pairs(actions or {}) do
  for _, action in ipairs(r.result or {}) do
    table.insert(result.actions, action.title)
    vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  end
end
vim.cmd('write')
finish()
