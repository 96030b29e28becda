package rules

import "github.com/apology-cli/apology/pkg/lint"

// MissingRepair fires when the letter offers no way to put things right.
func MissingRepair() *lint.Rule {
	return &lint.Rule{
		ID:       "missing-repair",
		Severity: lint.Warning,
		Document: true,
		Summary:  `The letter offers no repair or amends ("I'd like to make it up to you by ...", "I will pay for ...", "let me ...").`,
		Why: `An offer of repair is one of the two components of an apology that matter most: it shows you ` +
			`will carry some of the cost of what you did, not only feel bad about it.`,
		Message:    `the letter offers nothing to put it right`,
		Suggestion: `Offer something concrete that repairs the harm: "I'll pay for the replacement", "I'd like to make it up to you by ..."`,
		Bad: []string{
			"Gareth,\n\nI'm sorry I told the team about your diagnosis. It was my fault.\n\nGoing forward, I'm keeping what colleagues tell me to myself.\n",
			"Ines,\n\nI'm sorry for missing your recital. It was my fault. From now on I'll check my calendar before I say yes.\n",
			"Jess,\n\nI'm sorry. I've booked us a weekend away. That should make up for it.\n",
		},
		Good: []string{
			"Leon,\n\nI'm sorry I broke your lens. That was my fault. I will pay for a replacement.\n",
			"Mum,\n\nI'm sorry I forgot you. I'd like to make it up to you by taking you to the next appointment.\n",
			"Tomasz,\n\nI'm sorry I missed your shift. Let me cover your next two weekends.\n",
		},
		Evidence: isRepair,
		Phrases: []string{
			// Doing something for them: "I'll stay the whole weekend so you
			// can have a proper break". It starts at "so", clear of the
			// non-actions below ("I'll stay").
			"so (that|) you (can|could|do not have to|will not have to|do not need to|will not need to|get to) (have|get|take|rest|relax|sleep|go|focus|enjoy|spend|use|keep|pick|choose|worry)",
			// A credit or gift offered without strings (a bribe is caught
			// by ExceptSentence): "we'd like to add a £20 credit".
			"(i|we) (would like to|will|are going to|have) (add|added|give|given|offer|offered|apply|applied) (you|) (a|an) .. (credit|refund|voucher|discount|reduction|rebate)",
			// A list of remedies after "We have:", each item opening on what
			// was done: "- Refunded the full £312.40", "- cleared the fines".
			"^ (refunded|replaced|cleared|canceled|cancelled|corrected|withdrawn|withdrew|paid|reimbursed|credited|restored|removed|deleted|reversed|rebooked|reprinted|fixed|repaired|returned|reissued|waived|written off|wrote off|covered|rescheduled|reinstated|redone|reshot)",
			// A remedy promised whoever gives it: "tell me and the library
			// will reimburse you".
			"(will|would|can) (reimburse|refund|repay|compensate|pay back|cover) (you|your|it|the cost|the costs|them)",
			// An invitation to share in the putting right: "I'd like you to
			// be there when we release him".
			"(i|we) would (like|love) (you|you both|you and *) to (be there|come|join|see|meet|choose|pick)",
			// Money already on its way back: "I sent 100% of the deposit, by
			// bank transfer, this morning".
			"(i|we) (have|) (also|) (sent|paid|refunded|returned|transferred|repaid|wired) ... (by bank transfer|by transfer|to your account|to your card|by cheque|by check|in full|back to you)",
			// A remedy under way, in the present progressive: "I'm sending
			// you the money for the taxi now", "we're refunding the fee".
			"(i|we) (am|are) (now|already|also|) (sending|paying|refunding|covering|replacing|booking|ordering|driving|fixing|repairing|returning|transferring|reimbursing|crediting|picking * up|picking up|collecting|cleaning|rebooking|reprinting|redoing|arranging|organising|organizing) (you|your|the|it|them|a|an|her|him|back|up|for)",
			// A remedy already given, in the plain past with what it was
			// for: "we sent the referral marked urgent the day you called".
			"(i|we) (also|) (sent|refunded|reimbursed|credited|rebooked|reprinted|arranged|booked|paid|returned|replaced|transferred) (you|your|the|it|a|an) ... (urgent|same day|day you|that (day|evening|afternoon|morning)|straight away|right away|immediately|as soon as|today|yesterday|this morning|in full)",
			// A completed remedy in the business passive: the charge "has
			// been refunded", the post "has now been taken down".
			"(has|have) (now|already|just|since|also|) been (refunded|credited|reimbursed|replaced|corrected|fixed|repaired|returned|reversed|cancelled|canceled|removed|deleted|taken down|paid|paid back|repaid|reinstated|restored|rebooked)",
			"make (it|this|things|that) (up to you|right|up to both of you|good)",
			"make (amends|it up)",
			"put (it|this|things|that) right",
			"(set|put) (the record|things) (straight|right)",
			"(i|we) (would like|want|am going to|would love|am happy|am also happy|would be happy|am willing|have offered|intend|plan) to (pay|cover|replace|fix|repair|refund|reimburse|compensate|return|clean|replant|rebuild|redo|give back|pay back|buy you|get you|order|transfer|send|sort|help|take you|cook|drive|hand|organise|organize|arrange|apologise to|apologize to|correct|deal with|go through|sit down|listen|hear|put|offer)",
			"(i|we) (can|could) (pay|cover|replace|fix|repair|refund|reimburse|transfer|take you|cook|drive|come round|come over|help)",
			"(i|we) would (also|really|very much|) (like|love) (us|) to",
			"(i|we) (will|am going to|can|have|would like to) (buy|get|order) you (a|the|another|new|your|one)",
			"(taken|take|sent|send|brought|bring) (it|them|your *|the *) (to|in to|into) (the|a) (cleaner|cleaners|dry cleaner|dry cleaners|garage|repair shop|mechanic|jeweller|jeweler|menders|specialist|restorer|vet)",
			"(i will|i am going to|we will|let me|i can|i have|i have already|we have already|i will also|i have also) (pay|paid|cover|covered|replace|replaced|fix|fixed|repair|repaired|refund|refunded|reimburse|reimbursed|compensate|return|returned|clean|cleaned|replant|rebuild|redo|give you back|pay you back|paid you back|buy you a new|get you a new|transfer|transferred|send you|sent you|correct|corrected|processed|arranged|organised|organized|cleared|removed|deleted|withdrawn|reversed|retracted|cancelled|canceled|cover for|take over|hand|handed|book you|booked you|drop you|pick you up|make dinner|cook)",
			"(i|we) (have|have already) (told|emailed|messaged|written to|spoken to|contacted|called|rung|explained to|apologised to|apologized to) ... (correct|record|that it was me|it was me|it was my|came from me|was down to me|the truth|plainly|so (she|he|they) (knows|know|does not|doesn't|do not|don't))",
			"(i|we) (will|am going to) (tell|explain to|apologise to|apologize to|talk to|speak to) .. (that|it was|myself|in person|the truth)",
			"let me (make|fix|cover|pay|replace|repair|take|buy|cook|help|do|drive|handle|sort|put|clean|return|bring|get|start|treat|show|try)",
			"(is there|if there is|if there's) (anything|something) (else|) (i can do|that would help|that might help|i could do)",
			"what (can|could) (i|we) do (to|that)",
			"(a|full|the|your|partial) refund",
			"(offer|offered|give|bring|get) you (a|the) (replacement|new|refund)",
			"(i|we) (will|am going to|can|would like to|want to) (buy|get|order) (you|a) (a|new|another|replacement)",
			"(i|we) (will|am going to|am) (paying|covering|replacing|fixing|repairing|refunding|cleaning) (for|the|your|it)",
			"(happy|glad|willing) to (pay|cover|replace|fix|repair|refund|help|make|do|talk|take)",
			"(i|we) (would|will|am|are) (also|more than|) (be|) (glad|happy|willing) to",
			"(i|we) (have|have already|have also) (written to|emailed|rung|phoned|spoken to|contacted|messaged|called) ... (to|and) (explain|correct|tell|apologise|apologize|say|let|confirm|make|name|set)",
			"(here is|this is) what (i am|we are|i will be|we will be|i have been|i have|we have) (doing|done|going to do)",
			"(i|we) (have|have already) booked (*|* *) (meeting|meetings|a call|calls|a session|time) with (you|each of you|everyone|all of you)",
			"(tell me|let me know|ask me) what (would|might|will|could) help",
			"(i|we) (have|have already|have also) (sent|written|posted|emailed|put out) (a|an) (note|message|email|letter|correction|update|statement) ... (to|and) (correct|explain|clarify|set|make clear|credit|name)",
			"(i|we) (will|am going to|can|have) (venmo|paypal|e transfer|bank transfer|wire|zelle|revolut) (you|it|the)",
			"(full|whole|entire) (amount|sum|balance|cost|bill|price)",
			"(can|could|may) (i|we) (take|buy|cook|make|help|pay|fix|drive|come|treat|replace)",
			"(booked|book|called|arranged) (a|the) (cleaner|repair|plumber|electrician|mechanic|glazier|carpet cleaner|locksmith|decorator|builder|gardener|handyman)",
			"(i|we) (will|am going to|can) (do|take over|handle) (the|your) (school run|washing up|dishes|cleaning|chores|shifts|shift|laundry|cooking|rota|ironing|shopping)",
			"(i|we) (have|have already) sent (a|the) (correction|apology|retraction|clarification)",
			"(i|we) (will|am going to|would like to|want to|can) (reschedule|rebook|rearrange|repaint|restore|reprint|redo|retake)",
			"(i am|we are) taking you (out|to)",
			"(i|we) (have|have already) (asked|arranged for|got) (*|* *|* * *) to (give you|let you|credit you|correct|put you|return|refund|fix|replace|pay you|cover)",
			"(i|we) will (back you up|back it up|support you|vouch for you|stand up for you|speak up for you)",
			"(i|we) (have|have already|will) (handed|hand|given|give) (over|back|you back|it back|them back)",
			"(i|we) will come (round|over|by|back) (and|to)",
			// Completed repairs, in the writer's or the business "we" voice.,
			"(i|we) (have|have already|have also|have now|have just) (already|also|now|just|) (refunded|reimbursed|credited|replaced|repaired|fixed|paid|covered|rebooked|rescheduled|reordered|re ordered|waived|returned|reversed|reinstated|restored|redelivered|resent|reprinted|transferred|cleaned|replanted|repainted|reimbursing|refunding|replacing|repairing)",
			"(i|we) (have|have already|have also|have now|have just) (already|also|now|just|) (sent|posted|couriered|dispatched|delivered|ordered|bought|booked|got|brought) (you|) (a|an|the|your|another|two) (*|* *|) (correct|right|replacement|new|same|missing|spare|proper|refund|full|identical|fresh|copy)",
			"at (our|my) (own|) (cost|expense)",
			"at no (extra|further|additional|) (cost|charge) to (you|your|families|customers|anyone)",
			"(i|we) (will|will also|am going to|are going to|am also going to) (tell|explain to|apologise to|apologize to|talk to|speak to|ring|call|write to) ... (myself|ourselves|in person|face to face)",
			"(i|we) (have|have already|have also|have now) (booked|arranged|organised|organized) (for|) (a|an|the) (*|) (engineer|plumber|technician|repair|replacement|cleaner|contractor|joiner|electrician|builder|glazier|locksmith|courier|driver)",
			// Any first-person action done or to be done ("I've put £30 in your
			// jar", "we'll knock £75 off the rent", "ill wash the car"); the
			// Except list below removes non-actions, change plans, promises
			// and conditions on forgiveness.
			"(i will|we will|i am going to|we are going to|i shall|we shall|i am gonna) (also|then|now|personally|happily|gladly|first|just|) *",
			"(^|and|then|so|,) ill (also|then|now|personally|first|just|) *",
			"(i|we) have (already|now|just|also|since|today|) (put|taken|asked|sent|paid|bought|ordered|booked|rung|phoned|emailed|messaged|contacted|spoken to|written to|told|cleaned|washed|fixed|moved|returned|deleted|removed|cancelled|canceled|arranged|organised|organized|set up|handed|collected|picked up|found|replaced|covered|swapped|blocked|reported|updated|corrected|filled|signed|submitted|transferred|added|credited|waived|refunded|knocked|reset|restored|hired|offered|applied|repaired|reimbursed|printed|delivered|topped up|cleared|sorted|pulled|withdrawn|retracted|reversed|rebooked|rescheduled|reordered|got you|got the|given you|given back|dropped off|chased|raised|escalated|logged|fitted|installed|replanted|repainted|reprinted|redone|recorded|changed the|left a|made a (booking|reservation|donation|payment|transfer|appointment|complaint)|made an appointment)",
			"(i|we) (can|could) (also|) (pay|cover|replace|fix|repair|refund|reimburse|transfer|take|cook|drive|come|help|put|send|get|bring|give you|do|sort|clean|wash|swap|knock|drop|pick|collect|book|arrange|organise|organize|return|make|buy|order|set up|handle|run|sit down)",
			"let me *",
			// A replacement already on its way: "we have posted you a replacement set".
			"(free|new|brand new|full|fresh) (replacement|replacements)",
			"(replacement|replacements|refund|new one|new set|new copy) (*|* *|) (this morning|today|yesterday|by (tracked|next|first|special|recorded|courier)|on its way|in the post|went out|is on its way|will arrive|should arrive|should reach you)",
			"pay (you|u) back (every|each) (penny|cent|pound|last penny|single penny)",
		},
		Except: []string{
			"(after which|in return|in exchange|provided that you|provided you|as long as you|so long as you|once you have|on condition) .. (i|we) (would|will|can|could) (be|) (happy|glad|willing|offer|give|refund|include|waive|add|throw in)",
			"(not|never|can not|could not|will not|afford) .. (full|whole|entire) (amount|sum|balance|cost|bill|price)",
			"(nothing|never|not|can not|could not|will never|can never) .. (make|put) (it|this|things|that) (right|up to you|good)",
			"(nothing|never|not|can not|could not|will never|can never) .. make (amends|it up)",
			"would (also|really|very much|) (like|love) (us|) to (explain|say|start|begin|know|think|ask|clear|put this behind|put it behind|move on|forget|move past|get past|remind|point out|believe|tell you|thank|add|make clear|make it clear|be clear)",
			"would (like|love) to (apologize|apologise) (for|$)",
			"would (like|love) to (hear from you|hear back|see you|catch up|chat|meet up|grab a coffee|get a coffee|go for a drink|talk (soon|again|sometime|some time|when))",
			"let me (know|down|explain|be (clear|honest|frank|straight)|say|start|tell|ask|just say|put it|finish|remind|assure|add|be)",
			"(you|he|she|they) let me",
			"(pay|paid|paying) (more|closer|better|) attention",
			"come to terms",
			"(i|we) (will|can|could) (not|never) (pay|replace|fix|repair|undo|cover)",
			"(if|whether|once|when|until) (i|we) (have|had) (already|also|now|just|) (refunded|reimbursed|credited|replaced|repaired|fixed|paid|covered|sent|ordered)",
			// Non-actions: waiting, feeling, trying, remembering, promising.
			"(i will|we will|ill|i am going to|we are going to|i shall|we shall|i am gonna|i can|we can|i could|we could) (also|then|now|personally|happily|gladly|first|just|still|only|always|never|) (not|never|always|understand|be|wait|try|respect|remember|hope|miss|think|feel|know|need|want|accept|keep|make sure (it|this|that|i|we|nothing)|stop|start|continue|do better|learn|work on|change|listen|see|love|wish|imagine|say|admit|apologise (to you|again|for|once more|,|$)|apologize (to you|again|for|once more|,|$)|explain|tell you|leave you|give you (space|time|room|some|the space|all the|as much)|take (the time|time|a step|responsibility|some time|it slow)|let you|own|carry|live with|regret|forgive|ask|check|reflect|honour|honor|earn|prove|show you|do (anything|whatever|my best|everything)|get help|go to|seek|talk to someone|call you|ring you|text you|message you|look|read|answer|respond|reply|stay|behave|mean|trust|rebuild (trust|your|our|the trust|the relationship|what|that|this|things|us|my|it|a relationship|bridges)|cherish|treasure|value|appreciate|ever|only|never|hold|carry|owe|have to|go|get better|be there|leave it|back off|step back|give it|give this|put my|put your feelings|put you first|put you|put us|put family|put work|put the phone|put my phone|pay attention|make time|make (more|the) effort|make an effort|make this work|make changes|make a change|work harder|grow|improve|fight|quit|do that|do this|do it)",
			"(from now on|going forward|in future|in the future|next time|every time|whenever|from today|from here on|moving forward|each time|every (day|week|morning|night|evening|month|weekend)) ... (i will|we will|ill|i am going to|we are going to|i shall|we shall|i can|we can|i have|we have)",
			"(i will|we will|ill|i am going to|we are going to|i shall|we shall|i can|we can) ... (from now on|going forward|in future|in the future|next time|every time|whenever (i|we|it|there|something|anything|someone|somebody|plans|things|work|the|a|my|our)|again|always|never|each time|every (day|week|morning|night|evening|month|weekend)|from today|from here on|moving forward)",
			"(if|once|when|as soon as|provided) you (can|will|would|could|) (forgive|give me (a|another|one more)|take me back|come back|unblock|call me|talk to me) ... (i will|we will|ill|i am going to|we are going to|i can|we can|i could|we could|let me)",
			"(i|we) have (already|now|just|also|since|today|) (put you|put (a lot|some|much|more) of|put myself|put us|taken (time|some time|a step|a long|a hard|responsibility|a break|stock|a lot|you for granted|it out on you|advantage)|asked myself|told (myself|you (before|so|that|i|a|many))|found (it|myself|out|that|this)|moved (on|out|past|away)|cancelled on|canceled on|dropped (the ball|out|you)|paid (attention|the price|for it)|sent you (a|an|flowers|these|this)|booked (us|onto|on to|myself|into)|signed up|got (a lot|so much|to|used|nothing)|set up (home|a life)|left a (mess|trail|bad)|changed the (subject|way))",
			"(i|we) (can|could) (only|not|never|also not|hardly|barely|see|imagine|understand|tell|not help|help feeling|help thinking|take (it|this) back|go back|come back from)",
			"(i|we) (can|could) (also|) (do|make) (better|more|nothing|no|anything|everything|it up|this up)",
			// A gift or favour traded for forgiveness or a changed review is a
			// bribe, not a repair.
			"(if|once|as soon as|provided|when) you (could|can|would|will|) (just|) (unblock|forgive|decide to stay|agree|confirm|hold off|take down|remove|delete|drop|withdraw|update|change|edit|revise|close|stay|come back|take me back) ... (i will|we will|ill|i can|we can|i have|we have|i am going to|we are going to)",
			"(i will|we will|ill|i am going to|we are going to|i have|we have|i can|we can) ... (if|once|as soon as|provided|when) you (could|can|would|will|decide to|agree to|) (unblock|forgive|stay|agree|confirm|hold off|take down|remove|delete|drop|withdraw|update|change|edit|revise|close|come back|take me back)",
			"(i will|we will|ill|i am going to|we are going to|i have|we have|i can|we can) ... ... (make up for|smooth things over|put this behind|put it behind|put all this behind|draw a line|move on|forget (it|this|about it)|your review|the review|your complaint)",
			"(to make up for|to smooth things over|to smooth it over|as a thank you|in return|in exchange) ... (i|we) (will|have|would|can)",
			"(i will|we will|ill|i have|we have|i am going to|we are going to) .. (get|pick up|bring|buy|bought|got|picked up|ordered|order|grab|booked|book) (you|us|) (a|an|some|that|the|your|those|these|first|a bottle of|a bunch of|a box of) (nice|good|lovely|big|bottle of|bunch of|box of|) (wine|flowers|chocolates|cake|present|gift|bag|necklace|earrings|bracelet|perfume|takeaway|pizza|beer|beers|drinks|drink|round|pint|pints|treat|voucher|champagne|prosecco|bouquet|weekend|holiday|spa|massage|trip)",
			"(i will|we will|ill|i am going to|we are going to) ... as soon as (i|we) (possibly|) (can|am able|are able)",
			// Cutting someone off or leaving a club is a change, not a repair: "I've blocked her number and left the running club".
			"(i|we) have (already|now|just|also|since|) (blocked|unfollowed|deleted|muted|unfriended|left|quit) (her|him|them|his|their|that|the|my|this) (*|) (number|contact|account|profile|messages|chat|texts|socials|instagram|whatsapp|snapchat|facebook|club|group|gym|team|class|dating app|app|apps|contact details)",
			// A life-long vow is a promise, not a repair: "I'll spend the rest of my life making this up to you".
			"(spend|spending|devote|devoting|dedicate|dedicating) the rest of (my|our) (life|lives|days|time) (making|trying to make|to make|proving|earning|showing) (it|this|that|things|everything|) (up to you|up|right|good|to you|you)",
		},
		// A gift offered as the settlement ("..., so hopefully we are good?")
		// is a bribe, not a repair, wherever it stands in its sentence.
		ExceptSentence: []string{
			"(free|complimentary|gift|voucher|present|bonus|treat|personalised|personalized|flowers|bouquet|chocolates|hamper|canvas|blanket|necklace|bracelet|tickets|bottle) ... (which|so|and so|this|that|it) ... (make things right|make it right|put things right|make up for|makes up for|square things|smooth things over|set things right|we are good|we are square|we are even|we are cool|we are okay|we are ok|we are fine|we are sorted|call it even|call it quits|forgive me|forgive us|forget (it|this|about it|the whole thing))",
			"forget (it|this|that|the whole thing|all this|all of this|about it|any of this) (ever|even|) happened",
			"(so|and so|and) hopefully (we are|we can|things are|you are|we will|it is|all is|everything is|you will|you can) (good|okay|ok|square|even|cool|fine|sorted|friends|quits|back to normal|all good|move on|forget|put|forgive)",
		},
	}
}
