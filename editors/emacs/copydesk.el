;;; copydesk.el --- copydesk in Emacs through eglot  -*- lexical-binding: t; -*-

;; Paste this into your init file (~/.emacs.d/init.el), or load it from there with
;; (load "/path/to/copydesk/editors/emacs/copydesk.el").  Needs eglot: built into
;; Emacs 29 and later; on Emacs 26.3-28 install it (M-x package-install RET eglot, or
;; Debian's elpa-eglot).  Markdown files need markdown-mode (package `markdown-mode',
;; Debian's elpa-markdown-mode); plain-text files use the built-in text-mode.
;;
;; Settings: the keys of .copydesk.toml (docs/configuration.md) under :copydesk, for
;; example in the project's .dir-locals.el:
;;   ((nil . ((eglot-workspace-configuration
;;             . (:copydesk (:rules (:quote "warning")
;;                           :names ["Volodymyr Zelensky"]
;;                           :style (:us_abbreviation "U.S.")))))))

;;; Code:

(with-eval-after-load 'eglot
  ;; Ahead of eglot's own entries, so copydesk, not another Markdown server, starts for
  ;; these modes.  gfm-mode derives from markdown-mode; it and the tree-sitter mode of
  ;; newer Emacsen are all Markdown to the server.
  (add-to-list 'eglot-server-programs
               '(((markdown-mode :language-id "markdown")
                  (gfm-mode :language-id "markdown")
                  (markdown-ts-mode :language-id "markdown")
                  (text-mode :language-id "plaintext"))
                 . ("copydesk" "lsp"))))

(defun copydesk-eglot-ensure ()
  "Start copydesk for a Markdown or plain-text buffer.
Org, TeX and other modes derived from `text-mode' are left alone."
  (when (memq major-mode '(markdown-mode gfm-mode markdown-ts-mode text-mode))
    (eglot-ensure)))

(add-hook 'text-mode-hook #'copydesk-eglot-ensure)

;;; copydesk.el ends here
