package rules

import "github.com/apology-cli/apology/pkg/lint"

// VagueApology flags apologies that never name what the writer did.
func VagueApology() *lint.Rule {
	return &lint.Rule{
		ID:       "vague-apology",
		Severity: lint.Warning,
		Summary:  `Apologizing for something unnamed: "sorry for everything", "for what happened", "for any hurt caused".`,
		Why: `An apology for "everything" or "the situation" never says what you did, so the reader can't tell ` +
			`whether you understand it. Be specific: "I'm sorry I shouted at you in public", not "I'm sorry I was rude".`,
		Message:    `"{phrase}" doesn't say what you did`,
		Suggestion: `Name the act: "I'm sorry I told your sister before you were ready."`,
		Bad: []string{
			"sorry for any delays, we're on it",
			"Sorry for the hassle with your order!",
			"I'm sorry for the past couple of weeks.",
			"I'm sorry for everything that's happened.",
			"I'm sorry for the things that got said at dinner.",
			"sorry about last night, seriously",
			"I'm sorry for everything.",
			"I'm sorry for what happened at the party.",
			"I'm sorry for whatever I did at your sister's wedding.",
			"Sorry for any hurt caused.",
			"Sorry it went down like that.",
		},
		Good: []string{
			"I'm sorry for the delay in getting your deposit back; I forgot to submit the form.",
			"I'm sorry for the things I said to you at dinner.",
			"I'm sorry for the last three weeks of ignoring your calls.",
			"I'm sorry for the trouble I caused by cancelling on you.",
			"I'm sorry I shouted at you in the restaurant.",
			"I'm sorry for missing your recital.",
			"I'm sorry for the way I spoke to you in the shop.",
			"Thank you for everything you've done for me.",
		},
		Phrases: []string{
			// Sorry for "any" trouble of any kind, named by its kind not its act.
			"@apology (for|about) any (disruption|disruptions|delay|delays|problems|problem|issues|issue|difficulties|disappointment|frustration|worry|concern|hassle|bother|stress|trouble|impact|distress|discomfort|upset|confusion|inconvenience) (caused|this|that|it|$|but|and|, *)",
			"@apology (for|about) (the|all the|this|that) (trouble|hassle|bother|inconvenience|issues|problems|difficulties|palaver|faff) (with|over|around|regarding|concerning|re) (your|the|this|that)",
			// Sorry for a stretch of time, or whatever came out, with no act named.
			"@apology (for|about) (the|these|those|this|my) (last|past|recent) (few|couple of|two|three|several|) (days|weeks|months|years|week|month|year|while) ($|and|,)",
			"@apology (for|about) (everything|all) (that|which|) (has|had|) (come out|happened|gone on|gone down|come to light|been going on|gone wrong)",
			"@apology (for|about) (the|all the|some of the|those|these|any) (things|stuff|words|comments|remarks) (that|which|) (were|was|got|have been|had been|may have been) (said|done|written|posted|shouted|exchanged)",
			// Sorry for a day or a time, then only a filler word or a name.
			"@apology (for|about) (the other night|the other day|last night|yesterday|the weekend|earlier|that night|this morning|tonight|today|friday|saturday|sunday|monday|tuesday|wednesday|thursday|friday night|saturday night) (, |) (honestly|seriously|really|truly|tbh|mate|man|bro|dude|sis|love|hun|pal|buddy|babe|x) $",
			// Stock nouns that name no act.
			"regret (any|all|all the|the) (inconvenience|confusion|disruption|upset|distress|hurt|trouble|disappointment|frustration|misunderstanding|difficulties|problems|issues|hassle|worry|stress)",
			"@apology (for|about) (the|this|that|any|our|my|the whole|this whole|that whole|the little|the recent|the earlier|the slight) (mix up|mix ups|mixup|mixups|miscommunication|mishap|hiccup|hiccups|snafu|muddle|cock up|screw up|balls up|oversight|confusion|misunderstanding)",
			"@apology (for|about) (everything|all of this|all this|all that|it all|all of it|all of that|whatever (i|happened|it was|went wrong|i have done))",
			"@apology (for|about) (anything|whatever) (i|that) (may|might|did|have|said|caused|hurt|upset)",
			"@apology (for|about) (what|how) (happened|went on|went down|went wrong|occurred|transpired|took place|things (went|turned out|ended|happened|got))",
			"@apology (for|about) (any|all|all the|the) (hurt|pain|offence|offense|upset|distress|harm|trouble|inconvenience|confusion|misunderstanding|damage|stress|grief|bad feeling|bad feelings) (caused|(this|that|it|i|we) .. caused)",
			"@apology (for|about) (any|the) (inconvenience|confusion|misunderstanding)",
			"@apology (for|about) any (hurt|pain|offence|offense|upset|distress|harm|trouble|stress|grief|bad feeling|embarrassment)",
			"@apology (for|about) (the|this|that|the whole|this whole|that whole|our) (situation|mess|thing|incident|business|matter|episode|drama|misunderstanding|whole situation|whole thing)",
			"@apology (for|about) (what|how) (i|we) (did|said|have done|behaved|acted) $",
			"@apology (for|about) (my|our) (behaviour|behavior|actions|conduct|part|mistakes|words) $",
			"@apology (that|) (it|this|that|things|everything|all this) (went down|turned out|ended up|came to this|got to this|happened|went wrong|got out of hand|went the way it did|played out)",
			"@apology (for|about) (the other night|the other day|last night|yesterday|the weekend|earlier|that night|this morning|tonight|today|friday|saturday|sunday|monday|tuesday|wednesday|thursday|friday night|saturday night) $",
			"@apology (for|about) (the way|how) things (turned out|went|ended|happened|worked out|played out|got)",
			"@apology (for|about) being (such|so|) (a|an) (bad|terrible|awful|rubbish|crap|horrible|lousy|useless|shitty|poor) (friend|partner|person|son|daughter|brother|sister|mum|dad|mother|father|husband|wife|boyfriend|girlfriend|colleague|flatmate|roommate|neighbour|neighbor) $",
			"@apology (for|about) my (part|role|share) in (this|it|that|all this|all of this|all of it|what happened|the whole thing|the situation)",
			"@apology (for|about) (the way|how) (everything|it|it all|this|that|all this|all of this|stuff|the evening|the night|the day|the weekend|the meeting|the call) (has|) (ended|turned out|went|happened|played out|unfolded|got|ended up|went down|worked out|been)",
			// Stock nouns of upset, caused by nothing named: any worry caused, the whole thing, the drama.
			"@apology (for|about) (any|all|all the|the) (worry|concern|anxiety|disappointment|frustration|disruption|embarrassment|difficulties|problems|issues|hassle|bother|upset) (caused|this (may have|might have|has|) caused|it (may have|might have|has|) caused|that (may have|might have|has|) caused|$)",
			"@apology (for|about) (the|this|that|all the|all this|all that) whole .. (thing|situation|business|episode|saga|drama|mess|affair|incident|palaver|kerfuffle)",
			"@apology (for|about) (all the|all this|all that|the|this|that) (drama|fuss|hassle|nonsense|carry on|kerfuffle|awkwardness|weirdness|tension|palaver|aggro|stuff) (around|over|about|with|at|on|surrounding|re|$)",
			// The occasion, then a tag, nothing named.
			"@apology (for|about) (the other night|the other day|last night|yesterday|the weekend|earlier|that night|this morning|tonight|today|friday|saturday|sunday|monday|tuesday|wednesday|thursday|friday night|saturday night) (ok|okay|k|alright|yeah|right|babe|hun|hon|mate|lol|x|xx|yh|ya) $",
			// Sorry again for the whole of it, nothing named.
			"@apology (again|once again|once more|all over again) (for|about) (the whole|this whole|that whole|the entire|this entire|all this|all of this) (situation|mess|thing|incident|business|matter|episode|drama|saga|debacle|fiasco|palaver|shambles|kerfuffle|whole mess|whole thing|whole situation|misunderstanding|mix up|mixup)",
			// Regret for unnamed events.
			"@apology (for|about|over|) (the|recent|last week's|yesterday's|this week's|the recent) (events|incident|incidents|situation|circumstances|matter|happenings) (of|at|on|surrounding|last|this|recently|$)",
		},
		Except: []string{
			"(for|about) the (*|* *) (this|that|it) (has|have|had|may have|might have) caused",
			"caused (you|us|them|her|him|) (by|when|in|with|at)",
			// A relative clause naming the writer's act makes the noun specific.
			"(the|this|that) (situation|mess|thing|incident|matter|episode|position) (that|) (i|we) (*ed|put|left|made|said|did|sent|caused|got|brought|dragged|landed)",
			"@apology (that|) (it|this|that) happened (because|when|after|on|at|in|to) ... (i|my|me)",
		},
		Run: reportUnquoted,
	}
}
