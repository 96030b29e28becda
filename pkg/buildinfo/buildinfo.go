// Package buildinfo tells which apology this binary is: the module version
// and the VCS revision the Go toolchain recorded when it was built.
package buildinfo

import (
	"runtime/debug"
	"strings"
)

// Devel is the version of a binary built from a checkout without version
// information (as the Go toolchain itself reports it).
const Devel = "(devel)"

// Info is what the build recorded. Empty fields were not recorded: a
// `go install module@version` build has a version but no VCS data, and a
// build with -buildvcs=false has neither.
type Info struct {
	Version  string // module version: "v1.2.0", a pseudo-version, or Devel
	Revision string // VCS commit
	Time     string // commit time, RFC 3339
	Modified bool   // the work tree had uncommitted changes
}

// Read returns the running binary's build information.
func Read() Info {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return Info{Version: Devel}
	}
	return FromBuildInfo(bi)
}

// FromBuildInfo extracts Info from the toolchain's build information.
func FromBuildInfo(bi *debug.BuildInfo) Info {
	info := Info{Version: bi.Main.Version}
	if info.Version == "" {
		info.Version = Devel // test binaries and some embedded builds
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			info.Revision = s.Value
		case "vcs.time":
			info.Time = s.Value
		case "vcs.modified":
			info.Modified = s.Value == "true"
		}
	}
	return info
}

// String is the one line `apology version` prints, without the program
// name: "v1.2.0", "(devel) (commit 5e290bcb1e58, 2026-11-22T00:00:36Z,
// modified)". VCS details a pseudo-version already carries are not repeated.
func (i Info) String() string {
	v := i.Version
	if v == "" {
		v = Devel
	}
	rev := i.Revision
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev == "" || strings.Contains(v, rev) {
		return v
	}
	details := []string{"commit " + rev}
	if i.Time != "" {
		details = append(details, i.Time)
	}
	if i.Modified {
		details = append(details, "modified")
	}
	return v + " (" + strings.Join(details, ", ") + ")"
}
