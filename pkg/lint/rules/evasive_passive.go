package rules

import (
	"strings"

	"github.com/apology-cli/apology/pkg/lang"
	"github.com/apology-cli/apology/pkg/lint"
)

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
			"Two of the fence panels got smashed.",
		},
		Good: []string{
			"I made a mistake, and I said things I regret.",
			"I raised my voice and hurt your feelings.",
			"I told Sophie, and she told the rest of the floor.",
			"You said things were tense at home, and I made it worse.",
			"I reversed into your fence on Friday. Two of the panels got smashed.",
		},
		Phrases: []string{
			// Agentless mishaps in more shapes.
			"(it|this|that|things|everything) (all|) (sort of|kind of|kinda) (just|simply|somehow|) (happened|came out|slipped out|came up|got out|went wrong|spiralled|spiraled|escalated|snowballed)",
			"(some|the|your|a|an|our|certain|several|a few|some of the|some of your|one of the|one of your) (*|* *) (was|were|got|has been|have been|had been) (mislaid|misplaced|misfiled|mislabelled|mislabeled|mixed up|mishandled|misrouted|misdirected)",
			"(delays|errors|problems|issues|mix ups|oversights|glitches|disruptions|cancellations|hiccups|technical issues|system errors|administrative errors) (can|do|may|will|sometimes|unfortunately|occasionally) (unfortunately|sometimes|occasionally|inevitably|) (occur|happen|arise|crop up|creep in)",
			"(this|the|that|your|some|key|vital|important|crucial|allergy|allergen) (information|message|detail|details|note|instruction|instructions|request|warning|change|substitution|update) (was|were|got|had) (not|never) (been|) (passed on|passed|relayed|communicated|shared|given|forwarded|recorded|flagged|noted|logged|passed along|handed over)",
			"(your|his|her|their) (*|) (salary|pay|details|address|number|phone number|photo|photos|picture|pictures|message|messages|email|emails|letter|letters|records|data|information|file|files|name|payslip|results|diary|texts|post|posts|bag|bags|suitcase|luggage|parcel|order|keys|card|medical records|test results|report|figures|story|secret|news) (ended up|wound up|found its way|found their way) (on|in|onto|into|all over|being shown|being shared|being sent|getting shared|getting sent) (the|a|an|everyone|everybody|social media|facebook|instagram|twitter|whatsapp|front)",
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
			// Agentless wrongdoing worded as events.
			"(mistakes|errors|problems|issues|oversights|mix ups|miscommunications|a mistake|an error|a mix up|an oversight) (just|simply|somehow|) (happened|occurred|crept in|arose|took place)",
			"(the|our|your|this|that) (launch|delivery|deadline|project|release|order|schedule|timeline|shipment|build|handover|refund|payment|repair|installation|update|parcel|package|date|work|booking|appointment|visit|launch date|go live) (slipped|has slipped|had slipped|was delayed|got delayed|has been delayed|had been delayed|was pushed back|got pushed back|has been pushed back|was held up|got held up|was moved|got moved|was changed|got changed|was switched|fell behind|ran late|overran|went out late|was missed|got missed|was cancelled|got cancelled|was canceled|got lost|was lost)",
			"(was|were|got|been|being) left (waiting|standing|stranded|alone|outside|behind|hanging|sitting|out in the|in the rain|in the cold|without|on (his|her|their|your) own|to (wait|cope|deal|fend|sort|find))",
			"(must|might|may|could) have (been|got) (left|lost|misplaced|deleted|forgotten|broken|dropped|knocked|damaged|thrown|binned|moved|mixed up|missed|overlooked)",
			"(a lot|so much|loads|lots|a few things|too much|plenty) (of stuff|of things|) (got|was|were|has been|had been) (said|done|posted|written)",
			"(the|your|our|this|that) (*|) (bill|bills|payment|money|rent|invoice|deposit|transfer|refund|fee|fees|cheque|check|wages|salary|order|parcel|form|application|paperwork|booking|reservation|tax return|claim) (got|was|were|has been|had been) (paid|sent|filed|processed|submitted|delivered|made|returned|transferred|refunded|lodged) (late|too late|twice|after the deadline|to the wrong)",
			"(the|your|our|this|that) (*|) (bill|bills|payment|money|rent|invoice|deposit|transfer|refund|fee|fees|cheque|check|wages|salary|order|parcel|form|application|paperwork|booking|reservation|tax return|claim|email|letter|message) (was|were|has|had|got|have) (never|not) (been|) (paid|sent|filed|processed|submitted|delivered|made|returned|transferred|refunded|lodged|booked|confirmed|passed on|forwarded|actioned|received|chased)",
			"(the|your|our|my|his|her|their) (*|) (carpet|sofa|rug|car|floor|floorboards|wall|walls|table|dress|shirt|jacket|coat|book|laptop|phone|screen|bike|door|paintwork|bonnet|bumper|fence|lawn|sheets|mattress|suit|cushions|curtains|couch|upholstery|window|windscreen|vase|lamp|worktop|ceiling|tiles|kitchen|bathroom) (got|was|were|has been|had been|ended up|ended up getting|ended up being) (stained|scratched|dented|damaged|broken|ruined|marked|torn|ripped|cracked|chipped|smashed|soaked|burnt|burned|scuffed|wrecked|bent)",
			"(was|were|got|had been|has been|have been) (released|given|sold|allocated|reassigned|let|handed|passed|sent) (out|on|) to (another|someone else|a different|other|the wrong)",
			// Agentless passives with a past participle of any verb: "a number of
			// memberships were charged in error", "your wing mirror got knocked off".
			"(the|your|a|an|our|some|several|a few|a number of|all|both|most|two|three|this|that|these|those|it) .. (was|were|got|get|gets|has been|have been|had been|ended up getting|ended up being) (*ed|lost|cut|sent|put|left|thrown|taken|shown|given|read|told|shut|hit|dropped|knocked|deleted|forwarded) ((*|) (in error|by mistake|by accident|accidentally|wrongly|incorrectly|twice|too (far|early|late|much|soon|hard|short)|much too|far too|way too|to the wrong|to the whole|to everyone|to all|without (your|you|any|asking|permission|consent|notice|warning)|again|repeatedly|(two|three|four|five|several|a few) (weeks|days|times|months) (running|in a row)|while (it|they) (was|were)|while in)|off|out|over|down|back|round|around|on to|onto)",
			"(some|several|a number of|a few|many|a handful of|dozens of|hundreds of) (...|) (were|got|have been|had been) *ed",
			"(the|a|an) wrong (*|* *) (was|were|got|has been|had been) (*ed|sent|put|given|taken|shown|used|left|read)",
			"(the|your|our|this|that|the last|last (month|week|year)s|my share of the) .. (bill|bills|rent|payment|invoice|deposit|fee|fees|form|forms|order|parcel|email|message|letter|booking|reminder|post|bins|recycling|collection) (did not|never|has not|had not|have not) (get|got|been) (*ed|paid|sent|done|put|sent off|sent out)",
			"(voices|tempers) (get|gets|got|were|was|had been|have been) (raised|lost|frayed)",
			"(images|photos|pictures|files|data|records|emails|documents|details|notes|footage|videos|shots|recordings|messages|contacts|backups) (were|was|got|have been|had been|has been) (lost|deleted|wiped|corrupted|erased|overwritten)",
			"(went|got sent|was sent|were sent|got posted|was posted|got emailed|was emailed|got shared|was shared) (out|) to (the whole|everyone|all of|the entire|the wrong|every)",
			"(was|were|got|has been|have been|had been) (cut|chopped|trimmed|pruned) (back|down|off) (much|far|way|) too",
			// Work left undone with no one doing it.
			"(some|several|a number of|a small number of|a few|many|a handful of|some of (your|the|our)|a number of your|a few of (your|the|our)) (...|) (were|was|got|have|has|had) (not|never) (been|) (*ed|done|sent|put|taken|given|read|seen|paid) (correctly|properly|on time|in time|at all|as (promised|agreed|requested|planned|scheduled)|during|for|until|on|in|when|this|that|last)",
			"(the|your|our|this|that|these|those) (*|* *) (were|was|got|have|has|had) (not|never) (been|) (*ed|done|sent|put|taken|given|read|paid) (correctly|properly|on time|in time|as (promised|agreed|requested|planned|scheduled)) (on|in|by|during|for|until|when|and|,|$)",
			// Something published or stopped with no one doing it.
			"(*|your|his|her|their) (photograph|photo|photos|photographs|picture|pictures|image|images|name|full name|address|details|face|video) (was|were|got|has been|have been|had been) (printed|published|posted|shared|used|included|shown|displayed|put up|uploaded|circulated|named|tagged|sent out) (alongside|next to|beside|under|above|in|on|with|to|without|despite|even though|online)",
			"(your) (*|) (train|bus|flight|service|coach|ferry|tram|connection|journey|sailing) (was|were|got|has been|had been) (terminated|cancelled|canceled|diverted|curtailed|withdrawn|stopped short|turned around|short formed)",
			// Harm that ended up happening, or was done, with no one doing it.
			"(ended up|wound up|end up) (being|getting) (shared|sent|posted|forwarded|passed on|passed round|passed around|shown|leaked|spread|deleted|lost|thrown away|broken|damaged|cancelled|canceled|charged|printed|published|read)",
			"(a small number of|a handful of|a limited number of|a large number of|a number of|some|several|many) (*|* *|* * *) (accounts|customers|customer accounts|patients|patient accounts|members|orders|bookings|payments|households|residents|clients|users) (were|was|got|have been|had been|has been) (*ed|charged|billed|debited|sent|overcharged) (twice|in error|by mistake|incorrectly|wrongly|more than once|double)",
			// Damage, drift, cancellations and cars with no one doing them.
			"(a couple of|a few|some|one of|two of|three of|several of|both of|all of|most of|half of|one or two of|some of) (the|our|your|his|her|their|my) (*|* *) (got|were|was|ended up|ended up getting|have been|had been) (smashed|broken|cracked|damaged|shattered|ruined|scratched|dented|chipped|knocked over|knocked off|trampled|squashed|flattened|lost|stained|wrecked|snapped|bent|torn|ripped|knocked down|pulled up|dug up)",
			"(the|a|your|our|my|his|her|their) (pane|panes|window|windows|glass|greenhouse|pot|pots|plants|fence panel|panel|panels|gate|shed|mirror|plate|plates|mug|cup|glasses|ornament|ornaments|bulb|headlight|wing mirror|tyre|tire|wing) (got|ended up|ended up getting) (smashed|broken|cracked|damaged|shattered|scratched|dented|chipped|knocked over|knocked off|wrecked|snapped|bent|punctured|flattened)",
			"one thing led to another",
			"(the|our|my|those|these|all the|all those|all these|his|her|their) (*|* *) (just|simply|somehow|) (sort of|kind of|kinda) (just|) (snowballed|spiralled|spiraled|escalated|got out of hand|got out of control|took off|blew up|got out of hand)",
			"(the|our|my|those|these|his|her|their) (*|* *) (just|simply|somehow) (snowballed|spiralled|spiraled|got out of hand|got out of control)",
			"(had to be|has had to be|have had to be|needed to be|will have to be|has to be|have to be) (postponed|cancelled|canceled|rescheduled|delayed|withdrawn|suspended|pushed back|called off|put back|stood down)",
			"(it|the car|your car|my car|the van|your van|the bike|the truck|the motor) (ended up|wound up|got left|was left) (parked|) (on|in|across|blocking) (a|the|your|their|someone's|) (double yellow|double yellows|double yellow line|yellow line|yellow lines|bus lane|disabled bay|disabled space|loading bay|red route|ditch|verge|pavement|kerb|curb|driveway|no parking zone|no parking)",
		},
		Except: []string{
			"(i|we|you|he|she|they) (*|) (was|were|got|get|gets|have been|has been|had been|ended up) (*|) (*ed|lost|cut|sent|put|left|thrown|taken|shown|given|told|hit)",
			"(was|were|got|get|gets|been|being) (wrong|embarrassed|worried|scared|excited|tired|married|engaged|born|based|supposed|allowed|invited|used|bored|stressed|annoyed|frustrated|confused|concerned|interested|delighted|pleased|surprised|shocked|disappointed|distracted|overwhelmed|exhausted|terrified|frightened|ashamed|mortified|horrified|thrilled|relieved|impressed|convinced|determined|prepared|qualified|obsessed|involved|required|expected|designed|intended|meant|planned|organised|organized|fixed|repaired|sorted|resolved|replaced|cleaned|rescheduled|restored|recovered|approved)",
			"(*ed|lost|cut|sent|put|left|thrown|taken|shown|given|told|hit|dropped|knocked|deleted|forwarded) ... (by (me|us|my|our|what (i|we))|because (i|we)|when (i|we)|after (i|we)|since (i|we)|as (i|we)|(i|we) (had|did|forgot|failed|sent|put|made|let))",
			"(got|was|were|has been|had been|have been|has|had) (never|not|) (*|* *) .. (by (me|us)|because (i|we)|when (i|we)|after (i|we)|since (i|we))",
			"(made|said|done|hurt|upset|offended|damaged|broken|ruined|destroyed|removed|lost|deleted|scratched|dented|stained|spilled|spilt|shared|exposed|posted|passed on|smashed|cracked|thrown away|taken down|cut down|knocked over) (by (me|us|my|our|what (i|we))|when (i|we)|because (i|we)|after (i|we)|while (i|we))",
			"(i|we|you) (was|were|got|have been|had been) left",
			"(slipped|delayed|pushed back|held up|missed|cancelled|canceled|lost|left (waiting|standing|stranded|alone|outside|behind|hanging|sitting|without)|left) ... (by (me|us)|because (i|we)|when (i|we)|after (i|we)|since (i|we)|as (i|we))",
			"(mistakes|errors|problems|issues|a mistake|an error) (happened|occurred|arose|took place) (because|when|after|since) (i|we|of me|of us|of my|of our)",
			// A passive in an "if" or "once" clause is a hypothetical or a
			// condition, not a harm done by nobody: "if the brief had been
			// signed off on Monday", "once the review has been taken down".
			"(if|unless|once|until|when|after|as soon as) .. (had|has|have|were|was) (not|never|) been (*|) (*ed|done|made|sent|given|told|shown|taken)",
			"(if|unless|once|until) .. (had|were|was) (not|never|) (*ed|done|made|sent|given|told|shown|taken)",
		},
		// A sentence that names the writer as the one at fault is not
		// agentless, wherever in it the passive stands, nor is a passive
		// that only dates the writer's own act.
		ExceptSentence: []string{
			// A passive inside what the writer's side said is not agentless:
			// "our contact centre told you your collection had been completed".
			"(we|i|our * (then|also|) |our * * (then|also|)) (told|said|wrote|informed|assured|emailed|texted|claimed) (you|several of you|some of you|them|her|him|residents|customers|everyone)",
			"(my|our) (fault|mistake|doing|responsibility)",
			"(it|that|this) (is|was) (all|entirely|) on (me|us)",
			"before (anything|it|this|that|the *|any of it) (went|got|was|were)",
		},
		Run: reportEvasive,
	}
}

// reportEvasive reports the agentless passives outside quotes, except a
// harm to the reader's things told as a state ("your ceiling was
// soaked") after the writer has already said, in the first person, what
// they did: the consequence of an owned act hides nobody.
func reportEvasive(p *lint.Pass) {
	for _, m := range p.Positive() {
		if quoted(p.Doc, m.Start) {
			continue
		}
		if damageState(m.Pattern) && ownedBefore(p.Doc, m.Start) {
			continue
		}
		p.ReportMatch(m)
	}
}

// damageState reports the patterns of the family "a thing of the
// reader's in a damaged state": a participle of damage after the thing.
func damageState(pattern string) bool {
	return strings.Contains(pattern, "stained|scratched") || strings.Contains(pattern, "smashed|broken|cracked")
}

// ownedBefore reports whether, earlier in the same paragraph as token at,
// the writer owns an act in the first person: "I"/"we", or "our"/"my"
// and a noun, followed by a past tense ("our fitter drilled through a
// pipe", "I reversed into your fence").
func ownedBefore(d *lint.Document, at int) bool {
	toks := d.Tokens
	word := func(i int) string {
		return strings.ToLower(string(d.Src[toks[i].Start:toks[i].End]))
	}
	first := at
	for first > 0 {
		// Tokens of one contraction ("I'm": "i", "am") share its span.
		if from, to := toks[first-1].End, toks[first].Start; from < to && strings.Contains(string(d.Src[from:to]), "\n\n") {
			break
		}
		first--
	}
	for i := first; i < at; i++ {
		w := word(i)
		from := i + 1
		switch w {
		case "i", "we":
		case "our", "my":
			from = i + 2
		default:
			continue
		}
		for j := from; j < at && j <= i+3 && toks[j].Sent == toks[i].Sent; j++ {
			if c, _ := lang.Classify(word(j)); c&lang.VPast != 0 && c&lang.Noun == 0 {
				return toks[i].Sent < toks[at].Sent
			}
		}
	}
	return false
}
