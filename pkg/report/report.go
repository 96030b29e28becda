// Package report prints lint findings as text, JSON, SARIF or GitHub
// Actions workflow commands.
package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/apology-cli/apology/pkg/lint"
)

// Formats lists the output formats, for flags and completion.
var Formats = []string{"text", "json", "sarif", "github"}

// Options adjust the text format.
type Options struct {
	Color bool // ANSI colour (the caller decides: a terminal and no NO_COLOR)
	// Files is how many files were linted, for the summary line.
	Files int
}

// Write prints findings in the named format. rules supplies SARIF metadata.
func Write(w io.Writer, format string, findings []lint.Finding, rules []*lint.Rule, opts Options) error {
	switch format {
	case "text", "":
		return Text(w, findings, opts)
	case "json":
		return JSON(w, findings)
	case "sarif":
		return SARIF(w, findings, rules)
	case "github":
		return GitHub(w, findings)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

const (
	ansiReset = "\x1b[0m"
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiRed   = "\x1b[31m"
	ansiYel   = "\x1b[33m"
	ansiCyan  = "\x1b[36m"
)

func severityColor(s lint.Severity) string {
	switch s {
	case lint.Error:
		return ansiRed
	case lint.Warning:
		return ansiYel
	}
	return ansiCyan
}

// Text prints `file:line:col: severity: message [rule]`, the suggestion
// on the next line, then a one-line summary.
func Text(w io.Writer, findings []lint.Finding, opts Options) error {
	paint := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + ansiReset
	}
	var counts [4]int
	for _, f := range findings {
		if f.Severity >= 0 && int(f.Severity) < len(counts) {
			counts[f.Severity]++
		}
		fmt.Fprintf(w, "%s: %s: %s %s\n",
			paint(ansiBold, f.Position()),
			paint(severityColor(f.Severity), f.Severity.String()),
			f.Message,
			paint(ansiDim, "["+f.Rule+"]"))
		if f.Suggestion != "" {
			fmt.Fprintf(w, "    %s %s\n", paint(ansiDim, "try:"), f.Suggestion)
		}
	}
	_, err := fmt.Fprintln(w, Summary(findings, opts.Files))
	return err
}

// Summary is one line: how many findings of each severity in how many files.
func Summary(findings []lint.Finding, files int) string {
	var e, wn, s int
	for _, f := range findings {
		switch f.Severity {
		case lint.Error:
			e++
		case lint.Warning:
			wn++
		default:
			s++
		}
	}
	where := ""
	if files > 0 {
		where = fmt.Sprintf(" in %s", Plural(files, "file"))
	}
	if len(findings) == 0 {
		return "no findings" + where
	}
	return fmt.Sprintf("%s, %s, %s%s", Plural(e, "error"), Plural(wn, "warning"), Plural(s, "suggestion"), where)
}

// Plural counts n of word: "1 error", "2 errors".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// JSON prints one array of finding objects; `[]` when there are none.
// The output is what encoding/json writes with two-space indentation and
// no HTML escaping (a test holds it to that), built by hand because
// reflection took most of a big run's time.
func JSON(w io.Writer, findings []lint.Finding) error {
	if len(findings) == 0 {
		_, err := io.WriteString(w, "[]\n")
		return err
	}
	// Written 64 KB at a time: a big run's output need not be held whole.
	const chunk = 64 << 10
	b := make([]byte, 0, chunk+4<<10)
	b = append(b, "[\n"...)
	for i, f := range findings {
		if len(b) >= chunk {
			if _, err := w.Write(b); err != nil {
				return err
			}
			b = b[:0]
		}
		b = append(b, "  {\n    \"file\": "...)
		b = appendJSONString(b, f.File)
		b = append(b, ",\n    \"line\": "...)
		b = strconv.AppendInt(b, int64(f.Line), 10)
		b = append(b, ",\n    \"column\": "...)
		b = strconv.AppendInt(b, int64(f.Column), 10)
		b = append(b, ",\n    \"end_line\": "...)
		b = strconv.AppendInt(b, int64(f.EndLine), 10)
		b = append(b, ",\n    \"end_column\": "...)
		b = strconv.AppendInt(b, int64(f.EndColumn), 10)
		b = append(b, ",\n    \"rule\": "...)
		b = appendJSONString(b, f.Rule)
		b = append(b, ",\n    \"severity\": "...)
		b = appendJSONString(b, f.Severity.String())
		b = append(b, ",\n    \"message\": "...)
		b = appendJSONString(b, f.Message)
		b = append(b, ",\n    \"suggestion\": "...)
		b = appendJSONString(b, f.Suggestion)
		b = append(b, "\n  }"...)
		if i < len(findings)-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
	}
	b = append(b, "]\n"...)
	_, err := w.Write(b)
	return err
}

// appendJSONString appends s as a JSON string the way encoding/json does
// without HTML escaping: invalid UTF-8 becomes U+FFFD, and U+2028 and
// U+2029 are escaped for JavaScript's sake.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\b':
				b = append(b, '\\', 'b')
			case c == '\f':
				b = append(b, '\\', 'f')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, "\\ufffd"...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}

// GitHub prints workflow commands that annotate the file in a pull request.
func GitHub(w io.Writer, findings []lint.Finding) error {
	for _, f := range findings {
		level := "error"
		switch f.Severity {
		case lint.Warning:
			level = "warning"
		case lint.Suggestion:
			level = "notice"
		}
		msg := f.Message
		if f.Suggestion != "" {
			msg += "\n" + f.Suggestion
		}
		props := "file=" + escapeProperty(f.File)
		if f.Line > 0 {
			props += fmt.Sprintf(",line=%d,col=%d,endLine=%d,endColumn=%d", f.Line, f.Column, f.EndLine, f.EndColumn)
		}
		props += ",title=" + escapeProperty(f.Rule)
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", level, props, escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// escapeData and escapeProperty follow the runner's rules
// (actions/toolkit, packages/core/src/command.ts).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
