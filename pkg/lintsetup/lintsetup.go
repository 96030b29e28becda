// Package lintsetup builds the linter every command judges a letter with:
// the rule catalogue, the nearest config file and the rule flags.
package lintsetup

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/apology-cli/apology/pkg/cmdutil"
	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lint/rules"
)

// Setup builds the linter from the config file and the rule flags, and
// resolves the fail level (flag, then config, then error). The lint,
// render and draft commands share it, so every command judges a letter
// the same way.
func Setup(workDir, configPath, failOnFlag string, only, disable []string) (*lint.Linter, lint.Severity, error) {
	all := rules.All()
	var cfg *lint.Config
	if configPath == "" {
		found, err := lint.FindConfig(workDir)
		if err != nil {
			return nil, 0, fmt.Errorf("looking for %s: %w", lint.ConfigFileName, err)
		}
		configPath = found
	} else if !filepath.IsAbs(configPath) {
		configPath = filepath.Join(workDir, configPath)
	}
	if configPath != "" {
		c, err := lint.LoadConfig(configPath, all)
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				return nil, 0, fmt.Errorf("config %s: %w", configPath, pe.Err)
			}
			return nil, 0, err
		}
		cfg = c
	}
	l, err := rules.NewLinter(cfg)
	if err != nil {
		return nil, 0, err
	}
	if len(only) > 0 {
		if err := l.Only(only...); err != nil {
			return nil, 0, cmdutil.FlagErrorf("--rule: %s", err)
		}
	}
	if err := l.Disable(disable...); err != nil {
		return nil, 0, cmdutil.FlagErrorf("--disable: %s", err)
	}
	failOn := lint.Error
	if cfg != nil && cfg.FailOn != lint.Off {
		failOn = cfg.FailOn
	}
	if failOnFlag != "" {
		s, err := lint.ParseSeverity(failOnFlag)
		if err != nil || s == lint.Off {
			return nil, 0, cmdutil.FlagErrorf("--fail-on: %q is not error, warning or suggestion", failOnFlag)
		}
		failOn = s
	}
	return l, failOn, nil
}
