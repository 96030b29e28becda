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
			"It's been the week from hell and I'm running on empty.",
			"I've been going through a really rough patch.",
			"These past weeks have been some of the most humiliating of my life.",
			"It has been an extremely stressful month for our staff.",
			"No one will ever know how lonely I've been.",
			"This has been so hard on me too.",
			"You don't know how much I've suffered.",
			"I'm the one who's hurting here.",
			"I've had a nightmare week without this too.",
		},
		Good: []string{
			"I know this has been a hard week for you, and I made it harder.",
			"You've been in a dark place, and I wasn't there.",
			"Nobody should have to imagine how hard that morning was for you.",
			"The worst day of my life was nothing next to what I put you through.",
			"This must have been so hard for you.",
			"I'm the one who lied, and I'm the one who has to fix it.",
			"It was hard for me to admit this, but you deserve the truth.",
			"You've had a terrible week, and I made it worse.",
		},
		Phrases: []string{
			// The writer's own hard time, in any person and tense: exhaustion,
			// a dark place, the worst days of a life, a week hard on "us".
			"(i am|i have been|we are|we have been|i was|been) (running on (fumes|empty)|at the end of my tether|at my wits end|completely burnt out|burnt out|burned out|dead on my feet)",
			"the (day|week|month|year|weekend|summer|winter) from hell",
			"(i|we) (have been|am|are|was|were|have|had been) (in|going through|through) (a|such a) (really|very|pretty|truly|) (dark|bad|low|tough|rough|hard|horrible|awful) (place|time|patch|period)",
			"(have been|has been|were|was|are|is|had been) (some of|among|one of|) the (most (painful|difficult|stressful|humiliating|exhausting|lonely|gruelling|grueling|harrowing)|hardest|worst|darkest|toughest|loneliest) (days|weeks|months|time|times|period|year|years|moments|day|week|month|) of (my|our) (life|lives|career|careers|marriage)",
			"(has been|have been|was|is) (a|an|such a|such an) (incredibly|very|really|extremely|so|truly|particularly|) (difficult|hard|tough|painful|stressful|rough|challenging|trying|exhausting|draining|gruelling|grueling) (week|month|year|time|day|few days|few weeks|period|weekend) for (me|us|our team|our staff|my team|my family|our family|everyone here|all of us|the team|our people)",
			"(nobody|no one) (will|can|could|would|) (ever|) (understand|know|imagine|get) how (alone|lonely|hard|difficult|awful|isolated|terrible|guilty|low|bad|hard) (i|we|it has been|this has been)",
			// The writer's own misery, told in other words.
			"(i|i have|i had|i have been|i was|i am) (felt|feel|feeling) like (the|a|such a|a total|a complete|a right) (villain|bad guy|bad one|enemy|criminal|outcast|pariah|punchbag|punching bag|scapegoat)",
			"(it|this|that|all this|all of this|the whole thing) (is|has|was|had) (really|honestly|totally|properly|completely|just|) (been|) (doing|done) my head in",
			"(it is|it has|this is|this has|it was|this was|that has|that was|has|have|had|is) (been|) (the|my) (worst|hardest|toughest|roughest) (year|week|month|few months|few weeks|time|summer|winter) (of my life|of my career|i have ever had|ever)",
			"(i am|i have been|i was|i feel) (so|really|completely|totally|that) (stressed|exhausted|overwhelmed|anxious|burnt out|burned out|frazzled|wrecked) (that|) i (can|could) (barely|hardly|not|not even) (think|sleep|eat|function|breathe|cope|see straight)",
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
			// Nobody-asks-about-me, in its variants.
			"(nobody|no one|nobody's|none of you|not one of you|not one person) (has|have|had|) (even|once|ever|bothered to|thought to|) (asked|asks|ask|checked|wondered|thought about) (me|) (how|whether|if) (i am|i was|i have been) (coping|doing|holding up|feeling|managing|getting on|getting through|dealing)",
			"(nobody|no one|you never|you do not even) (seems to|seem to|ever|even|) (notice|notices|noticed|see|sees|saw|realise|realises|realize|realizes|appreciate|appreciates) how (much|hard|tired|stressed|exhausted|stretched|busy) (i|i am|i have)",
			"(i have been|i am|i was) (so|completely|absolutely|totally|) (in bits|in tears|beside myself|sick with worry|a mess|a nervous wreck) (all|about|over|since|for|every)",
			"(the|these|this|my) (last|past) (few|couple of|two|three|six|) (months|weeks|days|years|year|month|week) (have|has) (honestly|genuinely|really|) been (the worst|hell|awful|horrible|a nightmare|torture|so hard|really hard|miserable|the hardest|unbearable|agony) (of my life|for me|on me|in my life|i have ever had)",
			"(this|it|that|this week|this whole week|this whole thing|the whole thing|all of this|all this|this month) (has|have) (honestly|genuinely|really|) been (the worst|hell|awful|horrible|a nightmare|torture|so hard|really hard|miserable|the hardest|unbearable|agony) (of my life|for me|on me|in my life)",
			"(i|i have|i have been|i am) (barely|hardly|not|not even) (slept|eaten|been sleeping|been eating|been able to sleep|been able to eat|sleeping|eating|slept a wink)",
			"(nobody|no one|not one person|none of you|not a single person) (has|have|ever|even|) (thought|asked|cared|considered|wondered|stopped to think|bothered to ask|asked me|checked on me) ... (for me|on me|i feel|i am feeling|i am doing|about me|my side|i was)",
			// The writer's own sleeplessness, stress and tears.
			"(i have been|i am|i was|i have felt|i felt|i have) (so|completely|absolutely|totally|utterly|just|) (mortified|sick|distraught|devastated|miserable|a wreck|wrecked|heartbroken|in pieces|beside myself|in bits|a mess|gutted|wretched|awful|terrible|horrible|dreadful|rotten|lousy|lonely) (all weekend|all week|all day|all night|for days|for weeks|ever since|non stop|every night|since saturday|since friday|since sunday)",
			"(,|and|but|i have) (barely|hardly|not) (slept|eaten|slept a wink|been sleeping|been eating|sleeping|eating)",
			"(you|nobody|no one) (have|has|had|have got|) (no|not got any|not the faintest|not the slightest) idea how (stressed|tired|exhausted|hard|rough|difficult|awful|bad|miserable|lonely|busy|stretched|overwhelmed|anxious|hellish|horrible|tough|low|depressed|worn out|sick) (i|things|it|this|work|the last|life|my)",
			"(i have been|i was|i am|i have|i ended up|i keep) (crying|in tears|sobbing|breaking down|bawling|weeping) (in|at|every|all|on|for|myself|into|over|about|non stop)",
			// The writer's side can't take more; how distressing it was for them.
			"(i|we) (can not|could not|can not even|honestly can not) (do|take|handle|cope with|face|bear|stand|survive|go through) (another|one more) (day|night|week|minute|second|hour|weekend) (of|like) (this|that|it)",
			"(the|these|this|my|our) (last|past) (few|couple of|two|three|six|) (months|weeks|days|years|year|month|week) (have|has) (honestly|genuinely|really|) been (extremely|very|so|really|incredibly|deeply|hugely|truly|) (distressing|difficult|hard|stressful|upsetting|painful|tough|awful|draining|exhausting|horrible|miserable) (for|on) (me|us|our|my|the whole|everyone)",
			"(can be|could be|is|are|has been|have been|was|were) (so|truly|really|absolutely|utterly|) (devastating|crippling|ruinous|soul destroying|heartbreaking|crushing) (for|to) (a|an|our|my|any) (*|* *|* * *) (business|businesses|company|firm|restaurant|shop|family|team|livelihood)",
			// The writer's side has suffered too: "we have also been through a hard time".
			"(i|we|our *|my *) (have|has|had) (also|too|) been through (a|an|such a) (*|) (difficult|hard|tough|rough|terrible|awful|painful|stressful|traumatic|horrible) (time|period|week|month|year|few weeks|few months|day)",
			// Asking for the writer's suffering to be seen: "no idea what this did to me".
			"(any|no|the slightest|the faintest) idea (what|how) ... (done to|did to|does to|been for|was for|is for|been on|was on|cost|took out of|taken out of) (me|us)",
			// Self-reproach that asks for comfort: "the worst person alive", "a wreck without you".
			"(i am|i feel like|i feel|i am such) (the|a) (worst|most awful|most terrible) (person|human|friend|partner|boyfriend|girlfriend|husband|wife|son|daughter|mum|dad|human being) (in the world|alive|ever|on earth|on the planet)",
			"(i am|i have been|i feel like) (such|) (a|an|an absolute|a complete|a total) (mess|wreck|state|shell of myself) (without|since|because of|over|all week|these days)",
			// The writer's losses: "I want my life back", "lost so much over this".
			"(i|we) (just|only|really|) (want|need|would like|would love) (my|our) (life|lives|old life|normal life|peace|sleep) back",
			"(i have|i have already|we have) lost (so much|everything|a lot|a great deal|more than you know|so much sleep|sleep|friends|my job) (because of|over|from|since) (this|it|that|all this)",
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
