package root

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCommandsShareNoCode: a command package holds its command's wiring
// only. Logic two commands need lives in a package of its own, so no
// command package imports another (the root assembles them all).
func TestCommandsShareNoCode(t *testing.T) {
	const cmdPkg = "github.com/apology-cli/apology/pkg/cmd/"
	dirs, err := filepath.Glob("../*")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() || filepath.Base(dir) == "root" {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
			if err != nil {
				t.Fatal(err)
			}
			checked++
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				if strings.HasPrefix(path, cmdPkg) {
					t.Errorf("%s imports %s: move what it needs out of the command package", file, path)
				}
			}
		}
	}
	if checked == 0 {
		t.Fatal("no command packages found")
	}
}
