package rules

import "github.com/apology-cli/apology/pkg/lint"

// SelfPity flags the writer centering their own suffering.
func SelfPity() *lint.Rule {
	return &lint.Rule{
		ID:         "self-pity",
		Severity:   lint.Suggestion,
		Summary:    `Centering your own suffering: "this has been so hard on me too", "I'm the one who's hurting".`,
		Why:        `The letter is about the person you hurt. Dwelling on how bad you feel asks them to comfort you.`,
		Message:    `"{phrase}" turns the letter toward your own suffering`,
		Suggestion: `Keep the focus on them; your feelings can wait for another conversation.`,
		Bad: []string{
			"This has been so hard on me too.",
			"You don't know how much I've suffered.",
			"I'm the one who's hurting here.",
			"I've had a nightmare week without this too.",
		},
		Good: []string{
			"This must have been so hard for you.",
			"I'm the one who lied, and I'm the one who has to fix it.",
			"It was hard for me to admit this, but you deserve the truth.",
			"You've had a terrible week, and I made it worse.",
		},
		Phrases: []string{
			"(is been|it is been|this is been) (so|really|very|incredibly|extremely|pretty|awfully|terribly|just as|as|) (hard|tough|difficult|stressful|awful|painful|rough|horrible|terrible|a nightmare|hell|exhausting|miserable|draining|upsetting|embarrassing|humiliating) (on|for) me",
			"(has|have|had|is|was|has been|have been|had been|is being) (so|really|very|incredibly|extremely|pretty|awfully|terribly|just as|as|) (hard|tough|difficult|stressful|awful|painful|rough|horrible|terrible|a nightmare|hell|exhausting|miserable|draining|upsetting|embarrassing|humiliating) (on|for) me",
			"(i am|i was|i have been) the one (who is|that is|who was|who has been|who is been|that is been|who is being|being) (hurting|suffering|punished|blamed|paying|left|ignored|alone|humiliated|embarrassed|talked about|whispered about|in pain|losing|struggling|hurt|wronged|let down)",
			"(i am|i was) the one (everyone|everybody|people|they) .. (whispering|talking|laughing|gossiping|blaming|staring|pointing)",
			"(i am|i was) the one who (woke|wakes|has to live|had to live|has to deal|had to deal|gets|got|lost|has lost|suffers|suffered|looks|looked) (up|with|blamed|punished|the blame|nothing|like|stupid|everything|my)",
			"(you|nobody|no one) (do not|does not|did not|have no|has no|can not|will never) (know|idea|imagine|understand|realize|realise|see) how (much|hard|bad|awful|terrible|difficult|painful|miserable) ... (i|me)",
			"(nobody|no one|none of you|you do not even|you never) ... (care|cares|cared|asked|asks|ask) (about|) (how i (feel|felt|am)|about me|about my feelings|what i am going through)",
			"(i have been|i am|i was) (so|completely|absolutely|totally|) (miserable|a wreck|wrecked|devastated|in pieces|going through hell|beating myself up|suffering|falling apart) (all week|for days|for weeks|since|over this|about this|too|as well|every day)",
			"(has|have|had|is) been (a|such a) (really|very|so|incredibly|pretty|) (tough|hard|difficult|rough|awful|terrible|horrible|stressful|miserable|bad) (year|week|month|time|few months|few weeks|day) (for me|on me)",
			"(i|we) (have had|had) (a|such a|the) (worst|nightmare|terrible|awful|horrible|rough|hard|tough|bad|difficult|stressful|miserable|shit|crap) (week|day|month|time|few days|year|weekend|few weeks)",
			"(i am|i have been|i was) (hurting|suffering|struggling|in pain) (too|as well|just as much)",
			"(what|how) about (me|my feelings)",
			"my feelings (matter|count) too",
			"(i am|i feel like) the (victim|bad guy|villain) (here|in this)",
			"(everyone|everybody) (hates|blames|is against|is blaming|is angry at|is angry with) me",
			"(have not|haven't) i (suffered|been punished) enough",
			"(i have|i have been) (suffered|punished) enough",
			"poor me",
			"(you|nobody|no one) (do not|does not|did not|have no|has no|can not) (know|idea|imagine|understand) (what|how much) (i have been|i am|i went|i have gone) (going through|through|dealing with|suffering)",
			"(i have been|i am|i keep|i have) (beating|kicking) myself",
			"(nobody|no one) (cares|cared|asked|asks|listens|listened) (about|to) (my side|me|my feelings|how i)",
			"(ruined|wrecked|destroyed) my (whole|entire|) (week|weekend|month|life|year|day)",
			"(i have been|i have gone|i went|i am going) through hell",
			"(everyone|everybody|people|you) (is|are) (treating|looking at) me like (a|an) (monster|criminal|villain|bad guy|pariah)",
			"spare a thought for (me|how i feel)",
			// Nobody-asks-about-me, in its variants: "nobody's asked how I'm coping".,
			"(nobody|no one|nobody's|none of you|not one of you|not one person) (has|have|had|) (even|once|ever|bothered to|thought to|) (asked|asks|ask|checked|wondered|thought about) (me|) (how|whether|if) (i am|i was|i have been) (coping|doing|holding up|feeling|managing|getting on|getting through|dealing)",
			"(nobody|no one|you never|you do not even) (seems to|seem to|ever|even|) (notice|notices|noticed|see|sees|saw|realise|realises|realize|realizes|appreciate|appreciates) how (much|hard|tired|stressed|exhausted|stretched|busy) (i|i am|i have)",
			"(i have been|i am|i was) (so|completely|absolutely|totally|) (in bits|in tears|beside myself|sick with worry|a mess|a nervous wreck) (all|about|over|since|for|every)",
		},
		Except: []string{
			"(for|on) me to (admit|say|write|accept|face|hear|read|see|realise|realize|understand|put into words)",
			"(must|must have) (be|been) .. (for|on) you",
			"how much (i|i have|i am) (regret|regretted|wish|love|care|miss|sorry)",
			"(when|whenever|if|after|once|on days) (i|i have|i have had|i had) (had|have) (a|an) (*|) (rough|bad|hard|long|tough|difficult|stressful|awful|horrible|terrible) (day|week|shift|night)",
			"(when|whenever|if|after|once|on days) (i have|i) had (a|an) (*|) (rough|bad|hard|long|tough|difficult|stressful|awful|horrible|terrible) (day|week|shift|night)",
		},
		Run: reportUnquoted,
	}
}
