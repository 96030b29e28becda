package rules

import "github.com/apology-cli/apology/pkg/lint"

// Justification flags self-defence: the writer argues the act was reasonable.
func Justification() *lint.Rule {
	return &lint.Rule{
		ID:       "justification",
		Severity: lint.Warning,
		Summary:  `Self-defence: "I had no choice", "I only did it because", "it's not my fault", "anyone would have done the same".`,
		Why: `A reason can help the other person understand what happened, but a justification argues that ` +
			`the act was fine. Explain the reason if it helps, without justifying the act.`,
		Message:    `"{phrase}" defends the act instead of owning it`,
		Suggestion: `If the reason matters, state it plainly and then own the choice: "I was scared, and I still should have told you."`,
		Bad: []string{
			"I had no choice but to cancel.",
			"I only did it because I was worried about you.",
			"It's not my fault the release slipped.",
			"Anyone in my shoes would have done the same.",
			"I couldn't help it.",
		},
		Good: []string{
			"It was my fault, and I had a choice.",
			"It's not your fault, none of it.",
			"I couldn't help but notice how quiet you were afterwards, and I caused that.",
			"There is no excuse for what I did.",
		},
		Phrases: []string{
			"(i|we) (had|have) no (other|) (choice|option|alternative)",
			"(i|we) (genuinely|really|honestly|literally|just|simply|truly|) (did not|do not) have (a|any|much|another|any other) (choice|option|alternative)",
			"(i|we) (can not|could not) (control|help|stop|change) (how|what|other people|everyone|people|the weather|the traffic)",
			"technically (i|we|it|you) (am|are|was|were|is|did|did not|have|had|still|never)",
			"(i|we) (was|were) (forced|made) to",
			"what (else|other choice|choice) (was|did|could|do|would) (i|we) (supposed to|have|do|have done)",
			"what (was|am) (i|we) supposed to do",
			"(i|we) (only|just) (did|said|kept|told|lied|went|took|read|looked|acted|yelled|shouted|snapped|left|stayed|hid|spent|drank|did it|did that|said it|said that|kept quiet|kept it) ... because",
			"(i|we) did (it|that|this) (only|just|all) (because|for)",
			"the only reason (i|we) ... (was|is) (because|that)",
			"(for|in) your own (good|interest|best interest)",
			"(it is|it was|that is|that was|this is|this was|it is really|it was really) not (really|entirely|all|completely|totally|just|only|) (my|our) fault",
			"(i am|i was|we are|we were) not (the one|really|entirely|solely|) to blame",
			"(i|we) (did|have done) nothing wrong",
			"(i|we) (did not|have not) do (anything|anything that) wrong",
			"(anyone|anybody|everyone|everybody|any (parent|person|friend|man|woman)) (else|) would have (done|said|made) (the same|exactly the same|the same thing|what (i|we) did)",
			"(anyone|anybody|everyone|everybody|any (parent|person|friend|man|woman)) (else|) in (my|our) (shoes|position|place|situation) would",
			"(you|most people) would have done the same",
			"(i|we) (could|can) not help (it|myself|ourselves|that)",
			"(i|we) (could|can) not (exactly|very well|really just|just) (walk|leave|say|tell|refuse|ignore|stop|turn|get|say no|drop)",
			"(out of|beyond) (my|our) (control|hands)",
			"(there was|there is) nothing (i|we) could (have done|do)",
			"my hands were tied",
			"(could not|could never|can not|would not) have (foreseen|predicted|known|anticipated|prevented|stopped|avoided)",
			"not something (i|we|anyone|anybody) could have (foreseen|predicted|known|anticipated|prevented|stopped|avoided)",
			"(someone|somebody) (needed|had|has|needs) to (say|tell|do) (it|something|that|this)",
			"in my (defence|defense)",
			"(i|we) did what (i|we) (had to|needed to|thought was right|thought was best|had to do)",
			"would have (reacted|responded|done|acted|felt) (the|in the) same (way|)",
			"(i|we) had (my|our) reasons",
			"(i am|we are) (only|just) human",
			"(not|nothing) (really|exactly|) (something|anything) (i|we) (can|could) (control|help|do anything about|change|have done anything about)",
			"(we|i|staff|our staff|they) (have|had) to follow (the|our) (policy|rules|procedure|procedures|process)",
			"(i|we) (still|do|) stand by (what|my|it|that|everything|every word|the decision|our decision|our policy)",
			"(i|we) (was|were) (just|only) (doing|following) (my|our|orders|the rules|what)",
			"(i|we) (was|were) (just|only) being (honest|truthful|practical|realistic)",
			"(i|we) had (every|a) right to",
			"(you can not|who could) blame (me|us)",
		},
		Except: []string{
			"(could|can) not help but",
			"(not|never) ... (your|her|his|their) fault",
		},
	}
}
