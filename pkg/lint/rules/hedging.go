package rules

import "github.com/apology-cli/apology/pkg/lint"

// Hedging flags ownership weakened by "I guess", "maybe", "kind of".
func Hedging() *lint.Rule {
	return &lint.Rule{
		ID:         "hedging",
		Severity:   lint.Suggestion,
		Summary:    `Weak ownership: "I guess I was wrong", "maybe I kind of overreacted", "I suppose I might have".`,
		Why:        `"I guess" and "kind of" leave room to take it back. Own it plainly: "I was wrong."`,
		Message:    `"{phrase}" hedges your ownership`,
		Suggestion: `Drop the hedge and say it plainly: "I was wrong", "I overreacted".`,
		Bad: []string{
			"I guess I was wrong.",
			"Maybe I kind of overreacted.",
			"I suppose I might have thought her support would help.",
			"Maybe I was kind of a nightmare that night.",
			"It was partly my fault.",
		},
		Good: []string{
			"I was wrong.",
			"Maybe we could go for a walk on Sunday, if you'd like.",
			"Perhaps I could cook for you on Saturday.",
			"I guess I should start with what I did.",
		},
		Phrases: []string{
			// A hedge stacked on a hedge.
			"(i guess|i suppose|i reckon|i think|i feel like) (i|that i) (maybe|possibly|perhaps|probably) (was wrong|was out of line|was harsh|was unfair|was rude|was too|went|got carried|got it wrong|said|hurt|upset|overreacted|over reacted|overstepped|crossed|pushed|messed|screwed|let you down|took it too)",
			"^ (i|) (maybe|possibly|perhaps) (went|got|have gone|had gone) (a bit|a little|a tad|slightly|somewhat|kind of|sort of|kinda|) (too far|far|overboard|over the top|carried away)",
			"(i guess|i suppose|i reckon|i think maybe|maybe|perhaps|possibly|arguably|technically|i mean maybe) (i|that i) (just|) (was|have been|had been|might have|may have|should have|could have|overreacted|over reacted|panicked|messed up|screwed up|lost|got|went|made|let|hurt|upset|acted|behaved|took|forgot|kind of|sort of|kinda|a bit|a little|did something|did not|never|was not|am to blame|am at fault|am wrong|am responsible|am partly|overstepped|crossed)",
			"i (kind of|sort of|kinda) (overreacted|over reacted|messed up|screwed up|lost it|lost my temper|snapped|was wrong|forgot|lied|hurt you|let you down|panicked|blew it|went too far|overstepped|crossed a line|crossed the line|dropped the ball|blanked)",
			"i (was|have been|may have been|might have been) (kind of|sort of|kinda|a bit of|a little bit|somewhat|slightly|a bit|a little) (a|an|wrong|rude|mean|harsh|unfair|out of line|out of order|selfish|insensitive|thoughtless|careless|dismissive|short|cold|over the top|much|hard on you|in the wrong)",
			"i (may|might) have (been|gone|overstepped|overreacted|over reacted|said|made|hurt|upset|crossed|taken|let|messed|screwed|got|handled|come across|acted|behaved)",
			"(partly|partially|somewhat|kind of|sort of|a little|a bit|slightly|to some extent|in a way|maybe|possibly) (my fault|to blame|on me|my responsibility|my mistake|at fault|wrong)",
			"(some|part|a bit|a little|a share) of the (blame|responsibility|fault) (is|was|lies|falls) (mine|on me|with me)",
			"(i|we) (accept|take|bear|own) (some|part|a bit|a little|a share|my share) of the (blame|responsibility|fault)",
			"not (entirely|totally|completely|wholly|exactly) (innocent|blameless|faultless|without fault|in the right)",
			"(wrong|my fault|my bad|on me) , (i guess|i suppose|i think|maybe|perhaps|probably)",
			"(mistakes|errors) (may|might) have been made",
			"(i|we) (probably|possibly|arguably) (should not|should|could|could not|ought not to|was|were|overreacted|went|got|made|did)",
			"if (i|i have|i had) (did|done) (anything|something) wrong",
			// A hedge before the judgement of the act: "I suppose it was unkind".
			"(i|) @hedge (it|that|this|i|we) (was|is|were|am|may have been|might have been) (@hedge|a bit|a little|slightly|) (rude|wrong|unfair|harsh|mean|careless|thoughtless|insensitive|selfish|unkind|out of line|too much|a mistake|not great|not ideal|not my best|out of order|partly my fault|my fault|on me|my bad|my mistake|wrong of me|my responsibility|partly on me)",
			"(i|we) (guess|suppose|reckon|think) (i|we) (owe|should|ought to) (you|) (an apology|apologise|apologize|to apologise|to apologize|to say sorry|say sorry)",
			// A hedge on a hedge.
			"(i|we) (may|might|could) have (sort of|kind of|kinda|sorta|perhaps|possibly|maybe|somewhat|slightly|a bit|a little) (*ed|forgotten|done|got|gone|been|said|made|let|upset|hurt|missed)",
			"(i|we) (may|might|could) (perhaps|possibly|maybe|conceivably) have",
			"(it is|it was|it may be|it might be) (possible|conceivable|not impossible) (that|) (i|we|our *|my *) (*ed|fell|made|got|did|were|was|may|might|could|let|have|had|missed|forgot|lost|took)",
		},
		Except: []string{
			"(maybe|perhaps|i guess|i suppose) (i|we) (could|can|should|will|would|might) (come|take|cook|buy|call|help|make|bring|visit|drive|pay|start|try|suggest|meet|show|explain|ask|give|do|go|talk|write|get)",
			"(may|might|could) have (made|hurt|upset|let) (it|things|this) (worse|better)",
			"(i may|i might) have (said|made) (this|it) (sound|seem)",
			"not .. (partly|partially|a little|a bit|in a way) (my fault|to blame)",
		},
		Run: reportUnquoted,
	}
}
