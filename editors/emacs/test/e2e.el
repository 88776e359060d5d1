;;; e2e.el --- drive a real batch Emacs through copydesk with eglot  -*- lexical-binding: t; -*-

;; What a journalist does: open a draft (the copydesk snippet starts the server through
;; eglot), see flymake's diagnostics, take a quick fix and see the text and the
;; diagnostics change.  Every wait is bounded.
;;
;; Run by tests/it/editors.rs as `emacs --batch -l e2e.el` with
;;   COPYDESK_E2E_SNIPPET   editors/emacs/copydesk.el, loaded as an init file would
;;   COPYDESK_E2E_DRAFT     the draft to open
;;   COPYDESK_E2E_FIX_CODE  the rule code whose diagnostic is fixed
;;   COPYDESK_E2E_OUT       where to write what was observed (JSON), read by the Rust test
;; The Rust test makes the assertions; this script only observes and records.

;;; Code:

(require 'cl-lib)
(require 'json)
(require 'subr-x)

(defvar copydesk-e2e-observed nil "Alist of what was observed, written as JSON.")
(defvar copydesk-e2e-steps nil)
(defconst copydesk-e2e-wait 20 "Seconds any one wait may take.")

(defun copydesk-e2e-record (key value)
  (push (cons key value) copydesk-e2e-observed))

(defun copydesk-e2e-step (name)
  (push name copydesk-e2e-steps))

(defun copydesk-e2e-buffer-text (name-regexp)
  (when-let ((buffer (cl-find-if (lambda (b) (string-match-p name-regexp (buffer-name b))) (buffer-list))))
    (with-current-buffer buffer (buffer-substring-no-properties (point-min) (point-max)))))

(defun copydesk-e2e-finish (error-message)
  (copydesk-e2e-record 'steps (vconcat (reverse copydesk-e2e-steps)))
  (copydesk-e2e-record 'error error-message)
  (copydesk-e2e-record 'messages (copydesk-e2e-buffer-text "\\`\\*Messages\\*\\'"))
  (copydesk-e2e-record 'eglot_events (copydesk-e2e-buffer-text "\\`\\*EGLOT .* events\\*\\'"))
  (copydesk-e2e-record 'server_stderr (copydesk-e2e-buffer-text "\\`\\*EGLOT .* stderr\\*\\'"))
  (with-temp-file (getenv "COPYDESK_E2E_OUT")
    (insert (json-encode copydesk-e2e-observed)))
  (kill-emacs (if error-message 1 0)))

(defun copydesk-e2e-wait-until (predicate)
  "Process events until PREDICATE is true or `copydesk-e2e-wait' seconds pass."
  (let ((deadline (+ (float-time) copydesk-e2e-wait))
        (result nil))
    (while (and (not (setq result (funcall predicate)))
                (< (float-time) deadline))
      (accept-process-output nil 0.05))
    result))

(defun copydesk-e2e-diagnostics ()
  "flymake's diagnostics in the current buffer, as the journalist sees them."
  (let ((found
         (cl-loop for diagnostic in (flymake-diagnostics)
                  for lsp = (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data diagnostic)))
                  for beg = (flymake-diagnostic-beg diagnostic)
                  collect `((code . ,(plist-get lsp :code))
                            (severity . ,(symbol-name (flymake-diagnostic-type diagnostic)))
                            (line . ,(1- (line-number-at-pos beg)))
                            (covered . ,(buffer-substring-no-properties beg (flymake-diagnostic-end diagnostic)))
                            (text . ,(flymake-diagnostic-text diagnostic))))))
    (vconcat (sort found (lambda (a b)
                           (or (< (alist-get 'line a) (alist-get 'line b))
                               (and (= (alist-get 'line a) (alist-get 'line b))
                                    (string< (alist-get 'covered a) (alist-get 'covered b)))))))))

(defconst copydesk-e2e-settle 1.0
  "Seconds the diagnostics must hold still before they are taken.
The server publishes again when something changes its mind, settings arriving after the
first check, say.")

(defun copydesk-e2e-settled-diagnostics ()
  (let ((last (prin1-to-string (copydesk-e2e-diagnostics)))
        (since (float-time)))
    (copydesk-e2e-wait-until
     (lambda ()
       (let ((now (prin1-to-string (copydesk-e2e-diagnostics))))
         (unless (equal now last)
           (setq last now since (float-time)))
         (>= (- (float-time) since) copydesk-e2e-settle))))
    (copydesk-e2e-diagnostics)))

(defun copydesk-e2e-run ()
  (let ((draft (getenv "COPYDESK_E2E_DRAFT"))
        (fix-code (getenv "COPYDESK_E2E_FIX_CODE")))
    ;; Start-up as an interactive Emacs does it: packages, then the init file.
    (package-activate-all)
    (load (getenv "COPYDESK_E2E_SNIPPET") nil t)
    (copydesk-e2e-record 'emacs_version emacs-version)
    (copydesk-e2e-step "open")
    (find-file draft)
    (copydesk-e2e-record 'major_mode (symbol-name major-mode))
    (copydesk-e2e-record 'text_before (buffer-substring-no-properties (point-min) (point-max)))
    ;; eglot-ensure connects once the command that opened the file is over.
    (run-hooks 'post-command-hook)
    (copydesk-e2e-step "connect")
    (unless (copydesk-e2e-wait-until (lambda () (and (featurep 'eglot) (eglot-current-server))))
      (error "eglot did not start a server for the buffer"))
    (let ((server (eglot-current-server)))
      (copydesk-e2e-record 'eglot_version
                           (when-let ((package (cadr (assq 'eglot package-alist))))
                             (package-version-join (package-desc-version package))))
      (copydesk-e2e-record 'server_command (vconcat (process-command (jsonrpc--process server))))
      (copydesk-e2e-record 'language_id (eglot--language-id server))
      (copydesk-e2e-step "diagnostics")
      (unless (copydesk-e2e-wait-until (lambda () (flymake-diagnostics)))
        (error "no flymake diagnostics arrived"))
      (copydesk-e2e-record 'diagnostics (copydesk-e2e-settled-diagnostics))
      (let ((target (cl-find-if (lambda (d)
                                  (equal (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))) :code)
                                         fix-code))
                                (flymake-diagnostics))))
        (unless target (error "no diagnostic with code %s" fix-code))
        ;; Hover: eglot hands it to eldoc, which shows it in the echo area and keeps it
        ;; in the buffer `M-x eldoc-doc-buffer' opens.
        (copydesk-e2e-step "hover")
        (goto-char (flymake-diagnostic-beg target))
        (eldoc-print-current-symbol-info t) ; M-x eldoc
        (unless (copydesk-e2e-wait-until
                 (lambda () (and (buffer-live-p eldoc--doc-buffer)
                                 (> (buffer-size eldoc--doc-buffer) 0))))
          (error "no hover text reached eldoc"))
        (copydesk-e2e-record 'hover (with-current-buffer eldoc--doc-buffer
                                      (buffer-substring-no-properties (point-min) (point-max))))
        (copydesk-e2e-step "code action")
        ;; `M-x eglot-code-actions' on the underlined text, then RET at its prompt: the
        ;; default is the action the server prefers.  The menu is recorded.
        (let ((line (line-number-at-pos (flymake-diagnostic-beg target)))
              (tick (buffer-chars-modified-tick))
              (menu nil)
              ;; A keyboard event, so eglot asks in the minibuffer rather than with a mouse menu.
              (last-nonmenu-event ?\r))
          (goto-char (flymake-diagnostic-beg target))
          (cl-letf (((symbol-function 'completing-read)
                     (lambda (_prompt collection &optional _predicate _require-match _initial _history default &rest _)
                       (setq menu (mapcar (lambda (item) (if (consp item) (car item) item)) collection))
                       (if (consp default) (car default) default))))
            (eglot-code-actions (flymake-diagnostic-beg target) (flymake-diagnostic-end target) nil t))
          (copydesk-e2e-record 'code_actions (vconcat menu))
          (unless (copydesk-e2e-wait-until (lambda () (/= tick (buffer-chars-modified-tick))))
            (error "the quick fix did not change the buffer"))
          (copydesk-e2e-record 'text_after (buffer-substring-no-properties (point-min) (point-max)))
          ;; The edit reaches the server on eglot's idle timer or before the next request;
          ;; send it now, as the command loop would.
          (eglot--signal-textDocument/didChange)
          (copydesk-e2e-step "diagnostics after the fix")
          (let ((updated (copydesk-e2e-wait-until
                          (lambda ()
                            (not (cl-find-if (lambda (d)
                                               (and (equal (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))) :code) fix-code)
                                                    (= line (line-number-at-pos (flymake-diagnostic-beg d)))))
                                             (flymake-diagnostics)))))))
            (copydesk-e2e-record 'diagnostics_after (copydesk-e2e-settled-diagnostics))
            (unless updated (error "the fixed diagnostic was still shown after the edit")))))
      (copydesk-e2e-step "shutdown")
      (set-buffer-modified-p nil)
      (eglot-shutdown server nil copydesk-e2e-wait)
      (copydesk-e2e-record 'server_stopped (not (jsonrpc-running-p server))))))

;; A backstop in case a step blocks in a way the bounded waits cannot see.
(run-at-time 90 nil (lambda () (copydesk-e2e-finish "watchdog: the script did not finish within 90 seconds")))

(condition-case failure
    (progn (copydesk-e2e-run) (copydesk-e2e-finish nil))
  (error (copydesk-e2e-finish (error-message-string failure))))

;;; e2e.el ends here
