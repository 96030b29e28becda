package iostreams

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// childEnv marks the test binary re-run as a program on a terminal.
const childEnv = "IOSTREAMS_TEST_CHILD"

// TestMain runs child in the process a test starts on a pseudo-terminal.
func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		child()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// child reports what System decides, as "key=value" lines, and how many
// files it holds open on /dev/tty before and after asking for the terminal.
func child() {
	s := System()
	fmt.Printf("before=%d\n", openTTYs())
	fmt.Printf("color=%v colorErr=%v\n", s.ColorEnabled(), s.ColorEnabledErr())
	fmt.Printf("prompt=%v colorTTY=%v\n", s.CanPrompt(), s.ColorEnabledTTY())
	fmt.Printf("after=%d\n", openTTYs())
}

// openTTYs counts the process's descriptors open on /dev/tty.
func openTTYs() int {
	fds, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	n := 0
	for _, fd := range fds {
		if target, _ := os.Readlink(filepath.Join("/proc/self/fd", fd.Name())); target == "/dev/tty" {
			n++
		}
	}
	return n
}

// runOnTerminal runs child with a pseudo-terminal as its controlling
// terminal, stdout and stderr, stdin a pipe (as with an answers file piped
// in), and the given environment variables set ("" values set empty).
func runOnTerminal(t *testing.T, env map[string]string) map[string]string {
	t.Helper()
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd to count open files with")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); k != "NO_COLOR" && k != "TERM" {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, childEnv+"=1")
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	cmd.Stdin = strings.NewReader("")
	// A new session whose controlling terminal is the child's stdout (fd 1).
	ptmx, err := pty.StartWithAttrs(cmd, nil, &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 1})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	var out bytes.Buffer
	done := make(chan struct{})
	go func() {
		_, _ = io.Copy(&out, ptmx) // ends with EIO once the child has exited
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("child did not finish; output so far:\n%s", out.String())
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("child: %v\n%s", err, out.String())
	}
	got := map[string]string{}
	for _, field := range strings.Fields(out.String()) {
		if k, v, ok := strings.Cut(field, "="); ok {
			got[k] = v
		}
	}
	return got
}

// TestTTYOpensOnFirstUse: building the streams opens nothing; the terminal
// is opened when a command asks whether it can prompt.
func TestTTYOpensOnFirstUse(t *testing.T) {
	got := runOnTerminal(t, map[string]string{"TERM": "xterm"})
	if got["before"] != "0" {
		t.Errorf("System() left %s files open on /dev/tty, want 0 until the terminal is asked for", got["before"])
	}
	if got["prompt"] != "true" || got["after"] != "1" {
		t.Errorf("after CanPrompt: prompt=%s, %s files on /dev/tty; want true and 1", got["prompt"], got["after"])
	}
}

// TestColorDecidedOnce: stdout, stderr and the prompt terminal follow the
// same rule: NO_COLOR set to something, or TERM=dumb, turns colour off;
// an empty NO_COLOR does not (https://no-color.org).
func TestColorDecidedOnce(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want string
	}{
		{"default", map[string]string{"TERM": "xterm"}, "true"},
		{"NO_COLOR set", map[string]string{"TERM": "xterm", "NO_COLOR": "1"}, "false"},
		{"NO_COLOR empty", map[string]string{"TERM": "xterm", "NO_COLOR": ""}, "true"},
		{"dumb terminal", map[string]string{"TERM": "dumb"}, "false"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runOnTerminal(t, tt.env)
			for _, k := range []string{"color", "colorErr", "colorTTY"} {
				if got[k] != tt.want {
					t.Errorf("%s=%s, want %s (all: %v)", k, got[k], tt.want, got)
				}
			}
		})
	}
}

func TestTestStreamsNeverColorNorPrompt(t *testing.T) {
	s, _, _, _ := Test()
	s.SetStdoutTTY(true)
	if s.ColorEnabled() || s.CanPrompt() || s.ColorEnabledTTY() {
		t.Error("test streams colour or prompt")
	}
}
