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
			// Every occasion, whatever happens: "I'll be at every single match, whatever happens", "there will never be another secret between us".
			"(i|we) (will|shall|am going to|are going to|promise to|swear to) (be at|be there for|make|come to|attend|watch|turn up to|show up to|go to|be at home for|be home for) every single *",
			"(i|we) (will|shall|am going to|are going to|promise to|swear to) .. (whatever happens|no matter what|come what may|come hell or high water|without fail|rain or shine)",
			"there (will|shall|is going to) (never|not ever|never ever) (again|) be (another|any|a single|one more|a) (*|* *|) (secret|secrets|lie|lies|surprise|surprises|problem|problems|mistake|mistakes|incident|repeat|issue|issues)",
			// First person, a future or pledge, an absolute adverb.
			"(i|we) @future (to|you|that|) (i|we|) (will|shall|am going to|are going to|would|) (never|always|forever|not ever|never ever)",
			"(i|we) (promise|swear|vow) (never|to never|always|to always) ",
			"(it|this|that|something like this|anything like this|this kind of thing) (will|is going to|shall) (never|not ever|never ever) (ever|) happen again",
			"never (ever|) again (will|shall) (i|we|this|it|that)",
			"(will|shall|is going to) never (ever|) ... again",
			"@future ... (forever|for the rest of (my|our) (life|lives))",
			"(will|promise|swear|going to|guarantee) ... (100%|100 percent|100 per cent|a hundred percent|a hundred per cent)",
			"(100%|100 percent|100 per cent|a hundred percent) (guarantee|guaranteed|promise|of the time)",
			"(i|we) (guarantee|can guarantee|personally guarantee)",
			"100% (committed|dedicated|focused|serious|going to|will)",
			"guarantee it",
			"(i|we) (will|promise to|swear to|am willing to) do (anything|whatever|absolutely anything) (you|it|at all|to)",
			"whatever it takes",
			"(i will|i am going to|i promise to|i promise i will|i swear i will) be (perfect|a changed man|a changed woman|a different person|a new person|the perfect)",
			"(i will|i am going to|i promise to|i promise i will|i swear i will) change (completely|totally|everything|for good|who i am)",
			"(will|promise|swear|going to) ... (every single time|every single day|each and every time|without fail)",
			"(swear|promise) on (my|our) (life|lives|mother|mother's life|kids|children|grave)",
			"(swear|promise) on (everything|anything|all that is holy)",
			// "nothing like this will ever happen ... again", "i swear ill never".
			"(nothing|nobody|no one) (like (this|that|it)|of the sort|of the kind|) (will|is going to|shall|is) (ever|) (happen|occur|be repeated|go wrong|happen to you) ... again",
			"(nothing|nobody|no one) (*|* *|* * *|) (will|is going to|shall) ever ... again",
			"(promise|swear|vow) (that|you|u|) (ill|i will|we will|i am going to|i would|i am never|we are never|il) (never|always|not ever|ever)",
			// "It won't happen again", "we can assure you there will be no repeat".
			"(it|this|that|something like this|anything like this|this kind of thing) (will not|is not going to|shall not) (ever|) happen again",
			"(assure|promise|guarantee|assured) (you|) (that|) there (will|shall|is going to) be no (further|more|repeat|repeats|recurrence|*)",
			"there (will|shall|is going to) be no (repeat|repeats|recurrence) (of|)",
			// "I'll spend the rest of my life making this up to you".
			"(spend|devote|dedicate|spending|devoting) the rest of (my|our) (life|lives|days|time) (making|trying to make|proving|earning|working|to make|showing|paying)",
			// A guarantee of perfection: complete satisfaction, every time.
			"(@future|guarantee|guarantees|guaranteed) (*|you|) (complete|total|absolute|perfect|100%|full|total) (satisfaction|perfection|success|safety|happiness|reliability)",
			"(guarantee|guarantees|guaranteed|promise|promises|pledge|pledges) ... (every|each) (future|single|) (order|time|visit|stay|delivery|day|occasion|booking)",
			// Quitting for good, in absolute terms: "100% done with ...".
			"(i am|we are) (100%|a hundred percent|completely|totally|absolutely|) (done|finished|through) with (drinking|drink|gambling|smoking|lying|drugs|it all|all (that|of that|this)|the (drinking|gambling|lying|smoking))",
		},
		Except: []string{
			"(never|always|forever) (remember|forget|be grateful|be thankful|love|treasure|cherish|regret|be sorry|be your|value|care|appreciate|be able|know|understand|forgive myself|stop (loving|caring|being sorry|regretting))",
			"(i|we) (will|shall|promise to) (always|never) .. (remember|forget|grateful|thankful|love|cherish|treasure)",
			"forever (grateful|thankful|in your debt|sorry|remember|regret)",
			"(remember|cherish|treasure|love|grateful|thankful|regret|sorry|in your debt) .. forever",
			"(take|takes|took|taking|like|wait|waited) forever",
			"100% (my|our) (fault|responsibility|doing)",
			// An amount, not a vow: "we will cover 100% of the repair costs".
			"(100%|100 percent|100 per cent|a hundred percent|a hundred per cent) of (the|your|our|my|its|their|any|all)",
			"100% (honest|sure|certain|clear|wrong|to blame|responsible|at fault|right)",
			"(not|can not|could not|will not) (guarantee|promise)",
			"(not|never) (guarantee|promise|swear) (that|) (i|we|it|this) (will|am going to|is going to|shall) (never|always|not)",
			"(make sure|making sure|ensure|ensuring|so|so that|to stop|to prevent|to help|hope|hoping|hopefully) (that|) (it|this|that|something like this|anything like this|this kind of thing) (will not|is not going to|shall not)",
			// A concrete remedy with a deadline is a keepable guarantee.
			"guarantee (a|an|your|the) (full|complete|) (*|) (refund|replacement|reply|response|callback|repair|answer|credit) (within|by|before|in)",
		},
		Run: reportUnquoted,
	}
}
