package rules

import "github.com/apology-cli/apology/pkg/lint"

// BlameShift flags moving the blame onto the reader.
func BlameShift() *lint.Rule {
	return &lint.Rule{
		ID:       "blame-shift",
		Severity: lint.Error,
		Summary:  `Moving blame to the reader: "you made me", "if you hadn't", "you always", "you should have", "it's your fault".`,
		Why: `An apology that points at the other person is an accusation. Use "I" statements, so you ` +
			`talk about what you did and don't blame them.`,
		Message:    `"{phrase}" puts the blame on them`,
		Suggestion: `Talk about your own part with an "I" statement: "I didn't check the time" rather than "you never told me".`,
		Bad: []string{
			"If you hadn't gone home early, none of this would have happened.",
			"You always leave me to fend for myself.",
			"You should have told me it was a secret.",
			"Really it's your fault.",
			"You made me do it.",
		},
		Good: []string{
			"It wasn't your fault, and I should have said so at the time.",
			"You never once forgot to collect me from school.",
			"You were right to call it out.",
			"You shouldn't have had to ask me twice.",
			"I'm sorry because you deserved better from me.",
		},
		Phrases: []string{
			"you (made|make|forced|pushed|provoked|goaded|pressured|drove) me (do|say|act|react|lose|snap|shout|yell|scream|angry|mad|so angry|so mad|jealous|crazy|insane|into)",
			"you (forced|pushed|provoked|goaded|pressured) me to",
			"you (provoked|started) (me|it|this|the whole thing|on me)",
			"(you are|you were) the one (who|that) (started|provoked|kicked off|began|brought up|caused|wound me up|picked|walked out|left|stormed off|hung up|ignored|forgot)",
			"you did not (tell|say|mention|warn|remind|ask|let) me",
			"(you have been|you are being|you were being|you have been acting|you were acting|you are acting) (so|really|very|pretty|a bit|quite|rather|) (secretive|distant|cold|difficult|moody|unreasonable|off|weird|impossible|defensive|aggressive|hostile|nasty|controlling|paranoid|unfair|selfish|sneaky|shady)",
			"if you (had not|had never|would not have|had just|had only|would just have|would only have) ",
			"if you (had|would have|would) (just|only|) (told|said|called|confirmed|answered|listened|asked|warned|reminded|mentioned|checked|texted|flagged|let|given|come|gone|kept|replied|responded|explained|shown|picked|sent|stayed|left|bothered|been (honest|clearer|clear|straight|upfront))",
			"if you had ,",
			"if you (had|would) (just|only|) been (around|there|here|home|more|less|honest|clearer|straight|upfront|on time|ready)",
			"if you (were not|was not|were|are not|did not) (so|always|constantly|such a)",
			"(because|since) you (did not|would not|had not|could not|never|always|kept|keep|keeps|made|started|refused|ignored|forgot|pushed|provoked|nagged|were being|are being|left me|wanted me)",
			"you (always|constantly) (leave|leaves|bring up|bring|start|assume|expect|ignore|forget|nag|blame|complain|overreact|exaggerate|twist|push|criticize|criticise|pick on|act like|do this|do that|have to|get so|get angry|get upset|get defensive|take things|take everything|take their side|side with|put me|turn|make it|make me the|make me feel (bad|small|guilty|stupid|like)|interrupt|shout|yell|blow|storm|jump)",
			"you (never|never even|never once) (text|call|listen|tell me|said|say|let me (finish|explain|speak|talk|know)|help|answer|reply|ask|asked|remind|warn|warned|understand|appreciate|think|consider|pick up|check|make time|do anything|give me|gave me|told me|mentioned|admit|apologise|apologize|back me|support me|take my side|trust me)",
			"you (should|ought to) have (told|said|called|asked|flagged|checked|reminded|warned|mentioned|known|texted|listened|let|confirmed|been (more|clearer|clear|honest|upfront|straight)|just|come|answered|realised|realized|seen|understood|stopped|picked|booked|sent|left|waited|made|thought|done|replied|spoken|raised|double checked|noticed)",
			"you (should not|ought not to) have (done|said|gone|left|read|told|pushed|provoked|started|been so|brought|made|assumed|taken)",
			"you could have (just|at least|easily|) (told|called|texted|asked|said|warned|reminded|mentioned|checked|answered|replied|let me know|come|spoken|knocked|popped)",
			"(i am|we are) not (a|) mind (reader|readers)",
			"(mistakes|faults|errors|blame|fault) on both sides",
			"you did (miss|start|say|ignore|forget|leave|push|provoke|lie|shout|yell|break|lose)",
			"you (were|are) (supposed|meant) to (tell|call|remind|text|let me know|check|warn|ask|say|confirm|answer|reply)",
			"(it is|it was|that is|that was|this is|this was|it is all|it was all|it is really|it was really|really it is) (all|partly|partially|half|really|entirely|totally|just as much|also|as much|) your (fault|own fault|doing)",
			"(you are|you were) (partly|also|just as much|equally|as much|the one|the real one|really the one) (to blame|at fault|responsible)",
			"(you|you have) (brought|bring) (it|this|that) on yourself",
			"you (have|had) only yourself to blame",
			"you know (exactly|full well|perfectly well|very well|) what you (did|said|have done)",
			"(we are|we were|we) both (equally|) (to blame|at fault)",
			"(we are|we were) equally (to blame|at fault)",
			"(takes|took) two to",
			"(you|your (comment|comments|tone|attitude|behaviour|behavior|texts|message)) (started|set off|kicked off|triggered) (it|this|the whole thing|the argument|the fight|me)",
		},
		Except: []string{
			"(not|never|none of (this|it|that)|nothing) .. your (fault|doing)",
			"(not|never|none of (this|it|that)|nothing) (is|was) your (fault|doing)",
			"you (should not|ought not to) have (had|needed) to",
			"you (should|ought to) have (been able|had|been told|been (my|the) (first|priority)|felt|been safe|come first)",
			"you (always|never|never once) (gave up|give up|let me down|let (us|anyone) down|deserved|complained|asked for (this|it|any)|told me the truth|tell me the truth|asked (me|) (for|anything)|make me (laugh|smile|feel)|made me (laugh|smile|feel (safe|loved|welcome|better))|forgot)",
			"you (made|make) me (a|feel (safe|loved|welcome|better|at home)|laugh|smile|happy|proud|better|want to be)",
			"you made me (promise|see|realise|realize|understand)",
		},
		Run: reportUnquoted,
	}
}
