// Command gen writes compiled_gen.go: the rules' phrase matcher compiled
// ahead of time. `go generate ./pkg/lint/rules` runs it in that package's
// directory after any pattern changes; it is not part of the program.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/apology-cli/apology/pkg/lint"
	"github.com/apology-cli/apology/pkg/lint/rules"
)

// generator names this command in the generated file's header.
const generator = "pkg/lint/rules/internal/gen"

func main() {
	out := flag.String("o", "compiled_gen.go", "file to write")
	flag.Parse()
	src, err := source()
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %s\n", err)
		os.Exit(1)
	}
}

// source is the Go source of compiled_gen.go for the current rules.
func source() ([]byte, error) {
	c, err := lint.Precompile(rules.All())
	if err != nil {
		return nil, err
	}
	return c.GoSource("rules", "compiled", generator)
}
