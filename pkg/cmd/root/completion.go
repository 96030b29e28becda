package root

import "github.com/spf13/cobra"

// addCompletionCmd adds cobra's `completion` command now rather than at
// Execute, so that generated docs include it, and makes it runnable so an
// unknown shell is an error (exit 2) instead of a help page and exit 0.
func addCompletionCmd(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" && c.Run == nil && c.RunE == nil {
			c.RunE = func(c *cobra.Command, args []string) error { return c.Help() }
		}
	}
}
