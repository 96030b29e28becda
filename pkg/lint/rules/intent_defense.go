package rules

import "github.com/apology-cli/apology/pkg/lint"

// IntentDefense flags pleading good intentions against the harm done.
func IntentDefense() *lint.Rule {
	return &lint.Rule{
		ID:       "intent-defense",
		Severity: lint.Warning,
		Summary:  `Intent over impact: "I didn't mean to", "it was never my intention", "I meant well".`,
		Why: `The hurt person lives with the impact of what you did, not with your intent. ` +
			`Pleading good intentions asks them to weigh your motives against their hurt.`,
		Message:    `"{phrase}" puts your intent ahead of the impact on them`,
		Suggestion: `Name the impact instead: "I embarrassed you in front of your friends."`,
		Bad: []string{
			"I didn't mean to embarrass you.",
			"It was never my intention for it to go further.",
			"I meant well.",
			"I wasn't trying to hurt anyone.",
			"My intentions were good.",
			"Hurting anyone was never the point.",
			"At no point did I set out to embarrass her.",
			"You know I would never leave the gate open deliberately.",
			"We didn't plan on ending up at the casino.",
			"I genuinely thought it would be funny.",
			"It was meant to be cheeky, not cruel.",
		},
		Good: []string{
			"I embarrassed you in front of your friends.",
			"It doesn't matter that I didn't mean to; I did it.",
			"I meant to call you that night and didn't.",
			"I did it deliberately, and I won't pretend otherwise.",
			"The point is that I broke your trust.",
			"I thought it would be easier to lie, and I was wrong to.",
			"I was supposed to be there at six, and I wasn't.",
			"I planned to tell you on Friday and I didn't.",
		},
		Phrases: []string{
			// Subjectless texts and 'set out to'.
			"(did not|never) (mean|meant|intend|intended) (to|for|it|that|this|any|harm|no|you)",
			"(i|we) (honestly|really|genuinely|truly|certainly|) (did not|never|was not|were not) (set out|setting out|out) to",
			"(i|we) (honestly|really|genuinely|truly|certainly|) (did not|never) (mean|meant|intend|intended) (to|for|it|that|this|any|anything|harm|no|you)",
			"(it was|it is|that was|that is|this was|this is) (never|not|not ever|never ever) (my|our) (intention|intent|plan|aim|goal|purpose)",
			"(my|our) (intention|intentions|intent|heart) (was|were|is|are) (good|pure|never|not|in the right place|only|always|honest)",
			"(i|we) (meant|mean) well",
			"(it|that|this) (was|is) not (intentional|deliberate|on purpose)",
			"(it|that|this) was never the (intention|plan|aim|idea)",
			"(i|we) meant no (harm|offence|offense|disrespect|hurt)",
			// The harm denied as the aim, whatever the subject: "mocking anyone
			// was never the point", "at no point did we set out to".
			"(was|is|were) (never|not|not ever|never really|not really) (the|my|our) (point|intention|aim|idea|goal|purpose|intent|objective)",
			"(at no point|at no time|not for a moment|not once|never once) (did|have|had|was|were) (i|we) (set out|setting out|intend|intended|mean|meant|want|wanted|plan|planned|try|trying|aim|seek|sought) to",
			// Denying it was deliberate, in any wording with "not" or "never".
			"(i|we) (would|will|could|) (never|not|did not|do not|was not|were not|had not) ... (on purpose|deliberately|intentionally|purposely|purposefully|knowingly|maliciously)",
			"not (as if|as though|like) (i|we|he|she|it) ... (on purpose|deliberately|intentionally|purposely|purposefully|knowingly|maliciously)",
			// What happened was not planned: "I didn't plan to end up ...".
			"(i|we) (honestly|really|genuinely|truly|) (did not|never|had not|was not|were not) (plan|planning|planned|expect|expecting|intend|intending|aim|aiming) (to|on) (end up|ending up|wind up|go|going|be|being|stay|staying|get|getting|drink|drinking|have|having)",
			// Good intent claimed for the act: "I honestly thought it would help".
			"(i|we) (honestly|genuinely|truly|really|sincerely|only|just) (thought|believed|figured|assumed|felt) (that|) (it|this|that|i|we) (would|might|could|was going to|were going to) (help|be helpful|be useful|be kind|be nice|be funny|be fine|be okay|be ok|be harmless|be a laugh|be a good idea|cheer|make (it|things|you|people|everyone))",
			// The intended reading set against the harm: "supposed to be fond, not a dig".
			"(was|were) (only|just|) (supposed|meant|intended) to (be|come across as|read as|sound) (*|* *|a *|an *) , not",
			"(was|were) (only|just|all|) (supposed|meant|intended|designed) to (be|celebrate|honour|honor|show|champion|empower|include|support) (affectionate|playful|fond|warm|gentle|loving|cheeky|teasing|celebratory|positive|inclusive|empowering|every|everyone|all|a celebration|a tribute|an homage|a homage|a nod|a parody|satire|satirical)",
			"(i|we) (had|have) (good|the best|only good|nothing but good) (intentions|reasons|motives)",
			"with (good|the best|only good|nothing but good) (intentions|of intentions)",
			"(i|we) (was|were) not trying to",
			"(i|we) (was|were) (only|just) trying to",
			"(i|we) (was|were) trying to (help|protect|look out for|be helpful|be funny|be honest|be nice|be kind|do the right thing|keep the peace|make things better|lighten the mood|support)",
			"(i|we) (only|just) wanted to (help|protect|look out for|be helpful|be funny|be honest|do the right thing|keep the peace|lighten the mood)",
			"(no|any) (harm|offence|offense|hurt) (was|is|) (meant|intended)",
			"(i|we) did not do (it|that|this|anything) on purpose",
			"(it was|it was all|that was) (an|just an|only an) (accident|honest mistake)",
			"(i|we) would never (intentionally|deliberately|knowingly|purposely|consciously)",
			"(that is|that was|it is|it was) not (what|how) (i|we) meant",
			"(it|that|this) was (only|just|) (supposed|meant|intended) to be (funny|harmless|light hearted|lighthearted|friendly|helpful|kind|nice|banter|(a|an) (surprise|laugh|joke|compliment|bit of fun|favour|favor|kindness|tease|gesture|harmless *|friendly *|light hearted *|nice *))",
			"(i|we) (thought|believed) (i|we) (was|were) (helping|being (helpful|kind|funny|honest|supportive)|doing the right thing|protecting)",
			"(it is|it was) not like (i|we) (did it|did that|meant|wanted|planned|tried) (on purpose|deliberately|to)",
			"(it|that|this|my (comment|message|post|joke|remark|post)) (was|were) (never|not) (meant|intended|supposed) to",
			"(it|that|this|my (comment|message|post|joke|remark)) (was|were) (only|just|) (meant|intended) (as|to be) (friendly|helpful|kind|constructive|light hearted|lighthearted|banter|fun|harmless|supportive|honest|(a|an) (joke|laugh|compliment|bit of fun|favour|favor|kindness|tease|gesture|surprise|friendly *|harmless *|light hearted *|helpful *|constructive *|honest *|bit of *))",
			"(my|our) (only|sole|whole|real|one|main|) (intention|intent|aim|goal|purpose|motive|motivation|idea|thinking|plan) (was|had been|were) (only|always|just|simply|ever|only ever|always only|) (ever|) (to|for|about|that)",
			"(it is|it was|it is not|it was not) (not|) (like|as if|as though) (i|we) (ever|) (set out|meant|wanted|intended|planned|tried|went out of (my|our) way|did it on purpose|did it deliberately|chose|decided)",
			"(i|we) (honestly|genuinely|really|truly|sincerely|actually|) (thought|assumed|believed|expected|figured|imagined) (that|) (you|she|he|they|everyone|everybody|it) (would|might|were going to|was going to) (be|find|love|like|enjoy|appreciate|see|think|take|laugh) (happy|pleased|glad|funny|it funny|it|fine|okay|ok|flattered|grateful|thrilled|the funny side|a laugh|delighted|touched)",
			// The act only ever meant kindly; in no way deliberate.
			"(it|that|this|my (*|* *)) (was|were|is) (only|just|all|) ever (meant|supposed|intended) (as|to be|to)",
			"(it|that|this|none of (it|this|that)|nothing|what happened|the (*|* *)) (was|is|were) (in no way|by no means|not in any way|not remotely|never|not at all|absolutely not|certainly not|definitely not|not ever) (deliberate|intentional|on purpose|malicious|intended|done on purpose|done deliberately|calculated|personal|planned)",
			// Good intentions claimed for the writer's side; the outcome never wanted.
			"(only|always|only ever|genuinely|truly|really|ever|) (had|have|has) (your|their|our|his|her|*) (very|) (best|) interests at heart",
			"(i|we) (never|did not ever|did not|never ever) (wanted|want|meant|mean|intended|intend|planned|plan|expected|expect|imagined) (it|this|things|any of this|that|any of it|the (evening|night|day|party|weekend)) to (turn out|end up|go|happen|get|be) (like this|this way|like that|that way|so badly|this badly)",
			// The escalation never wanted.
			"(i|we) (honestly|really|genuinely|truly|certainly|) (never|did not) (wanted|want|meant|mean|intended|intend) (any of|all of|) (it|this|that|things|it all|all this) to (go|get|turn out|end up|come to|escalate|go this far|go that far|go so far|get this far|get that far|get so bad|get out of hand)",
			// The act recast as a kind intention: meant as a compliment, a joke, a favour.
			"(i|we|he|she|it) (only|just|simply|honestly|really|) meant (it|that|this|them|my *|the *) (as|to be) (a|an) (compliment|joke|kindness|favour|favor|bit of fun|help|gesture|surprise|tease|suggestion|nice thing)",
			// The intention set against the impact: "our aim throughout was to ...".
			"(my|our) (sole|only|whole|) (intention|intent|aim|goal|purpose|objective) (throughout|always|all along|at all times|at the time|) (was|has been|had been|were|had always been) (always|only|simply|just|) (to|never)",
			// The harm denied by what was meant: "was never meant to be offensive".
			"(was|were|is|are) (not|never|in no way) (meant|intended|supposed|designed) (to be|as|to sound|to come across as|to come across|to seem) (*|) @harm",
		},
		Except: []string{
			"matter (that|whether|if|what) (i|we) (honestly|really|) (did not|never|) (mean|meant|intend|intended)",
			// Someone else's intent, not the writer's.
			"(you|he|she|they|it|who|that|which|people|someone|somebody|nobody|no one) (honestly|really|genuinely|truly|certainly|probably|clearly|obviously|) (did not|never) (mean|meant|intend|intended)",
			"(does not|did not|do not) matter (that|whether|if) (it|this|that|my (*|* *))",
			"(was|is) (not|never|in no way) (*|) (deliberate|intentional|on purpose|malicious|intended|calculated|personal|planned) , but (i|we|it)",
			"(my|our) (only|sole|whole|real|one|main|) (intention|intent|aim|goal|purpose|motive|idea|plan) (was|had been) (only|) (to (make|help|put|fix|repair|apologise|apologize) (it|this|things|amends))",
			"matter (that|whether|if|what) (i|we)",
			"(whether|if) or not (i|we)",
			"not (an|) excuse",
			"not trying to (make|offer|give|find) (an|any|) (excuse|excuses)",
			"not trying to (justify|excuse|defend|minimize|minimise|explain|get out of|shift|dodge|avoid)",
			"(you|u) (*|* *|) (had|have|has) (*|* *) interests at heart",
			"(not|never) (*|* *|* * *) interests at heart",
			// Disowning an excuse is not one.
			"(never|not) meant (that|it|this) as (a|an) (excuse|justification|defence|defense)",
		},
		Run: reportUnquoted,
	}
}
