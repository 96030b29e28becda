package cmdutil

import (
	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/source"
)

// ByteSize is a flag value in bytes, written "64MiB", "500KB", "1000000".
type ByteSize int64

func (b *ByteSize) String() string { return source.FormatSize(int64(*b)) }
func (b *ByteSize) Type() string   { return "size" }

func (b *ByteSize) Set(s string) error {
	n, err := source.ParseSize(s)
	if err != nil {
		return err
	}
	*b = ByteSize(n)
	return nil
}

// AddMaxSizeFlag adds --max-size, the largest letter a command reads.
func AddMaxSizeFlag(cmd *cobra.Command, v *ByteSize) {
	*v = ByteSize(source.DefaultMaxSize)
	cmd.Flags().Var(v, "max-size", "largest letter to read, such as 64MiB (KiB, MiB, GiB; KB, MB, GB)")
	_ = cmd.RegisterFlagCompletionFunc("max-size", cobra.NoFileCompletions)
}
