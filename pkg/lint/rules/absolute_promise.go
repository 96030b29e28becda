package rules

import "github.com/apology-cli/apology/pkg/lint"

// AbsolutePromise flags promises nobody can keep.
func AbsolutePromise() *lint.Rule {
	return &lint.Rule{
		ID:       "absolute-promise",
		Severity: lint.Warning,
		Summary:  `Promises nobody can keep: "I will never ...", "it will never happen again", "I'll always ...", "I guarantee", "I'll do anything".`,
		Why: `Promises that are hard or impossible to keep make the apology look insincere the day they break. ` +
			`Commit to concrete, keepable actions instead.`,
		Message:    `"{phrase}" is a promise nobody can keep`,
		Suggestion: `Promise something concrete you can actually do: "From now on I'll put your dates in my calendar the day you tell me."`,
		Bad: []string{
			"I will never miss another big day of yours.",
			"It will never happen again, I guarantee it.",
			"I'll always be waiting at arrivals.",
			"I swear I will never touch a drink again.",
			"I'll do anything you want.",
		},
		Good: []string{
			"I will always remember you turning up with a van when I moved.",
			"From now on, I'll put your dates in my calendar the day you tell me.",
			"I'll never forget how kind you were that night.",
			"It was 100% my fault.",
		},
		Phrases: []string{
			// First person, a future or pledge word, then an absolute adverb,
			// with a short skip for what stands between them.
			"(i|we) @future .. (never|always|forever|not ever|never ever)",
			"(i|we) (am|are) (never|not ever|never ever) going to ... again",
			// Every occasion, whatever happens.
			"(i|we) @future .. (be at|be there for|make|come to|attend|watch|turn up to|show up to|go to|be home for|be at home for) every single *",
			"(i|we) @future .. (whatever happens|no matter what|come what may|come hell or high water|rain or shine)",
			"@future ... (every single time|every single day|each and every time|without fail)",
			"(guarantee|guarantees|guaranteed|promise|promises|pledge|pledges) ... (every|each) (future|single|) (order|time|visit|stay|delivery|day|occasion|booking)",
			// The harm declared impossible: never again, no repeat, nothing like it.
			"(it|this|that|something like this|anything like this|this kind of thing) (will|is going to|shall) (never|not|not ever|never ever) (ever|) happen again",
			"there (will|shall|is going to) (never|not ever|never ever) (again|) be (another|any|a single|one more|a) (*|* *|) (secret|secrets|lie|lies|surprise|surprises|problem|problems|mistake|mistakes|incident|repeat|issue|issues)",
			"never (ever|) again (will|shall) (i|we|this|it|that)",
			"(will|shall|is going to) never (ever|) ... again",
			"(nothing|nobody|no one) (like (this|that|it)|of the sort|of the kind|) (will|is going to|shall|is) (ever|) (happen|occur|be repeated|go wrong|happen to you) ... again",
			"(nothing|nobody|no one) (*|* *|* * *|) (will|is going to|shall) ever ... again",
			"(assure|promise|guarantee|assured) (you|) (that|) there (will|shall|is going to) be no (further|more|repeat|repeats|recurrence|*)",
			"there (will|shall|is going to) be no (repeat|repeats|recurrence) (of|)",
			// Forever, for life.
			"@future ... (forever|for the rest of (my|our) (life|lives))",
			"(spend|devote|dedicate|spending|devoting) the rest of (my|our) (life|lives|days|time) (making|trying to make|proving|earning|working|to make|showing|paying)",
			// Certainty pledged: 100%, a guarantee, perfection guaranteed.
			"@future ... (100%|100 percent|100 per cent|a hundred percent|a hundred per cent)",
			"(100%|100 percent|100 per cent|a hundred percent) (guarantee|guaranteed|promise|of the time|committed|dedicated|focused|serious|going to|will)",
			"(i|we) (guarantee|can guarantee|personally guarantee)",
			"guarantee it",
			"(guarantee|guarantees|guaranteed) (*|you|) (complete|total|absolute|perfect|100%|full) (satisfaction|perfection|success|safety|happiness|reliability)",
			// Anything at all; a new person overnight.
			"(i|we) (@future|am willing to|are willing to) (to|) do (anything|whatever|absolutely anything) (you|it|at all|to)",
			"whatever it takes",
			"(i|we) @future .. (be|become) (perfect|a changed man|a changed woman|a different person|a new person|the perfect)",
			"(i|we) @future .. change (completely|totally|everything|for good|who i am)",
			// Oaths on what is dearest.
			"(swear|swore|promise|vow) on (my|our) (life|lives|mother|mother's life|kids|children|grave)",
			"(swear|swore|promise|vow) on (everything|anything|all that is holy)",
			// Quitting for good, in absolute terms.
			"(i am|we are) (100%|a hundred percent|completely|totally|absolutely|) (done|finished|through) with (drinking|drink|gambling|smoking|lying|drugs|it all|all (that|of that|this)|the (drinking|gambling|lying|smoking))",
		},
		Except: []string{
			"(never|always|forever) (remember|forget|be grateful|be thankful|love|treasure|cherish|regret|be sorry|be your|value|care|appreciate|be able|know|understand|forgive myself|stop (loving|caring|being sorry|regretting))",
			"(i|we) (will|shall|promise to) (always|never) .. (remember|forget|grateful|thankful|love|cherish|treasure)",
			"forever (grateful|thankful|in your debt|sorry|remember|regret)",
			"(remember|cherish|treasure|love|grateful|thankful|regret|sorry|in your debt) .. forever",
			"(take|takes|took|taking|like|wait|waited) forever",
			"100% (my|our) (fault|responsibility|doing)",
			// An amount, not a vow.
			"(100%|100 percent|100 per cent|a hundred percent|a hundred per cent) of (the|your|our|my|its|their|any|all)",
			"100% (honest|sure|certain|clear|wrong|to blame|responsible|at fault|right)",
			"(not|can not|could not|will not) (guarantee|promise)",
			"(not|never) (guarantee|promise|swear) (that|) (i|we|it|this) (will|am going to|is going to|shall) (never|always|not)",
			"(make sure|making sure|ensure|ensuring|so|so that|to stop|to prevent|to help|hope|hoping|hopefully) (that|) (it|this|that|something like this|anything like this|this kind of thing) (will not|is not going to|shall not)",
			// A concrete remedy with a deadline is a keepable guarantee.
			"guarantee (a|an|your|the) (full|complete|) (*|) (refund|replacement|reply|response|callback|repair|answer|credit) (within|by|before|in)",
			// A standing commitment with its own time limit is keepable.
			"(always|every time) ... (within|inside) (*|* *) (hours|days|working days|minutes|weeks|hour|day|week)",
		},
		Run: reportUnquoted,
	}
}
