package lint

import "context"

// LintInParts is Lint with parts of about size bytes.
func (l *Linter) LintInParts(file string, src []byte, size int) []Finding {
	return l.lint(context.Background(), file, src, size)
}
