package rules

import "github.com/apology-cli/apology/pkg/lint"

// EvasivePassive flags wrongdoing told without anyone doing it.
func EvasivePassive() *lint.Rule {
	return &lint.Rule{
		ID:         "evasive-passive",
		Severity:   lint.Warning,
		Summary:    `Wrongdoing with nobody doing it: "mistakes were made", "things were said", "feelings got hurt", "it just happened".`,
		Why:        `"Mistakes were made" leaves out who made them. Take responsibility: name who did it (you).`,
		Message:    `"{phrase}" hides who did it`,
		Suggestion: `Put yourself in the sentence: "I made a mistake", "I said cruel things", "I hurt you".`,
		Bad: []string{
			"Mistakes were made.",
			"Things were said that shouldn't have been.",
			"Voices were raised and feelings got hurt.",
			"It just happened.",
			"Somehow word got around the whole floor.",
		},
		Good: []string{
			"I made a mistake, and I said things I regret.",
			"I raised my voice and hurt your feelings.",
			"I told Sophie, and she told the rest of the floor.",
			"You said things were tense at home, and I made it worse.",
		},
		Phrases: []string{
			"(mistakes|errors|bad choices|bad decisions|poor choices|poor decisions) (were|have been|got|had been) made",
			"(things|words|harsh words|hurtful things|unkind words|comments|remarks|stuff|some things) (were|got|have been|had been) (said|exchanged|done|spoken|thrown around|posted)",
			"(feelings|people|someone|somebody) (got|were|have been|had been|may have been|might have been|ended up|ended up getting) (hurt|upset|offended)",
			"(voices|tempers) (were|got) (raised|lost|frayed)",
			"tempers (flared|rose)",
			"(things|it|everything) (all|) got (heated|out of hand|ugly|messy|blown)",
			"(went|has gone|had gone|have gone) missing",
			"(was|were|got) sent to the wrong",
			"(lines|promises|trust|boundaries|rules|confidences|a confidence|a line|your trust|hearts|a promise) (were|was|have been|has been|got) (crossed|broken|betrayed|overstepped)",
			"(it|this|that|things|everything) (all|) (just|simply|somehow) (sort of|kind of|kinda|) (happened|came out|slipped out|came up|got out|went wrong|spiralled|spiraled|escalated|snowballed)",
			"(it|the secret|the news) (just|) slipped out",
			"(word|the news|the secret|it|the story|the rumour|the rumor|the photo|the photos) (somehow|just|) (got|spread|leaked) (around|round|out|back|about)",
			"word (somehow|just|) went (around|round)",
			"(it|the (video|photo|photos|post|message|screenshot|clip|story|secret|news)) (somehow|) (got|was|were) (shared|passed|spread|forwarded|sent) (around|round|on|about)",
			"what happened (...|) (just|simply|) happened",
			"(delays|problems|issues|errors|damage|oversights|failures|miscommunications) (were|was|have been|has been|had been) (experienced|caused|made|encountered|done|incurred)",
			"(it|the gate|the door|the window|the tap|the lid|the car|the oven|the dog|the cat|your) (*|) (somehow|) got (left|broken|damaged|lost|forgotten|deleted|spilled|spilt|knocked|scratched|dented|ruined|smashed|cracked|misplaced)",
			"(the gate|the door|the window|the tap|the oven|the back door|the front door) (was|were) left (open|unlocked|on|running)",
			"(a|the) ball (was|got) dropped",
			"(a mistake|an error|a bad call|a misjudgement|a misjudgment|an oversight|a decision) (was|has been|got|had been) made",
			"(your|some of your|part of your|most of your|all of your|some of the|part of the) .. (was|were|got|has been|have been) (damaged|broken|ruined|destroyed|cut down|taken down|removed|lost|deleted|scratched|dented|stained|spilled|spilt|leaked|shared|exposed|made public|posted|passed on|cut back|chopped down|knocked over|smashed|cracked|thrown away|binned|dug up|trampled)",
			"(it|the file|your email|the message|the form|the payment|the booking) (was|got) (overlooked|missed|forgotten|lost) somehow",
			// Agentless wrongdoing worded as events: "some mistakes happened", "the launch slipped", "Leo was left waiting".,
			"(mistakes|errors|problems|issues|oversights|mix ups|miscommunications|a mistake|an error|a mix up|an oversight) (just|simply|somehow|) (happened|occurred|crept in|arose|took place)",
			"(the|our|your|this|that) (launch|delivery|deadline|project|release|order|schedule|timeline|shipment|build|handover|refund|payment|repair|installation|update|parcel|package|date|work|booking|appointment|visit|launch date|go live) (slipped|has slipped|had slipped|was delayed|got delayed|has been delayed|had been delayed|was pushed back|got pushed back|has been pushed back|was held up|got held up|fell behind|ran late|overran|went out late|was missed|got missed|was cancelled|got cancelled|was canceled|got lost|was lost)",
			"(was|were|got|been|being) left (waiting|standing|stranded|alone|outside|behind|hanging|sitting|out in the|in the rain|in the cold|without|on (his|her|their|your) own|to (wait|cope|deal|fend|sort|find))",
			"(must|might|may|could) have (been|got) (left|lost|misplaced|deleted|forgotten|broken|dropped|knocked|damaged|thrown|binned|moved|mixed up|missed|overlooked)",
		},
		Except: []string{
			"(made|said|done|hurt|upset|offended|damaged|broken|ruined|destroyed|removed|lost|deleted|scratched|dented|stained|spilled|spilt|shared|exposed|posted|passed on|smashed|cracked|thrown away|taken down|cut down|knocked over) (by (me|us|my|our|what (i|we))|when (i|we)|because (i|we)|after (i|we)|while (i|we))",
			"(i|we|you) (was|were|got|have been|had been) left",
			"(slipped|delayed|pushed back|held up|missed|cancelled|canceled|lost|left (waiting|standing|stranded|alone|outside|behind|hanging|sitting|without)|left) ... (by (me|us)|because (i|we)|when (i|we)|after (i|we)|since (i|we)|as (i|we))",
			"(mistakes|errors|problems|issues|a mistake|an error) (happened|occurred|arose|took place) (because|when|after|since) (i|we|of me|of us|of my|of our)",
		},
		Run: reportUnquoted,
	}
}
