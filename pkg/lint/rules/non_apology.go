package rules

import "github.com/apology-cli/apology/pkg/lint"

// NonApology flags regret for the reader's reaction instead of the writer's act.
func NonApology() *lint.Rule {
	return &lint.Rule{
		ID:       "non-apology",
		Severity: lint.Error,
		Summary:  `Regret for the other person's reaction instead of your act: "sorry you feel that way", "sorry you were offended".`,
		Why: `"I'm sorry you feel that way" apologizes for their feelings, not for what you did. ` +
			`It quietly puts the problem in them.`,
		Message:    `"{phrase}" apologizes for their reaction, not for what you did`,
		Suggestion: `Apologize for your act: "I'm sorry I posted that GIF."`,
		Bad: []string{
			"I'm sorry that a few readers took the column as an attack.",
			"We regret that the poster has been read by some as dismissive.",
			"I'm sorry the call was handled in a way that you found cold.",
			"I'm sorry you've had such a scare.",
			"We were sorry to learn that your stay did not meet your expectations.",
			"Sorry it's bothered you so much.",
			"I'm sorry you feel that way.",
			"I'm sorry you were offended by the GIF.",
			"I regret that you're upset.",
			"I'm sorry you took it the wrong way.",
		},
		Good: []string{
			"I'm sorry I took your silence as agreement.",
			"I'm sorry my message was taken down before you could read my apology in full.",
			"I was sorry to hear that your mum is in hospital, and I should have called.",
			"I'm sorry I gave you such a fright by driving off without a word.",
			"I'm sorry I posted that GIF about your accent.",
			"I'm sorry you had to wait forty minutes because I forgot you.",
			"I'm sorry. You were hurt, and I caused it.",
			"I'm sorry if you were hurt.",
		},
		Phrases: []string{
			// Regret for how it was taken or read, by whoever and in any tense.
			"@apology (that|) (some|many|several|a few|any|all|our|some of our|) (@group|you|u) (took|take|have taken|had taken|read|saw|see|heard|interpreted|understood|received|perceived) (it|this|that|my *|the *|our *|my * *|the * *) (as|to be)",
			"@apology (that|) (@my|the|this|that|it|these|those) (*|* *|) (was|were|has been|have been|had been|may have been|might have been) (interpreted|read|seen|taken|perceived|understood|received|viewed) (by some|by many|by a few|by people|by others|by anyone|by some people|by some of you|in some quarters|) (as|to be)",
			"@apology ... (in a way|in a manner|in a form|in a tone) (that|which) (@group|you|some|many|a few|some people) (found|find|felt|considered|thought|may have found|might have found) ",
			"@apology (that|) (it|this|that|all this|the whole thing|things) (is|has|have|had|) (upset|bothered|offended|annoyed|wound up|got to|affected|riled) (you|u) (so much|this much|that much|so badly|so)",
			// The reader's fright or upset as the thing regretted.
			"@apology (that|) (you|u) (have had|had|got|have got|were given|have been given) (such|quite|a|) (a|an|) (fright|shock|scare|turn|upset|ordeal|time of it|bad time of it)",
			// Regret on hearing how they felt or fared.
			"@apology to (hear|learn|read|see|find out) (that|about|of|) ... (did not|has not|had not|does not|failed to|may not have|fell short of|was not up to|were not up to) (quite|fully|entirely|) (live up to|meet|match|your|) (your|all your|the|) (expectations|hopes|standards|expectation)",
			"@apology to (hear|learn|read|see|find out) (that|) (you|u|@group) (were|are|felt|feel|have been|had been|was) (so|very|really|quite|left|) @feeling",
			"@apology (that|) you (feel|felt|are feeling|were feeling|feel like|felt like) (that way|this way|like that|like this|so|that|i|as if|as though)",
			// The reader's state after the act, as the object of the apology.
			"@apology (that|) (you|u) (all|both|) (are|were|got|feel|felt|have been|became|seem|seemed|are still|may have been|might have been|may have felt|might have felt) (*|) @feeling",
			"@apology (that|) ur (so|really|very|still|all|) @feeling",
			// An unnamed group's state: "regret that some customers felt frustrated".
			"@apology (that|) (some|many|several|a few|any|all|our|some of our|those|) @group (feel|felt|were|are|got|have been|had been|may have felt|might have felt|may have been|might have been|found themselves) (so|really|very|quite|a bit|a little|) @feeling",
			"@apology (that|) (some|many|several|a few|any|all|our|some of our|those|) @group (feel|felt|may have felt|might have felt|may feel|found|find|thought) (that|like|as if|as though|the|our|my|it|this)",
			// The reader's or a group's judgement of the act, not the act.
			"@apology (that|) (you|u|@group) (found|find|thought|think|considered|consider) (it|this|that|my *|the *|our *) (so|) @harm",
			// The act judged by others' reaction: "regret that my post was found offensive".
			"@apology (that|) (@my|the|this|that|it) (*|* *|) (was|were|has been|had been|may have been|might have been|is|are) (found|deemed|considered|seen as|taken as|perceived as|received as|felt to be) (to be|) (so|) @harm",
			"@apology (that|) you (took|take|saw|see|read|interpreted|understood|heard) (it|this|that|my *) (that way|this way|the wrong way|wrong|wrongly|badly|personally|so personally)",
			"@apology (that|) you (took|take|have taken) (offence|offense)",
			"@apology (that|) you (think|thought|believe|believed|see it|saw it) (that|) (way|i|it was|this was)",
			"@apology (for|about) (your|the) (reaction|feelings|hurt feelings|upset|being upset|taking offence|taking offense)",
			"@apology (that|) you (had|have had|experienced) (a|such a|an|) (*|) (experience|time)",
			"@apology (for|about) how you (feel|felt|took it|reacted)",
			"@apology (that|) (it|this|that) (offended|bothered) (you|anyone|people)",
			// Regret for a group's feelings.
			"@apology (that|) (you|some of you|any of you|people) (came away|were left|ended up|walked away|went away|went home) ... feeling",
			"@apology that (*|* *) (feels|felt|feel|has felt|may feel|might feel|may have felt) (he|she|they|you|that|like|as if|as though) (was|were|is|are|had been|has been|have been|) (*|) (singled out|overlooked|ignored|left out|unheard|undervalued|excluded|sidelined|disrespected|picked on|targeted|blamed|hard done by|treated unfairly|unfairly treated|let down|hurt|upset|offended|embarrassed|humiliated|slighted|snubbed|attacked)",
			// Sorry for the effect, not the act.
			"@apology (that|) (it|this|that|all this|the whole thing|things) (has|have|had|) (upset|bothered|offended|annoyed|wound up|got to|affected|riled) (you|u) (both|all|two|) (so much|this much|that much|so badly|as much as it has|so|that way|this way|$)",
			"@apology (that|) (the|my|this|that|it|our|the whole) (*|* *|) (came as|was|has been|has come as) (such|) (a|) (shock|surprise|bolt from the blue)",
			// Someone else's reaction, not the act: "I'm sorry Callum was upset about not being picked".
			"@apology (that|) (*|* *) (was|were|got|felt|has been|had been|seemed|is|is still|was still) (so|really|very|quite|a bit|a little|) @feeling (about|over|at|with|that|by) (not|being|missing|losing|having|it|this|that|the (decision|result|outcome|news|change|changes|selection|team sheet))",
			// Sorry they felt the need to complain, not for the cause.
			"@apology (that|) you (felt|feel|have felt|found it|have found it|had cause|have had cause|had reason|felt it|have felt it) (the need|necessary|compelled|obliged|the need|you had|you needed|you must) (to|) (contact|complain|write|call|ring|raise|get in touch|reach out|email|escalate|post|leave|go to|take)",
			// "We regret that you felt unwell ... and that you were unhappy with our response".
			"@apology (that|) you (felt|feel|were feeling|have been feeling|have felt) (unwell|ill|poorly|sick|under the weather)",
			"@apology (that|) you ... and (that|) you (are|were|felt|feel|have been|got|seemed) (*|) @feeling",
			// Their reaction or their experience, not the act.
			"@apology (that|) (you|u|he|she|they|*) (took|take|has taken|have taken|had taken|is taking|are taking|was taking|were taking) (it|this|that|things|everything|the news|the decision|my (*|* *)) (so|too|quite so|really|very|) (hard|badly|to heart)",
			"@apology (that|) your (*|* *|* * *|* * * *) (did not|has not|have not|had not|does not|failed to|may not have|might not have) (quite|fully|entirely|) (live up to|meet|match) (your|all your|) (expectations|hopes|high expectations|standards|expectation)",
			"@apology (that|) your (*|* *|* * *|* * * *) (fell short of|falls short of|was not up to|was not what) (your|all your|you) (expectations|hopes|high expectations|standards|expected|had hoped|hoped for)",
			"@apology (that|) you (felt|feel|thought|think|found|find|believed|believe|perceived|may have felt|might have felt|have felt) (that|) (our|my|the|i|we|he|she|they|your|you) (*|* *|) (was|were|had been|have been|has been|is|are) (*|) (unwelcoming|rude|unhelpful|dismissive|unfriendly|unprofessional|cold|hostile|inattentive|abrupt|curt|disrespectful|uncaring|insensitive|harsh|unfair|unkind|patronising|patronizing|condescending|aggressive|invaded|violated|ignored|overlooked|disrespected|intruded upon|intruded on|breached|undermined|dismissed|belittled|judged|criticised|criticized|attacked|mocked|singled out)",
		},
		Except: []string{
			"@apology (that|) (i|we) (gave|have given|caused|put)",
			"(experience|time) (because of|thanks to|caused by) (me|us|my|our|what (i|we))",
			"@apology (that|) (i|we) (was|were|got|felt|had been|seemed|am|are)",
			"@apology (that|) (if|in case|should|when|whenever|because|since|as) ",
			"@apology (that|) (i|we) (took|take|have taken|had taken|was taking|were taking)",
		},
		Run: reportUnquoted,
	}
}
