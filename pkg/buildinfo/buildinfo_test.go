package buildinfo

import (
	"runtime/debug"
	"testing"
)

func TestString(t *testing.T) {
	vcs := func(rev, time, modified string) []debug.BuildSetting {
		return []debug.BuildSetting{
			{Key: "vcs", Value: "git"},
			{Key: "vcs.revision", Value: rev},
			{Key: "vcs.time", Value: time},
			{Key: "vcs.modified", Value: modified},
		}
	}
	tests := []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{
			name: "go install module@version",
			bi:   debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}},
			want: "v1.2.0",
		},
		{
			name: "checkout built with -buildvcs=false",
			bi:   debug.BuildInfo{Main: debug.Module{Version: "(devel)"}},
			want: "(devel)",
		},
		{
			name: "no main module version at all",
			bi:   debug.BuildInfo{},
			want: "(devel)",
		},
		{
			name: "checkout with VCS stamping",
			bi: debug.BuildInfo{
				Main:     debug.Module{Version: "(devel)"},
				Settings: vcs("5e290bcb1e58e0785124a6658337480619ef80ad", "2026-11-22T00:00:36Z", "true"),
			},
			want: "(devel) (commit 5e290bcb1e58, 2026-11-22T00:00:36Z, modified)",
		},
		{
			name: "clean checkout",
			bi: debug.BuildInfo{
				Main:     debug.Module{Version: "(devel)"},
				Settings: vcs("5e290bcb1e58e0785124a6658337480619ef80ad", "2026-11-22T00:00:36Z", "false"),
			},
			want: "(devel) (commit 5e290bcb1e58, 2026-11-22T00:00:36Z)",
		},
		{
			name: "pseudo-version already names the commit",
			bi: debug.BuildInfo{
				Main:     debug.Module{Version: "v0.0.0-20261122000036-5e290bcb1e58+dirty"},
				Settings: vcs("5e290bcb1e58e0785124a6658337480619ef80ad", "2026-11-22T00:00:36Z", "true"),
			},
			want: "v0.0.0-20261122000036-5e290bcb1e58+dirty",
		},
		{
			name: "tagged release built from a checkout",
			bi: debug.BuildInfo{
				Main:     debug.Module{Version: "v1.2.0"},
				Settings: vcs("5e290bcb1e58e0785124a6658337480619ef80ad", "", "false"),
			},
			want: "v1.2.0 (commit 5e290bcb1e58)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FromBuildInfo(&tt.bi).String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadIsNeverEmpty(t *testing.T) {
	if got := Read().String(); got == "" {
		t.Fatal("Read().String() is empty")
	}
}
