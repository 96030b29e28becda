package rules

import "github.com/apology-cli/apology/pkg/lint"

// ConditionalApology flags apologies made conditional on harm having happened.
func ConditionalApology() *lint.Rule {
	return &lint.Rule{
		ID:         "conditional-apology",
		Severity:   lint.Error,
		Summary:    `The apology is made conditional: "sorry if you were hurt".`,
		Why:        `An apology with "if" doubts that any harm happened. Apologize without "if" or "but".`,
		Message:    `"{phrase}" makes the apology conditional, as if the harm might not have happened`,
		Suggestion: `Apologize for what you did, without "if": "I'm sorry I ..."`,
		Bad: []string{
			"I'm sorry if you were hurt.",
			"I apologize if anyone was offended by my comments.",
			"I'm sorry to the extent that I upset you.",
		},
		Good: []string{
			"I'm sorry I shouted at you.",
			"If you're open to it, I'd like to cook you dinner.",
		},
		Phrases: []string{
			"(sorry|apologize|apologise|apologies|regret) .. (if|to the extent)",
		},
	}
}
