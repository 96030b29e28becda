package rules

import "github.com/apology-cli/apology/pkg/lint"

// ForgivenessPressure flags demanding or rushing the reader's forgiveness.
func ForgivenessPressure() *lint.Rule {
	return &lint.Rule{
		ID:       "forgiveness-pressure",
		Severity: lint.Error,
		Summary:  `Demanding or rushing forgiveness: "you have to forgive me", "I deserve a second chance", "let's just move on", "forgive and forget".`,
		Why: `Forgiveness is theirs to give, in their own time. Pressing for it, or setting a deadline, ` +
			`makes the apology about what you want. Give them time.`,
		Message:    `"{phrase}" pressures them to forgive you`,
		Suggestion: `Leave the timing to them: "Take whatever time you need."`,
		Bad: []string{
			"You have to forgive me.",
			"I deserve a second chance.",
			"Let's just put it behind us and move on.",
			"Can we forgive and forget?",
			"I'll need an answer from you by Friday.",
			"After everything I've done for you, you owe me this.",
		},
		Good: []string{
			"Take whatever time you need.",
			"I don't expect you to forgive me.",
			"I'll pay you back by Friday.",
			"When you're ready, I'd like to talk, and I'll wait as long as it takes.",
		},
		Phrases: []string{
			"(you have to|you need to|you must|you should|you ought to|you have got to|you got to|you just have to|please just) forgive (me|us)",
			"(i|we) (expect|need|want) you to (forgive|forget|move on|get over|let it go|let this go|put it behind)",
			"(i|we) (deserve|have earned|earned|am owed|are owed) (a|another|one more|your) (second|) (chance|shot|forgiveness|trust)",
			"(do not|don't) (i|we) deserve (a|another|your)",
			"you owe (me|us) (another|a|one more|a second) (chance|shot)",
			"you owe (me|us) (this|that|forgiveness|an answer)",
			"(let us|let's|can we|could we|we should|we need to|we have to|we must|i need us to|why can not we) (please|) (just|all|both|) (move on|move past|get past|put (it|this|that|all this|this whole thing) behind us|forget (about|) (it|this|that|the whole thing)|draw a line under|drop it|drop this|forgive and forget|not dwell)",
			"(important|time|high time|best) (that|) (we|you|for us to|for you to) (all|both|) (move|moved|get|got|put) (on|past|beyond|it behind|this behind)",
			"(we|you) (all|both|) (move|get) (past|on from|beyond) (it|this|that) (quickly|fast|now|already|soon|asap)",
			"forgive and forget",
			"(we can|we could|we should|let us|can we|could we|we need to|we have to) (all|both|just|) (move on|move forward|get past this|get past it) (now|already|quickly|right away|today)",
			"(it is|it's) (time|high time|about time) to (move on|let (it|this|that) go|put (it|this|that) behind)",
			"surely (you|we) (can|could|will)",
			"call it (even|quits|square|evens)",
			"(we can|we could|can we|could we) (all|both|) just (forget|move on|move past|put it|put this|drop it|drop this|get past)",
			"(ask|request|expect|need|want) (that|) you (now|) (withdraw|remove|drop|delete|take down|retract) (the|your|that) (complaint|review|claim|post|comment|report|case)",
			"^ (so|) we are (all|) (good|okay|ok|cool|fine|square|sorted) (,|) (yeah|right|then|yes|now|again|are not we|aren't we)",
			"(can we|could we|let us|we should|we need to|we have to|we must) ... put (it|this|that|all this|this whole thing|everything) behind us",
			"(i trust|i expect|i assume|i am sure|i am confident) (that|) (we|you) (can|will|could) (now|) (draw a line|move on|put (it|this|that) behind|forget|consider (the matter|this|it) (closed|settled))",
			"draw a line under (it|this|that) (now|today|and move on)",
			"(need|want|have) to (know|hear) (that|) (we are|you are|it is|things are|everything is|you have) (okay|ok|fine|good|alright|all right|square|forgiven|forgiven me)",
			"^ (ring|call|text|message|answer|phone) me (back|) (tonight|today|now|immediately|asap|by|before)",
			"(need|want|expect) (an answer|a reply|a response|to hear from you|to hear back) ... before (i|you|we)",
			"(need|want|expect|would like|will need) (an answer|a reply|a response|your answer|to hear back|to hear from you) ... (by|before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend|next week|the end of|end of)",
			"(forgive|forgiven|forgiveness|answer|reply|move on|over it|over this|past this|past it|closed|(we are|you are|it is|things are|everything is) (okay|ok|fine|good|all right|alright|square)) ... (by|before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|tonight|tomorrow|the weekend|this weekend|next week|the end of)",
			"after (everything|all) (i have|we have|i) (done|did|given|sacrificed) for (you|us|this family)",
			"the least you (can|could) do",
			"(consider|treat) (the matter|this matter|this|it|things|the issue) (closed|settled|resolved|done|over)",
			"how many (more|) times (do|must|will|should|have) (i|we) (have to|need to|got to|) (say|apologize|apologise|tell you)",
			"(i|we) (have|already) (already|) (said sorry|apologized|apologised) (enough|so many times|a hundred times|over and over|twice|three times)",
			"(stop|quit) (being (mad|angry|upset|cold)|ignoring me|punishing me|giving me the silent treatment|sulking|holding (it|this) over me)",
			"(you need to|you have to|you should|just|please) let (it|this|that) go",
			"(please|) tell me (we are|you are|it is|everything is) (okay|ok|fine|good|alright|all right|square|forgiven) (now|already|again)",
			"(you|i) (can not|will not|should not) (stay|be) (mad|angry|upset) (at|with) me (forever|for long|for ever)",
		},
		Except: []string{
			"(not|never|no one|nobody) .. (expect|ask|asking|need|want|demand|deserve) .. (forgive|forgiveness|answer|reply|chance|move on)",
			"(pay|paid|return|returned|repay|transfer|send|sent|fix|fixed|replace|replaced|deliver|finish|finished|back) ... (by|before)",
			"(when|whenever|if|once) (you are|you feel|you) (ready|able)",
			"(tonight|today|now) (if|when|whenever) you",
			"(hope|hoping|wish) .. we are",
			"if you (would|had) (just|only|) let",
		},
	}
}
