package report

import (
	"encoding/json"
	"io"
	"path/filepath"
	"slices"

	"github.com/apology-cli/apology/pkg/lint"
)

// SARIF 2.1.0, the subset GitHub code scanning reads
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html).
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRule struct {
	ID                   string      `json:"id"`
	ShortDescription     sarifText   `json:"shortDescription"`
	FullDescription      sarifText   `json:"fullDescription"`
	Help                 sarifText   `json:"help"`
	DefaultConfiguration sarifConfig `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex *int            `json:"ruleIndex,omitempty"` // nil: no descriptor for the rule
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
}

func sarifLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "note"
}

// SARIF prints a SARIF 2.1.0 log with every rule's metadata, followed by
// that of the linter's own checks (lint.Builtins) that found something.
func SARIF(w io.Writer, findings []lint.Finding, rules []*lint.Rule) error {
	driver := sarifDriver{Name: "apology", InformationURI: "https://github.com/apology-cli/apology", Rules: []sarifRule{}}
	found := map[string]bool{}
	for _, f := range findings {
		found[f.Rule] = true
	}
	described := slices.Clip(rules)
	for _, b := range lint.Builtins() {
		if found[b.ID] {
			described = append(described, b)
		}
	}
	index := map[string]int{}
	for i, r := range described {
		index[r.ID] = i
		help := r.Why
		if r.Suggestion != "" {
			help += "\n\n" + r.Suggestion
		}
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   r.ID,
			ShortDescription:     sarifText{r.Summary},
			FullDescription:      sarifText{r.Why},
			Help:                 sarifText{help},
			DefaultConfiguration: sarifConfig{Level: sarifLevel(r.Severity)},
		})
	}
	results := []sarifResult{}
	for _, f := range findings {
		msg := f.Message
		if f.Suggestion != "" {
			msg += " " + f.Suggestion
		}
		loc := sarifPhysical{ArtifactLocation: sarifArtifact{URI: filepath.ToSlash(f.File)}}
		if f.Line > 0 {
			loc.Region = &sarifRegion{StartLine: f.Line, StartColumn: f.Column, EndLine: f.EndLine, EndColumn: f.EndColumn}
		} else {
			// A whole-letter finding: code scanning wants a line, so point at the top.
			loc.Region = &sarifRegion{StartLine: 1, StartColumn: 1, EndLine: 1, EndColumn: 1}
		}
		var ruleIndex *int
		if i, ok := index[f.Rule]; ok {
			ruleIndex = &i
		}
		results = append(results, sarifResult{
			RuleID: f.Rule, RuleIndex: ruleIndex, Level: sarifLevel(f.Severity),
			Message: sarifText{msg}, Locations: []sarifLocation{{PhysicalLocation: loc}},
		})
	}
	log := sarifLog{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []sarifRun{{Tool: sarifTool{Driver: driver}, Results: results}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}
