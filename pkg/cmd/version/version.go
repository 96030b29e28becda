// Package version is the `apology version` command.
package version

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/apology-cli/apology/pkg/buildinfo"
	"github.com/apology-cli/apology/pkg/cmdutil"
)

// Line is what both `apology version` and `apology --version` print.
func Line(info buildinfo.Info) string {
	return "apology " + info.String()
}

// NewCmdVersion builds the command. It prints the module version and the
// VCS revision recorded in the binary, or "(devel)" when the build recorded
// none.
func NewCmdVersion(f *cmdutil.Factory, info buildinfo.Info) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print which version of apology this is",
		Long: `Print the version of apology: the module version and, when the build
recorded it, the commit it was built from. A binary installed with
"go install ...@v1.2.0" reports v1.2.0; one built from a checkout without
version control information reports "(devel)".`,
		Args: cobra.NoArgs,
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintln(f.IOStreams.Out, Line(info))
			return err
		},
	}
}
