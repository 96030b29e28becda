// Package yamlerr says where in a document an error of the YAML library
// (go.yaml.in/yaml/v3) is, as a person counts lines, and what it says.
//
// The library's messages count lines inconsistently: a scanner error
// ("found character that cannot start any token") names the 1-based line
// of the problem, a parser error ("did not find expected key") the
// 0-based line of the construct it was parsing, and either drops the
// line altogether when that count is 0. Problems with the input's bytes
// ("control characters are not allowed") name no line at all.
package yamlerr

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parserProblems are the problems the library's parser (not its scanner)
// reports; their line numbers count from 0.
var parserProblems = []string{
	"did not find expected <stream-start>",
	"did not find expected <document start>",
	"did not find expected key",
	"did not find expected '-' indicator",
	"did not find expected node content",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found duplicate %TAG directive",
	"found undefined tag handle",
}

// readerProblems are problems with the input's bytes, found before any
// line is counted.
var readerProblems = []string{
	"invalid leading UTF-8 octet",
	"incomplete UTF-8 octet sequence",
	"invalid trailing UTF-8 octet",
	"invalid length of a UTF-8 sequence",
	"invalid Unicode character",
	"incomplete UTF-16 character",
	"unexpected low surrogate area",
	"incomplete UTF-16 surrogate pair",
	"expected low surrogate area",
	"control characters are not allowed",
}

// Locate returns the 1-based line of src that err, returned by decoding
// src, is about, and its message without the library's "yaml: " and
// "line N: " prefixes (on one line). line is 0 when the error names no
// place in src (a type error, an unknown anchor).
func Locate(err error, src []byte) (line int, msg string) {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		return 0, strings.Join(te.Errors, "; ")
	}
	msg = strings.TrimPrefix(err.Error(), "yaml: ")
	printed := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if n, after, found := strings.Cut(rest, ": "); found {
			if v, err := strconv.Atoi(n); err == nil {
				printed, msg = v, after
			}
		}
	}
	msg = strings.ReplaceAll(msg, "\n", "; ")
	switch {
	case isOneOf(msg, readerProblems):
		return badByteLine(src), msg
	case isOneOf(msg, parserProblems):
		line = printed + 1
	case printed > 0:
		line = printed
	case isSyntaxProblem(msg):
		line = 1 // the library drops a line count of 0: the first line
	default:
		return 0, msg
	}
	return min(line, lineCount(src)), msg
}

func isOneOf(msg string, problems []string) bool {
	for _, p := range problems {
		if msg == p {
			return true
		}
	}
	return false
}

// isSyntaxProblem tells the scanner's and parser's messages from the
// decoder's ("unknown anchor 'x' referenced"), which have no place.
func isSyntaxProblem(msg string) bool {
	for _, prefix := range []string{"found ", "did not find ", "could not find ", "mapping ", "block sequence ", "while ", "exceeded max depth"} {
		if strings.HasPrefix(msg, prefix) {
			return true
		}
	}
	return false
}

// lineCount is the number of lines of src, at least 1; a line break at
// the very end does not start another.
func lineCount(src []byte) int {
	n := 1
	for i, c := range src {
		if c == '\n' && i < len(src)-1 {
			n++
		}
	}
	return n
}

// badByteLine is the line of the first character YAML refuses: invalid
// UTF-8 or a control character other than tab and line breaks.
func badByteLine(src []byte) int {
	line := 1
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			return line
		case r == '\n':
			line++
		case r == '\t' || r == '\r' || r == 0x85:
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0xfffe || r == 0xffff:
			return line
		}
		i += size
	}
	return line
}
