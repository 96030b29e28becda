package draft

import (
	"strings"

	"github.com/apology-cli/apology/pkg/letter"
)

// question is one step of the interview: what is asked, and the advice
// behind it, shown when the person types "?".
type question struct {
	message string
	help    string
	label   string // how the key is named in "which answer?" menus
}

var questions = map[string]question{
	letter.KeyRecipient: {
		message: "Who are you writing to?",
		help: `Their name as you would greet them: "Alex", "Ms Okafor", "Mr and Mrs Hughes". ` +
			`An apology addressed to one person by name is theirs, not a general statement.`,
		label: "who you are writing to",
	},
	letter.KeyRelationship: {
		message: "What are they to you?",
		help: `This picks the letter's skeleton and its voice: a partner needs closeness, ` +
			`a colleague or customer a clear account and a remedy. "other" suits a neighbour or anyone else.`,
		label: "what they are to you",
	},
	letter.KeyWhatIDid: {
		message: `What did you do? Say it plainly ("forgot your birthday dinner")`,
		help: `Name the act itself, in your own words: "I read your messages without asking", ` +
			`not "I'm sorry for everything". Naming exactly what you did shows you understand it; ` +
			`a vague apology sounds like you don't. A business writes "we": "we charged your card twice".`,
		label: "what you did",
	},
	letter.KeyImpact: {
		message: "How did it affect them?",
		help: `Acknowledge the harm from their side, as they told you or as you saw it: ` +
			`"You had to cancel dinner with your parents and explain why I wasn't there." ` +
			`Say what it did to them rather than claiming to know how they feel, and don't make it smaller than it was.`,
		label: "how it affected them",
	},
	letter.KeyWhy: {
		message: "What led to it? (optional: press Enter to skip)",
		help: `An explanation can help them understand, if it is not a defence: ` +
			`"I was worried about money and hid it instead of talking to you." ` +
			`Leave out "but", "I had no choice" and anything they did. If it would sound like an excuse, skip it.`,
		label: "what led to it",
	},
	letter.KeyRepair: {
		message: "What will you offer to make it right?",
		help: `Offer something concrete that answers the harm: "pay for a new lens", ` +
			`"we have refunded the second charge". An offer of repair is one of the two parts of an ` +
			`apology that matter most. Offer it freely: it must not read as buying forgiveness.`,
		label: "what you offer to make it right",
	},
	letter.KeyChanges: {
		message: "What will you do differently from now on?",
		help: `One concrete commitment you can keep: "I will ask before I pick up your phone", ` +
			`"text you if I'm running late". Avoid "never" and "always": a promise nobody can keep ` +
			`makes the whole apology look insincere when it breaks. You can add more after this one.`,
		label: "what you will do differently",
	},
	letter.KeyOwnWords: {
		message: "Anything you want them to know, in your own words? (optional: press Enter to skip)",
		help: `Whatever else you want to say, as you would say it: it goes into the letter nearly as typed, ` +
			`just before the ending. Your own words are what make a letter sound like you.`,
		label: "your own words",
	},
	letter.KeyClosing: {
		message: "How should the letter end?",
		help: `Pressure to forgive undoes an apology. "give-time" leaves the next step to them, ` +
			`whenever they are ready; "ask-forgiveness" says gently that you hope to be forgiven, in their own time. ` +
			`Of all the parts of an apology, asking for forgiveness matters least, so giving time is the safer choice; ` +
			`"none" ends with the signature alone.`,
		label: "how the letter ends",
	},
	letter.KeyTone: {
		message: "Which voice?",
		help:    `"warm" is how you talk to people close to you; "formal" suits work and customers. The default follows the relationship.`,
		label:   "the voice",
	},
	letter.KeyFrom: {
		message: "How will you sign it?",
		help:    `Your name as they know you. A business can sign with a person and the business: "Dana Reyes, Brightside Plumbing".`,
		label:   "how you sign it",
	},
}

// moreChanges asks for the second and later commitments.
var moreChanges = question{
	message: "Anything else you will do differently? (press Enter when done)",
	help:    `Another concrete commitment, or Enter to finish. Two or three specific ones are better than many.`,
}

// maxChanges bounds the "anything else?" prompt.
const maxChanges = 8

// closingOptions are the closing choices as the menu shows them.
var closingOptions = []string{
	"give-time: no pressure, they decide when and whether to answer",
	"ask-forgiveness: a gentle request to be forgiven, in their own time",
	"none: no closing line, just the signature",
}

// choiceKey maps a menu option back to its key ("give-time: ..." to "give-time").
func choiceKey(option string) string {
	k, _, _ := strings.Cut(option, ":")
	return k
}

// choiceOption is the menu option of a key.
func choiceOption(options []string, key string) string {
	for _, o := range options {
		if choiceKey(o) == key {
			return o
		}
	}
	return ""
}
