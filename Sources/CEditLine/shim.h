#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

// libedit's native API (histedit.h) for Swift. `el_set`, `el_get` and `history` are variadic, which Swift
// cannot call, and `stdin`/`stdout`/`stderr` are globals Swift 6 will not touch: each use gets a small
// non-variadic `static inline` wrapper here (a system-library target can hold no .c file).

#include <histedit.h>
#include <stdio.h>

/// The prompt callback: returns the prompt text (it must stay valid until the next call).
typedef char *(*ce_prompt_function)(EditLine *);
/// A key callback: returns one of the CC_* codes.
typedef unsigned char (*ce_key_function)(EditLine *, int);

/// A line editor on the process's stdin, stdout and stderr.
static inline EditLine *ce_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

/// Sets the prompt; text between two `escape` characters is printed but takes no room (color codes).
static inline int ce_set_prompt(EditLine *editor, ce_prompt_function prompt, char escape) {
    return el_set(editor, EL_PROMPT_ESC, prompt, escape);
}

/// "emacs" or "vi" key bindings.
static inline int ce_set_editor(EditLine *editor, const char *mode) {
    return el_set(editor, EL_EDITOR, mode);
}

/// With 1, libedit restores the terminal on signals while it reads and follows window resizes.
static inline int ce_set_signal(EditLine *editor, int on) {
    return el_set(editor, EL_SIGNAL, on);
}

/// Changes one terminal mode of the editing mode only ("-isig": the signal keys reach the editor as
/// keys); the mode the program runs in between lines keeps the user's settings.
static inline int ce_set_edit_mode(EditLine *editor, const char *mode) {
    return el_set(editor, EL_SETTY, "-d", mode, (const char *)NULL);
}

/// With 1, puts the terminal in the editor's mode; with 0, back in the user's (as between lines).
static inline int ce_prepare_terminal(EditLine *editor, int editing) {
    return el_set(editor, EL_PREP_TERM, editing);
}

/// The history the up/down arrows and reverse search go through.
static inline int ce_set_history(EditLine *editor, History *history_list) {
    return el_set(editor, EL_HIST, history, history_list);
}

/// A pointer the callbacks can get back with `ce_client_data`.
static inline int ce_set_client_data(EditLine *editor, void *data) {
    return el_set(editor, EL_CLIENTDATA, data);
}

static inline void *ce_client_data(EditLine *editor) {
    void *data = NULL;
    return el_get(editor, EL_CLIENTDATA, &data) == 0 ? data : NULL;
}

/// Names a key callback so keys can be bound to it.
static inline int ce_add_function(EditLine *editor, const char *name, const char *help, ce_key_function function) {
    return el_set(editor, EL_ADDFN, name, help, function);
}

/// Binds a key sequence ("^R", "\\e[1;5D") to an editor command ("em-inc-search-prev").
static inline int ce_bind(EditLine *editor, const char *keys, const char *command) {
    return el_set(editor, EL_BIND, keys, command, (const char *)NULL);
}

/// Redraws the prompt and the line being edited (what libedit itself does after SIGCONT).
static inline int ce_refresh(EditLine *editor) {
    return el_set(editor, EL_REFRESH);
}

static inline int ce_history_set_size(History *history_list, int size) {
    HistEvent event;
    return history(history_list, &event, H_SETSIZE, size);
}

/// With 1, a line equal to the previous one is not entered again.
static inline int ce_history_set_unique(History *history_list, int on) {
    HistEvent event;
    return history(history_list, &event, H_SETUNIQUE, on);
}

static inline int ce_history_enter(History *history_list, const char *line) {
    HistEvent event;
    return history(history_list, &event, H_ENTER, line);
}

#endif
