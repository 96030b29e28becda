package rules

import "github.com/apology-cli/apology/pkg/lint"

// ConditionalApology flags apologies made conditional on harm having happened.
func ConditionalApology() *lint.Rule {
	return &lint.Rule{
		ID:       "conditional-apology",
		Severity: lint.Error,
		Summary:  `The apology is made conditional: "sorry if you were hurt".`,
		Why: `An apology with "if" doubts that any harm happened: it asks the reader to prove they were hurt. ` +
			`Apologize without "if" or "but".`,
		Message:    `"{phrase}" makes the apology conditional, as if the harm might not have happened`,
		Suggestion: `Apologize for what you did, without "if": "I'm sorry I ..."`,
		Bad: []string{
			"To anyone who was upset by my post, I apologise.",
			"We apologise to any guests who were inconvenienced by the closure.",
			"We apologise to anyone who thought the advert went too far.",
			"Still, to whatever degree the team felt overlooked, I'm sorry.",
			"I'm sorry if you were hurt.",
			"I apologize if anyone was offended by my comments.",
			"I'm sorry to the extent that I upset you.",
			"If my joke upset you, I'm sorry.",
		},
		Good: []string{
			"To everyone I let down on Friday: I'm sorry, and here is what I'm doing about it.",
			"To the extent I can, I'll repay every penny, and I'm sorry.",
			"I apologise to every customer whose order I delayed.",
			"I'm sorry I shouted at you.",
			"I'm sorry, and if you're open to it, I'd like to cook you dinner.",
			"I'm sorry. If you'd rather not talk yet, I understand.",
			"I'm sorry I acted as if your work didn't matter.",
		},
		Phrases: []string{
			// The apology addressed to whoever may have been hurt, fronted or
			// after it, in any person: "to anyone who felt ..., I apologise".
			"to (@group|any * *|any *) (who|that|whom) (felt|feel|feels|was|were|may|might|found|has been|have been|got|is|are) ... ... @apology",
			"@apology to (any|anyone|anybody|whoever|any of you|any * *|any *) (who|that|) (was|were|felt|may have been|might have been|has been|have been|got|is|are) (*|) (affected|impacted|inconvenienced|@feeling)",
			"@apology to (anyone|anybody|whoever|any of you|any * *|any *|those|those of you|some of you) (who|that) (felt|feel|feels|thought|think|thinks|believes|believed|found|finds|considers|considered|may feel|might feel) ",
			// A condition on the harm, wherever it stands in the sentence:
			// "to whatever degree ... feels ..., I'm sorry".
			"(to the extent|to whatever extent|to whatever degree|to the degree|to any extent|insofar as|in so far as) (that|) ... .. @apology",
			// An apology followed by a condition on the harm (if, to the
			// extent, in case, insofar as).
			"@apology .. @condition",
			// The inverted condition: "sorry, should anyone have been hurt".
			"@apology .. should (@group|@reader|@my|@self) (*|) have",
			// A fronted hedge on the harm's extent, then the apology.
			"^ (to the extent|to whatever extent|insofar as|in so far as|in the event that|in the event) ... .. @apology",
			// A fronted "if" clause naming a harm or a misstep, then the apology.
			"^ if ... (@feeling|wrong|insensitive|rude|unkind|caused|came across|out of line|out of order|badly|the wrong way|poorly|too far|over the line|overstepped|a mistake) ... .. @apology",
			// An apology addressed to whoever may have been harmed: the harm
			// made hypothetical by its unnamed, possible victims.
			"@apology to (@group|any * *) (who|that|) (may|might|could|possibly) (have|) (been|felt|found|taken|*ed)",
			"@apology to (anyone|anybody|whoever|any *|any of you) (who|that|) (was|were|felt|has been|have been|got) (*|) @feeling",
			"@apology to (@group|any * *) (who|whom|that|) (i|we) (may|might|could|possibly) (have|) (*ed|hurt|upset|let down|*)",
		},
		Except: []string{
			"(to the extent|insofar as|in so far as|to whatever extent) (that|) (i|we) (can|could|am able|are able|possibly can)",
			// Invitations and offers, not conditions on the harm.
			"if (you are|you would be|you were|you feel|you ever feel) (open|willing|ready|up for|comfortable|okay|ok|happy|free|able)",
			"if you (would|will|can|could|ever|do|still) (like|rather|prefer|let|allow|give|want|need|consider|accept|agree|find|have)",
			"if you (want|like|prefer|need|wish|allow|let|agree)",
			"if (that|it|this) (is|would be) (okay|ok|all right|alright|fine|convenient|easier|better|what you want|helpful|easier for you)",
			"if (that|it|this) (works|helps|suits|would help)",
			"if (there is|there are|there was) (anything|something|any way|a way)",
			"if (i|we) (can|could|may|might) (make|help|do|fix|put|take|start|earn|show|repair)",
			"(even|as|only|what) if",
			"(ask|asked|asking|know|knew|wonder|wondered|wondering|check|checked|see|saw|unsure|sure|decide|decided|understand) if",
			"if and when",
		},
		Run: reportUnquoted,
	}
}
