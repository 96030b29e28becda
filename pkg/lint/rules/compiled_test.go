package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/apology-cli/apology/pkg/lint"
)

// TestCompiledIsCurrent fails when a pattern changed without
// `go generate ./pkg/lint/rules`: the linter would still be right, but
// every process would compile the patterns at start-up again.
func TestCompiledIsCurrent(t *testing.T) {
	if got, want := compiled.Fingerprint, lint.Fingerprint(All()); got != want {
		t.Fatalf("compiled_gen.go is stale (fingerprint %#08x, rules %#08x): run go generate ./pkg/lint/rules", got, want)
	}
}

// TestCompiledMatchesRuntime: the precompiled tables find exactly what
// compiling the patterns at start-up finds.
func TestCompiledMatchesRuntime(t *testing.T) {
	pre, err := lint.NewPrecompiled(All(), nil, compiled)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := lint.New(All(), nil)
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob("../../../testdata/*/*.md")
	if len(paths) == 0 {
		t.Fatal("no letters under testdata")
	}
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if a, b := pre.Lint(p, src), fresh.Lint(p, src); !reflect.DeepEqual(a, b) {
			t.Errorf("%s: precompiled findings differ from compiled ones:\n%v\n%v", p, a, b)
		}
	}
}
