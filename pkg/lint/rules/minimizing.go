package rules

import "github.com/apology-cli/apology/pkg/lint"

// Minimizing flags shrinking the harm or the reader's reaction to it.
func Minimizing() *lint.Rule {
	return &lint.Rule{
		ID:       "minimizing",
		Severity: lint.Warning,
		Summary:  `Shrinking the harm or the reaction: "it was just a joke", "not a big deal", "you're overreacting", "calm down".`,
		Why: `Calling the harm small, or their reaction too big, tells them their pain doesn't count. ` +
			`Don't be defensive or casual about the problem; validate their pain.`,
		Message:    `"{phrase}" makes light of the harm or of their reaction`,
		Suggestion: `Say what it cost them instead: "It embarrassed you in front of the whole team."`,
		Bad: []string{
			"It was just a joke.",
			"It's honestly not a big deal.",
			"You're overreacting.",
			"You're being a bit too sensitive about it.",
			"Get over it, it was one taxi.",
		},
		Good: []string{
			"I know it was a big deal to you.",
			"You weren't overreacting; you were right to be angry.",
			"I went for a walk to calm down before I wrote this.",
			"I told you it was no big deal, and that was wrong.",
			"It was only a week after your mum's funeral.",
		},
		Phrases: []string{
			"(it|that|this) (was|is) (just|only|merely|simply|honestly just|honestly only|really just|really only) (a|an|one|some|a bit of|a little|a few|a couple of|words|banter|fun|a game|a joke|money|stuff|a kiss|a lamp|two|three)",
			"(it|that|this) (was|is) (just|only|) (one|a single) (*|) (comment|joke|remark|mistake|drink|kiss|text|message|taxi|lamp|thing|word|post|photo|picture|slip|gif|meme|night|evening|time)",
			"(just|only|merely) (a|an|some) (bit of|little|) (fun|banter|joke|joking|teasing|kidding|harmless fun|laugh)",
			"(was|were|am|are) (just|only) (joking|kidding|teasing|messing around|messing about|having fun|having a laugh|being funny)",
			"(not|no|is not|was not) (such|that|) (a|the|that|) (big|huge|major) deal",
			"not (that|so|all that) (bad|serious|important|big)",
			"(you are|you were) (just|being|) (a bit|a little|rather|way|far|totally|completely|) (overreacting|over reacting|over-reacting|dramatic|hysterical|paranoid)",
			"you (overreacted|over reacted|are overreacting)",
			"(you are|you were) (just|being|) (a bit|a little|rather|way|far|) (too|so|overly|very) (sensitive|touchy|emotional|thin skinned|easily offended)",
			"(blown|blowing|blow|taken|taking|take|making|make|made) (it|this|that|things|everything|) (way|completely|totally|all|a bit|) out of proportion",
			"(making|make|made) (a|such a) (big deal|fuss|drama|mountain|scene) (out of|about|over) (nothing|it|this|that|a)",
			"(you are|you were|you have been) making (it|this|that|things) out to be",
			"(a mountain out of a molehill|storm in a teacup)",
			"(you need to|just|please|you should|you have to|can you) (calm down|relax|chill|chill out|lighten up|get over it|let it go)",
			"^ (calm down|relax|chill|chill out|lighten up|get over it)",
			"(you will|you'll|you have to|you need to|just|you should|you can) get over it",
			"(can not|could not) (you|) take a joke",
			"in the grand scheme of",
			"(just|only|merely) (a|an) (cosmetic|minor|small|little|tiny|slight|trivial) (issue|problem|thing|scratch|dent|mistake|detail|inconvenience|hiccup|delay|mark)",
			"(no|little) (real|lasting|actual|) harm (done|was done|came of it)",
			"(could|might) have been (so|much|a lot|far) worse",
			"(at least|luckily|fortunately) (no one|nobody) (got|was) hurt",
			"(do not|did not) think (anyone|anybody|most people|the others|everyone) (else|) (took|minded|noticed|cared|saw it)",
			"(everyone|everybody) (makes|made) mistakes",
			"(everyone|everybody) (does|did) (it|that|things like that)",
			"(it is|it was) not the end of the world",
			"(you are|you were) taking (it|this|things|everything) (too|so) (seriously|personally|hard)",
			"(do not|stop) (take|taking) (it|this|things) (so|too|) (seriously|personally|hard)",
		},
		Except: []string{
			"(told|tell|said|say|saying|telling|called|acted|acting|pretended|pretending|treated|treating|behaved|as if|as though|like) .. (you|it|that|this) ... (overreacting|sensitive|big deal|joke|fun|banter|nothing|dramatic)",
			"(told|tell|telling|asked|asking) (you|her|him) to (calm down|relax|lighten up|get over it|chill)",
			"(not|never|nothing) .. (overreacting|over reacting|too sensitive|dramatic)",
			"(not|never) (be|being) (too|so|overly) sensitive",
			"(was|were|is|are) (not|never) (just|only) (a|an|one|some)",
			"(not|never) .. (expect|ask|asking|want) you to (get over|calm|relax|let it go)",
			"(just|only) (a|one|two|three|a few|a couple of) (day|days|week|weeks|month|months|hour|hours|minute|minutes|year|years) (after|before|since|ago|earlier|later|into)",
			"(just|only) (a|one|the) (week|day|month|year) (after|before)",
			"(just|only) (a|the) (first|start|beginning|small step|first step|small gesture|gesture|token|thought|suggestion|idea|question|offer|draft|part|piece|fact)",
			"(to|in order to|so i could|so that i could|until i|till i|helped me|help me|trying to|tried to) (calm down|relax)",
			"i (needed|need|wanted|want|had) to (calm down|relax)",
			"(is|was) (a|such a|the|) (big|huge|major) deal (to|for) you",
		},
	}
}
