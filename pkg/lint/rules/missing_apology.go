package rules

import "github.com/apology-cli/apology/pkg/lint"

// MissingApology fires when the letter never says sorry.
func MissingApology() *lint.Rule {
	return &lint.Rule{
		ID:       "missing-apology",
		Severity: lint.Error,
		Document: true,
		Summary:  `The letter has no explicit expression of regret ("I'm sorry", "I apologize", "I regret").`,
		Why: `An apology letter that never says "I'm sorry" leaves the reader to guess whether you regret it. ` +
			`The expression of regret is the first component of an apology.`,
		Message:    `the letter never says "I'm sorry" or "I apologize"`,
		Suggestion: `Say it plainly, near the start: "I'm sorry I ..."`,
		Bad: []string{
			"Dad,\n\nI scraped the car in the car park on Saturday. It was my fault.\n\nI will pay for the repair.\n",
			"Hi Sam,\n\nI want to clear the air about Tuesday. I'm not sorry for what I said, but I could have said it better.\n",
			"Dear Mrs Hughes,\n\nThank you for your email. We appreciate your patience while the work is finished.\n",
		},
		Good: []string{
			"Dad,\n\nI'm sorry I scraped the car on Saturday. It was my fault, and I will pay for the repair.\n",
			"Dear Mrs Okafor,\n\nI apologise for the noise from my flat on Saturday night.\n",
			"Ines,\n\nI regret missing your recital more than I can say.\n",
		},
		Phrases: []string{
			"sorry",
			"(apologize|apologise|apologizes|apologises|apologizing|apologising|apologized|apologised|apologies|apology)",
			"(i|we) (deeply|truly|really|sincerely|bitterly|so|very much|) (regret|regretted)",
			"(my|our|deepest|sincere|huge|real) regrets",
		},
		Except: []string{
			"(not|never|no longer) (sorry|apologize|apologise|apologizing|apologising|regret|regretting)",
			"(nothing|no need|no reason|do not need|not going) to (apologize|apologise|be sorry)",
			"(not|never|refuse|refused|will not) (going to|) (apologize|apologise)",
			"(you|he|she|they|the company|someone) (owe|owes) (me|us|him|her|them) (an|any|a) (apology|apologies)",
			"(expect|want|demand|waiting for|need) (an|your|some) apology",
			// Sympathy and politeness, not an apology. "We're sorry to hear
			// you were disappointed" is still an apology, if a poor one
			// (non-apology flags it).
			"sorry (to say|for your loss|for the loss|to bother|excuse|state|to see (you|that)|about your (loss|mum|dad|mother|father))",
			"sorry to hear (about|of) (your|the|that your|his|her|their) (loss|passing|news|illness|diagnosis|accident|operation|mum|dad|mother|father|gran|grandad|nan|dog|cat)",
			"sorry to hear (that|) (you|he|she|they) (are|is|were|was|have been|has been) (ill|unwell|poorly|in hospital|not well|sick)",
			"(feel|felt|feeling) sorry for (myself|yourself|you|him|her|them)",
			"(you|you will|they will) regret",
			"regret (nothing|none of it|none of this)",
			"(sorry|apologies|apologise|apologize|apologising|apologizing) (for|about) (the|my|this) (late|slow|delayed|belated) (reply|response|answer|email|message)",
			"(sorry|apologies) (for|about) the delay in (replying|responding|getting back|answering|writing)",
		},
	}
}
