package lint

import "context"

// LintInParts is Lint with parts of about size bytes, checked one after
// another or pipelined.
func (l *Linter) LintInParts(file string, src []byte, size int, pipeline bool) []Finding {
	f, _ := l.lint(context.Background(), file, src, size, pipeline)
	return f
}
