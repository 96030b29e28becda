package rules

import "github.com/apology-cli/apology/pkg/lint"

// MissingResponsibility fires when the letter never owns the act.
func MissingResponsibility() *lint.Rule {
	return &lint.Rule{
		ID:       "missing-responsibility",
		Severity: lint.Warning,
		Document: true,
		Summary:  `The letter never acknowledges responsibility ("I was wrong", "it was my fault", "I take responsibility").`,
		Why: `Acknowledging responsibility is one of the two components of an apology that matter most: ` +
			`the reader needs to hear that you know it was you, not circumstances or them.`,
		Message:    `the letter never says the fault was yours`,
		Suggestion: `Own it in so many words: "It was my fault", "I was wrong to ...", "I take full responsibility."`,
		Bad: []string{
			"Kat,\n\nI'm sorry about last night. Mistakes were made, and it's not my fault my phone died.\n",
			"Hello,\n\nI'm sorry about your vegetable patch. The gate got left open while I was on a call.\n\nI'll pay for new plants.\n",
			"Jess,\n\nI'm sorry for everything. I'm not saying I was wrong, but I'm sorry it happened.\n",
		},
		Good: []string{
			"Mum,\n\nI'm sorry I forgot to pick you up on Tuesday. That was my fault.\n",
			"Aisha,\n\nI'm sorry I presented your work as mine. I was wrong, and I take full responsibility.\n",
			"Ollie,\n\nI didn't turn up for your shift. My mistake was not putting it in the rota, and I own that.\n",
		},
		Phrases: []string{
			"(i|we) (was|were|am|are|have been|had been) (so|completely|totally|entirely|absolutely|) (wrong|in the wrong|to blame|at fault|out of line|out of order)",
			"(i|we) (got it|got this|got that|did) wrong",
			"(i|we) (have|) wronged you",
			"(it|that|this|all of it|all of this|the whole thing) (is|was|has been) (all|entirely|completely|totally|wholly|squarely|100%|absolutely|purely|only|) (my|our) (fault|doing|mistake|responsibility|choice|decision)",
			"(my|our) own (fault|doing|mistake|choice|decision)",
			"(my|our) (fault|mistake|mistakes|doing|bad|failure|failing|carelessness|selfishness|responsibility)",
			"(i|we) (take|accept|bear|claim) (full|complete|total|all the|all|sole|100%|absolute|) (responsibility|the blame|ownership|blame)",
			"(i|we) (own|owned) (that|this|it|up|my part|what i did|my mistake|my behaviour|my behavior|the fact|all of it)",
			"(that is|it is|this is|that was|it was|this was|that one is|the blame is|the fault is) (all|entirely|completely|squarely|totally|firmly|) on (me|us)",
			"(i am|we are|i was|we were|i alone am) (fully|entirely|completely|solely|totally|wholly|) (responsible|accountable)",
			"(the|that|this) (decision|choice|fault|blame|mistake) (is|was) (mine|ours|all mine|mine alone|entirely mine)",
			"(nobody|no one) else is to blame",
			"(nobody|no one) else (is|was) (at fault|responsible)",
			"(nobody|no one) else's",
			"(there is|there was|there is really|i have|i had) no excuse",
			"(i|we) (should|ought to) (have|not have|never have)",
			"(i|we) (should not|ought not to) have",
			"(i|we) let you down",
			"(i|we) chose (to|not to)",
			"(was|is) down to (me|us)",
			"(i|we) (messed up|screwed up|blew it|dropped the ball|failed you|broke your trust|betrayed your trust|broke my promise|broke my word)",
			"(i am|i was) the one (who|that) (broke|lied|hurt|messed|caused|forgot|made|did|said|let|ruined|crashed|scraped|dropped|missed|told|shouted|yelled|left|started|betrayed|cheated)",
			"(i|we) (admit|acknowledge|recognise|recognize|know|realise|realize|accept) (that|) (i|we) (hurt|let|lied|broke|was wrong|were wrong|have hurt|caused|betrayed|embarrassed|humiliated|failed|ruined|made a mistake)",
			"(that|it|what i did|what i said|this) (was|is) (wrong|unfair|cruel|selfish|thoughtless|careless|disrespectful|unkind|inexcusable|unacceptable|out of line|out of order|a betrayal|a violation|not okay|not ok|rude|hurtful|mean|dishonest|inappropriate|unprofessional|petty|childish|insensitive|reckless|irresponsible)",
			"(i|we) (was|were) (selfish|careless|thoughtless|cruel|unfair|dishonest|inconsiderate|disrespectful|rude|unkind|reckless|negligent)",
			"(i|we) (did|have done|caused) (this|that|it) $",
		},
		Except: []string{
			"(not|never|no) (really|entirely|all|completely|just|only|solely|totally|wholly|) (my|our) (fault|doing|mistake|responsibility)",
			"(was|were|am|are) not (really|entirely|completely|solely|totally|) (wrong|in the wrong|to blame|at fault|responsible|out of line)",
			"not (saying|claiming|admitting|suggesting|pretending) .. (i|it|that) .. (wrong|fault|to blame|on me|responsible)",
			"not (on|down to) (me|us)",
			"(if|whether) (i was|it was|i am|it is|i did) (wrong|my fault|to blame|at fault|anything wrong|something wrong)",
			"(was|is) (it|that|this) (really|) (my|our) fault",
			"(should|ought to) have (known|realised|realized) (you|that you) would",
			"(i|we) (should|ought to) have (had|been given|been told)",
			"(my|our) (fault|mistake) (was|is) (that|only|just) (i|we) (cared|trusted|loved|believed)",
			"(you|someone|somebody|they|he|she) (should|ought to) have",
			"(wrong|unfair|cruel|selfish|thoughtless|careless|disrespectful|unkind|rude) of (you|him|her|them)",
		},
	}
}
