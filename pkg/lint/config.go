package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"go.yaml.in/yaml/v3"

	"github.com/apology-cli/apology/pkg/yamlerr"
)

// ConfigFileName is looked up in the working directory and its parents.
const ConfigFileName = ".apology.yaml"

// Config is a project's `.apology.yaml`:
//
//	fail-on: warning        # error (default), warning or suggestion
//	rules:
//	  hedging: off          # a severity or off
//	  self-pity: warning
type Config struct {
	Path     string              // where it was read from ("" for none)
	FailOn   Severity            // Off when the file does not set it
	Severity map[string]Severity // per-rule overrides
}

// ConfigError names the file, line and key of a bad config value.
type ConfigError struct {
	Path string
	Line int
	Key  string
	Msg  string
}

func (e *ConfigError) Error() string {
	where := e.Path
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	if e.Key == "" {
		return fmt.Sprintf("%s: %s", where, e.Msg)
	}
	return fmt.Sprintf("%s: %s: %s", where, e.Key, e.Msg)
}

// FindConfig returns the path of the nearest config file at or above dir,
// or "" when there is none.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, ConfigFileName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// LoadConfig reads and validates a config file against the known rules.
func LoadConfig(path string, rules []*Rule) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return ParseConfig(path, b, rules)
}

// ParseConfig validates config text; path is only used in errors.
func ParseConfig(path string, b []byte, rules []*Rule) (*Config, error) {
	cfg := &Config{Path: path, Severity: map[string]Severity{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		line, msg := yamlerr.Locate(err, b)
		return nil, &ConfigError{Path: path, Line: line, Msg: "not valid YAML: " + msg}
	}
	if len(doc.Content) == 0 {
		return cfg, nil // an empty file configures nothing
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, &ConfigError{Path: path, Line: top.Line, Msg: "expected a mapping with 'fail-on' and 'rules'"}
	}
	known := map[string]bool{}
	for _, r := range rules {
		known[r.ID] = true
	}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch k.Value {
		case "fail-on":
			s, err := ParseSeverity(v.Value)
			if err != nil || s == Off || v.Kind != yaml.ScalarNode {
				return nil, &ConfigError{Path: path, Line: v.Line, Key: "fail-on", Msg: fmt.Sprintf("%q is not error, warning or suggestion", v.Value)}
			}
			cfg.FailOn = s
		case "rules":
			if v.Kind != yaml.MappingNode {
				return nil, &ConfigError{Path: path, Line: v.Line, Key: "rules", Msg: "expected a mapping of rule id to severity"}
			}
			for j := 0; j+1 < len(v.Content); j += 2 {
				rk, rv := v.Content[j], v.Content[j+1]
				key := "rules." + rk.Value
				if IsBuiltin(rk.Value) {
					return nil, &ConfigError{Path: path, Line: rk.Line, Key: key, Msg: "one of the linter's own checks, always on: it cannot be configured"}
				}
				if !known[rk.Value] {
					return nil, &ConfigError{Path: path, Line: rk.Line, Key: key, Msg: "unknown rule (see 'apology rules')"}
				}
				val := rv.Value
				if rv.Tag == "!!bool" && (val == "false" || val == "off" || val == "no") {
					val = "off" // YAML 1.1 habits: `off` and `false` both mean off
				}
				s, err := ParseSeverity(val)
				if err != nil || rv.Kind != yaml.ScalarNode {
					return nil, &ConfigError{Path: path, Line: rv.Line, Key: key, Msg: fmt.Sprintf("%q is not error, warning, suggestion or off", rv.Value)}
				}
				cfg.Severity[rk.Value] = s
			}
		default:
			return nil, &ConfigError{Path: path, Line: k.Line, Key: k.Value, Msg: "unknown key (want fail-on or rules)"}
		}
	}
	return cfg, nil
}
