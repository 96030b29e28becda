package main

import (
	"flag"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/apology-cli/apology/pkg/cmd/root"
)

var update = flag.Bool("u", false, "update testscript files with the actual output (cmp lines)")

// TestMain lets the scripts run `apology` as a real process: testscript
// re-executes this test binary under that name.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"apology": func() { os.Exit(root.Main()) },
	})
}

// TestScript runs the end-to-end CLI scripts in testdata/script.
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "../../testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			// Scripts run without a terminal, as CI does; no colour, and
			// no user config leaking in from the machine.
			env.Setenv("NO_COLOR", "1")
			env.Setenv("XDG_CONFIG_HOME", env.WorkDir+"/.config")
			env.Setenv("HOME", env.WorkDir)
			return nil
		},
	})
}
