package cmdutil

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// Signalled is the cause of a context cancelled by a signal.
type Signalled struct{ Signal os.Signal }

func (s *Signalled) Error() string { return s.Signal.String() + " signal received" }

// NotifyContext returns a context cancelled, with a *Signalled cause,
// when the process gets one of sigs. After the first, the signals take
// their default course again: a second Ctrl-C ends a command at once.
// stop releases the signals and cancels the context.
func NotifyContext(parent context.Context, sigs ...os.Signal) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	go func() {
		select {
		case s := <-ch:
			signal.Stop(ch)
			cancel(&Signalled{Signal: s})
		case <-ctx.Done():
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		cancel(context.Canceled)
	}
}

// CancelExitCode is the exit status of a command that was interrupted:
// 128 plus the signal's number when a signal cancelled ctx, as shells
// report a process a signal ended (130 for SIGINT, 143 for SIGTERM), and
// ExitCancel otherwise (Ctrl-C or Esc at a prompt).
func CancelExitCode(ctx context.Context) int {
	var s *Signalled
	if ctx != nil && errors.As(context.Cause(ctx), &s) {
		if n, ok := s.Signal.(syscall.Signal); ok {
			return 128 + int(n)
		}
	}
	return ExitCancel
}

// Await runs work and returns its error, or ErrCancel as soon as ctx is
// done, leaving work to stop on its own (it should check ctx). Work that
// may block (a FIFO, a terminal) or run long (a big letter) goes through
// it so Ctrl-C is obeyed at once; it must not write anything the person
// sees, since it may still be running when the command returns.
func Await(ctx context.Context, work func() error) error {
	if ctx == nil {
		return work()
	}
	if ctx.Err() != nil {
		return ErrCancel
	}
	done := make(chan error, 1)
	go func() { done <- work() }()
	select {
	case err := <-done:
		if err != nil && ctx.Err() != nil {
			return ErrCancel
		}
		return err
	case <-ctx.Done():
		return ErrCancel
	}
}
