// Package rules is the catalogue of apology lint rules (ids per
// lint-rules.md), one rule per file.
package rules

import "github.com/apology-cli/apology/pkg/lint"

// All returns every rule in catalogue order: line rules, then document rules.
// Each call returns fresh values, so callers may not alter shared state.
func All() []*lint.Rule {
	return []*lint.Rule{
		ConditionalApology(),
		ButExcuse(),
		Justification(),
		IntentDefense(),
		NonApology(),
		VagueApology(),
		EvasivePassive(),
		AbsolutePromise(),
		PresumedFeelings(),
		BlameShift(),
		Minimizing(),
		ForgivenessPressure(),
		Bribe(),
		SelfPity(),
		Hedging(),
		MissingApology(),
		MissingResponsibility(),
		MissingRepair(),
		MissingChange(),
	}
}

//go:generate go run ./internal/gen

// NewLinter returns a linter with every rule and the given config (nil for
// defaults), using the matcher compiled ahead of time when it is current.
func NewLinter(cfg *lint.Config) (*lint.Linter, error) {
	return lint.NewPrecompiled(All(), cfg, compiled)
}
