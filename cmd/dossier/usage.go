package main

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dossier-news/dossier/internal/resolve"
)

// Exit statuses: 1 for a failure of the work itself, 2 for a command called
// the wrong way (as Go's flag package and most Unix tools do), 130 when the
// user interrupted it (128 + SIGINT, as shells report it).
const (
	exitUsage       = 2
	exitInterrupted = 130
)

// usageError is a mistake in how a command was called: an unknown command
// or flag, a missing or extra argument, a flag value out of range.
type usageError struct {
	cmd string // "dossier export", for the pointer to its help
	msg string
}

func (e usageError) Error() string { return e.msg }

func usagef(cmd *cobra.Command, format string, args ...any) error {
	return usageError{cmd: cmd.CommandPath(), msg: fmt.Sprintf(format, args...)}
}

// polish makes every command of the tree report usage mistakes the same way:
// argument counts named after the placeholders of its Use line, unknown
// commands and flags with the nearest known name, and group commands (eval,
// train, …) refusing a subcommand they do not have instead of printing help
// and succeeding.
func polish(c *cobra.Command) {
	if c.Args != nil {
		check := c.Args
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return argsError(cmd, args)
			}
			return nil
		}
	}
	if c.HasSubCommands() && c.Run == nil && c.RunE == nil {
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			return unknownCommand(cmd, args[0])
		}
	}
	c.SetFlagErrorFunc(flagError)
	for _, sub := range c.Commands() {
		polish(sub)
	}
}

// argsError explains a wrong number of arguments from the command's Use
// line ("timeline ACTOR [OTHER]"): which are missing, or which are too many.
func argsError(cmd *cobra.Command, args []string) error {
	fields := strings.Fields(cmd.Use)[1:]
	var required []string
	variadic := false
	for _, f := range fields {
		if f == "[flags]" {
			continue
		}
		if strings.HasSuffix(f, "...") {
			variadic = true
		}
		if !strings.HasPrefix(f, "[") && !strings.HasPrefix(f, "-") {
			required = append(required, strings.TrimSuffix(f, "..."))
		}
	}
	if len(args) < len(required) {
		return usagef(cmd, "%s: missing %s (usage: %s)", cmd.CommandPath(), strings.Join(required[len(args):], " "), cmd.UseLine())
	}
	if len(fields) == 0 || (len(fields) == 1 && fields[0] == "[flags]") {
		return usagef(cmd, "%s takes no arguments, got %s", cmd.CommandPath(), quoteAll(args))
	}
	if variadic {
		return usagef(cmd, "%s: wrong arguments %s (usage: %s)", cmd.CommandPath(), quoteAll(args), cmd.UseLine())
	}
	return usagef(cmd, "%s: too many arguments %s (usage: %s; quote names with spaces: \"North Korea\")",
		cmd.CommandPath(), quoteAll(args), cmd.UseLine())
}

func quoteAll(args []string) string {
	q := make([]string, len(args))
	for i, a := range args {
		q[i] = strconv.Quote(a)
	}
	return strings.Join(q, " ")
}

// unknownCommand names the subcommands cmd has, and the likeliest one.
func unknownCommand(cmd *cobra.Command, name string) error {
	var names []string
	for _, sub := range cmd.Commands() {
		if sub.IsAvailableCommand() {
			names = append(names, sub.Name())
		}
	}
	msg := fmt.Sprintf("%s: unknown command %q (commands: %s)", cmd.CommandPath(), name, strings.Join(names, ", "))
	if s := nearest(name, names); s != "" {
		msg += fmt.Sprintf("; did you mean %q?", s)
	}
	return usageError{cmd: cmd.CommandPath(), msg: msg}
}

var unknownFlagRE = regexp.MustCompile(`^unknown (shorthand )?flag: '?(-{0,2}[^' ]+)'?`)

// flagError turns pflag's parse errors into usage errors, suggesting the
// nearest flag for a misspelt one.
func flagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	if m := unknownFlagRE.FindStringSubmatch(msg); m != nil {
		var names []string
		cmd.Flags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		cmd.InheritedFlags().VisitAll(func(f *pflag.Flag) { names = append(names, f.Name) })
		flag := m[2]
		if m[1] != "" {
			flag = "-" + flag
		}
		msg = fmt.Sprintf("%s: unknown flag %s", cmd.CommandPath(), flag)
		if s := nearest(strings.TrimLeft(flag, "-"), names); s != "" {
			msg += fmt.Sprintf("; did you mean --%s?", s)
		}
	} else {
		msg = cmd.CommandPath() + ": " + msg
	}
	return usageError{cmd: cmd.CommandPath(), msg: msg}
}

// nearest returns the candidate closest to s in edit distance, if it is close
// enough to be a misspelling (at most a third of its letters differ).
func nearest(s string, candidates []string) string {
	best, bestD := "", 0
	s = strings.ToLower(s)
	for _, c := range candidates {
		d := resolve.EditDistance(s, strings.ToLower(c))
		if d <= max(1, utf8.RuneCountInString(c)/3) && (best == "" || d < bestD) {
			best, bestD = c, d
		}
	}
	return best
}

// isUsage reports whether err is a usage mistake, and the command whose help
// explains it.
func isUsage(err error) (usageError, bool) {
	var ue usageError
	ok := errors.As(err, &ue)
	return ue, ok
}

// oneOf checks a flag value against the values it may take.
func oneOf(cmd *cobra.Command, flag, value string, allowed ...string) error {
	if slices.Contains(allowed, value) {
		return nil
	}
	return usagef(cmd, "--%s %q: must be one of %s", flag, value, strings.Join(allowed, ", "))
}
