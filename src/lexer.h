/* lexer.h — source text to tokens, on demand.
 *
 * The lexer is pulled by the parser one token at a time (as CPython's
 * tokenizer is), so a syntax error early in a file is reported before a
 * tokenizer error later in it.  It turns indentation into INDENT/DEDENT,
 * joins lines inside brackets and after a backslash, and knows the shape of
 * every literal; the *values* of literals (escapes, f-string fields, number
 * conversion) are worked out by the parser from the token's text.
 *
 * Errors are recorded in a LexError rather than raised, so the parser can
 * decide which of several errors CPython would have reported, and so that
 * lexer_input_status can run without a VM.
 */
#ifndef MOLT_LEXER_H
#define MOLT_LEXER_H

#include "object.h"

/* Every token kind: enum name, and the text used in "expected 'x'" messages
 * (for punctuation and keywords, the token itself). */
#define TOKEN_LIST(X) \
    X(ENDMARKER, "end of file") X(NAME, "name") X(NUMBER, "number") \
    X(STRING, "string") X(NEWLINE, "newline") X(INDENT, "indent") \
    X(DEDENT, "dedent") X(ERRORTOKEN, "error") \
    X(BADCHAR, "bad character")  /* '$', '?', '`', lone '!': the parser rejects it */ \
    /* punctuation */ \
    X(LPAR, "(") X(RPAR, ")") X(LSQB, "[") X(RSQB, "]") X(LBRACE, "{") \
    X(RBRACE, "}") X(COLON, ":") X(COMMA, ",") X(SEMI, ";") X(PLUS, "+") \
    X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(VBAR, "|") X(AMPER, "&") \
    X(LESS, "<") X(GREATER, ">") X(EQUAL, "=") X(DOT, ".") X(PERCENT, "%") \
    X(EQEQUAL, "==") X(NOTEQUAL, "!=") X(LESSEQUAL, "<=") \
    X(GREATEREQUAL, ">=") X(TILDE, "~") X(CIRCUMFLEX, "^") \
    X(LEFTSHIFT, "<<") X(RIGHTSHIFT, ">>") X(DOUBLESTAR, "**") \
    X(PLUSEQUAL, "+=") X(MINEQUAL, "-=") X(STAREQUAL, "*=") \
    X(SLASHEQUAL, "/=") X(PERCENTEQUAL, "%=") X(AMPEREQUAL, "&=") \
    X(VBAREQUAL, "|=") X(CIRCUMFLEXEQUAL, "^=") X(LEFTSHIFTEQUAL, "<<=") \
    X(RIGHTSHIFTEQUAL, ">>=") X(DOUBLESTAREQUAL, "**=") \
    X(DOUBLESLASH, "//") X(DOUBLESLASHEQUAL, "//=") X(AT, "@") \
    X(ATEQUAL, "@=") X(RARROW, "->") X(ELLIPSIS, "...") X(COLONEQUAL, ":=") \
    /* keywords (KW_FIRST..KW_LAST) */ \
    X(KW_FALSE, "False") X(KW_NONE, "None") X(KW_TRUE, "True") \
    X(KW_AND, "and") X(KW_AS, "as") X(KW_ASSERT, "assert") \
    X(KW_ASYNC, "async") X(KW_AWAIT, "await") X(KW_BREAK, "break") \
    X(KW_CLASS, "class") X(KW_CONTINUE, "continue") X(KW_DEF, "def") \
    X(KW_DEL, "del") X(KW_ELIF, "elif") X(KW_ELSE, "else") \
    X(KW_EXCEPT, "except") X(KW_FINALLY, "finally") X(KW_FOR, "for") \
    X(KW_FROM, "from") X(KW_GLOBAL, "global") X(KW_IF, "if") \
    X(KW_IMPORT, "import") X(KW_IN, "in") X(KW_IS, "is") \
    X(KW_LAMBDA, "lambda") X(KW_NONLOCAL, "nonlocal") X(KW_NOT, "not") \
    X(KW_OR, "or") X(KW_PASS, "pass") X(KW_RAISE, "raise") \
    X(KW_RETURN, "return") X(KW_TRY, "try") X(KW_WHILE, "while") \
    X(KW_WITH, "with") X(KW_YIELD, "yield")

typedef enum {
#define X(name, text) T_##name,
    TOKEN_LIST(X)
#undef X
    T_COUNT
} TokType;
#define T_KW_FIRST T_KW_FALSE
#define T_KW_LAST  T_KW_YIELD

extern const char *const token_text[T_COUNT];

/* A token: its kind and where it is.  Lines are 1-based, columns 0-based
 * byte offsets in the line (CPython's AST convention); start/end are byte
 * offsets of its text in Lexer.src. */
typedef struct Token {
    int type;
    int lineno, col, end_lineno, end_col;
    size_t start, end;
    int level;                  /* bracket depth after the token */
} Token;

/* What went wrong, recorded for the caller to raise.  Offsets are 1-based;
 * like CPython 3.11's, they count characters for the errors its tokenizer
 * raises itself (bad literals, strings, characters, brackets) and bytes for
 * the ones it leaves to the parser (indentation, an unclosed bracket). */
typedef enum {
    LEXERR_NONE,
    LEXERR_SYNTAX,      /* a definite error in the text (CPython raises it at once) */
    LEXERR_INDENT,      /* dedent mismatch, tab/space mix, too deep */
    LEXERR_LINECONT,    /* a character after a line-continuation backslash */
    LEXERR_EOF,         /* the input ended too early: open bracket, string, '\' */
} LexErrKind;

typedef enum {           /* why input ended early (for the REPL) */
    LEXEOF_NONE, LEXEOF_BRACKET, LEXEOF_STRING, LEXEOF_BACKSLASH
} LexEofKind;

typedef struct LexError {
    LexErrKind kind;
    LexEofKind eof;
    TypeObject *type;            /* exc_SyntaxError, exc_IndentationError, exc_TabError */
    char msg[320];
    int lineno, offset, end_lineno, end_offset;
    size_t text_start, text_len; /* the line shown under the message, in src */
} LexError;

#define LEX_MAXINDENT 100       /* "too many levels of indentation" */
#define LEX_MAXLEVEL  200       /* "too many nested parentheses" */

typedef struct Lexer {
    VM *vm;                     /* may be NULL (lexer_input_status) */
    char *src;                  /* the text ('\n' line ends; read in place when it has no '\r') */
    size_t len;                 /* a final '\n' is supplied if the text lacks one */
    size_t pos;                 /* next byte to read */
    int lineno;                 /* line of src[pos] */
    size_t line_start;          /* offset of that line's first byte */
    bool atbol;                 /* at the beginning of a logical line */
    bool at_eof;                /* ENDMARKER has been produced */
    int pendin;                 /* pending INDENTs (> 0) or DEDENTs (< 0) */
    int indent;                 /* top of indstack */
    int indstack[LEX_MAXINDENT], altindstack[LEX_MAXINDENT];
    int level;                  /* bracket depth */
    char parenstack[LEX_MAXLEVEL];
    int parenline[LEX_MAXLEVEL], parencol[LEX_MAXLEVEL];
    size_t parenlinestart[LEX_MAXLEVEL];
    LexError err;
} Lexer;

/* Prepares `lx` over src[0..len).  A NUL byte anywhere is an error (returns
 * -1 with lx->err set); invalid UTF-8 is reported by the token it is in.  A
 * UTF-8 BOM is skipped.  The text is read in place unless it has '\r' line
 * ends to normalise (then a copy is made with mem_alloc_atomic, so vm may be
 * NULL only for text without '\r'). */
int lexer_init(Lexer *lx, VM *vm, const char *src, size_t len);

/* Produces the next token.  On error, t->type is T_ERRORTOKEN and lx->err
 * says why; further calls keep returning T_ERRORTOKEN. */
void lexer_next(Lexer *lx, Token *t);

/* Offset of the first byte of line `lineno` (1-based) of lx->src, and the
 * length of that line without its '\n'. */
size_t lexer_line_bounds(Lexer *lx, int lineno, size_t *len);

/* Number of code points in s[0..n) (counting each invalid byte as one). */
int lexer_char_count(const char *s, size_t n);

/* The first invalid UTF-8 sequence in s[0..len): its offset, or (size_t)-1
 * if there is none.  msg receives the words of Python's decoder, positions
 * counted from s ("'utf-8' codec can't decode byte 0xff in position 3:
 * invalid start byte"); *badlen (if not NULL) the length of the bad
 * sequence, which a "replace" decoding turns into one U+FFFD.  The lexer
 * checks names and the parser string literals with it; a runner that wants
 * CPython's "Non-UTF-8 code starting with ..." message for a script can use
 * it to check a whole file first. */
size_t lexer_utf8_error(const char *s, size_t len, char *msg, size_t msgsize, size_t *badlen);

/* The code point a character name stands for, as in "\N{EM DASH}"
 * (case-insensitive), or (uint32_t)-1.  Covers the commonly used blocks,
 * name aliases such as "NBSP", and CJK and Hangul names; not the whole
 * Unicode database. */
uint32_t lexer_unicode_lookup(const char *name, size_t len);

/* For the REPL: is this interactive input complete (0), in need of more
 * lines (1: open bracket, open triple-quoted string, trailing backslash, a
 * compound statement whose block may continue), or already erroneous (2)?
 * A compound statement is complete once the input ends with an empty line. */
int lexer_input_status(const char *src, size_t len);

#endif
