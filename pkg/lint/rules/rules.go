// Package rules is the catalogue of apology lint rules (ids per
// lint-rules.md), one rule per file.
package rules

import "github.com/apology-cli/apology/pkg/lint"

// All returns every rule in catalogue order: line rules, then document rules.
// Each call returns fresh values, so callers may not alter shared state.
func All() []*lint.Rule {
	return []*lint.Rule{
		ConditionalApology(),
	}
}

// NewLinter returns a linter with every rule and the given config (nil for defaults).
func NewLinter(cfg *lint.Config) (*lint.Linter, error) {
	return lint.New(All(), cfg)
}
