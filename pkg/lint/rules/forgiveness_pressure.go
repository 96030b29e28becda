package rules

import "github.com/apology-cli/apology/pkg/lint"

// ForgivenessPressure flags demanding or rushing the reader's forgiveness.
func ForgivenessPressure() *lint.Rule {
	return &lint.Rule{
		ID:       "forgiveness-pressure",
		Severity: lint.Error,
		Summary:  `Demanding or rushing forgiveness: "you have to forgive me", "I deserve a second chance", "let's just move on", "forgive and forget".`,
		Why: `Forgiveness is theirs to give, in their own time. Pressing for it, or setting a deadline, ` +
			`makes the apology about what you want. Give them time.`,
		Message:    `"{phrase}" pressures them to forgive you`,
		Suggestion: `Leave the timing to them: "Take whatever time you need."`,
		Bad: []string{
			"You have to forgive me.",
			"I deserve a second chance.",
			"Let's just put it behind us and move on.",
			"Can we forgive and forget?",
			"We look forward to putting this behind us together.",
			"I'd love for everyone to move on and get back to normal.",
			"Let's let bygones be bygones.",
			"Please don't keep me waiting too long for an answer.",
			"All I ask is the chance I deserve.",
			"My years of service will speak for themselves.",
			"Please accept this in full and final settlement.",
			"I'll need an answer from you by Friday.",
			"After everything I've done for you, you owe me this.",
		},
		Good: []string{
			"Take whatever time you need.",
			"I'm not asking you to put this behind you.",
			"I can't forget what happened, and I don't want to.",
			"I hope one day you can trust me again, but that's yours to decide.",
			"I'll tell you everything before Friday.",
			"You deserve a chance to say what this cost you.",
			"I know you'll need time before you can put this behind you.",
			"Take as long as you need before you decide whether to put this behind you.",
			"I don't expect you to forgive me.",
			"I'll pay you back by Friday.",
			"When you're ready, I'd like to talk, and I'll wait as long as it takes.",
		},
		Phrases: []string{
			// Claiming the benefit of the doubt, hurrying them, declaring it closed.
			"(i|we) (deserve|have earned|earned|am owed|are owed|think i deserve|think we deserve|should get|should be given) (the|a bit of the|some) benefit of the doubt",
			"(please|) (do not|let us not|no need to|there is no need to|we do not need to|can we not|can we not just) (drag|dragging|keep dragging|string|drag out) (this|it|things|this whole thing|the whole thing|all this) (out|on)",
			"(ask|request|hope|trust|expect|would like|propose) (that|) (the|this) (matter|issue|complaint|incident|episode|dispute) (can|will|should|may|) (now|) (be|is) (now|) (considered|treated|regarded|deemed) (as|) (closed|resolved|settled|finished|concluded|over|at an end)",
			"(i|we) (now|) (consider|regard|deem) (the|this) (matter|issue|complaint|incident|episode|dispute) (as|) (now|) (closed|settled|concluded|at an end)",
			"(you have to|you need to|you must|you should|you ought to|you have got to|you got to|you just have to|please just) forgive (me|us)",
			"(i|we) (expect|need|want) you to (forgive|forget|move on|get over|let it go|let this go|put it behind)",
			"(i|we) (deserve|have earned|earned|am owed|are owed) (a|another|one more|your) (second|) (chance|shot|forgiveness|trust)",
			"(do not|don't) (i|we) deserve (a|another|your)",
			"you owe (me|us) (another|a|one more|a second) (chance|shot)",
			"you owe (me|us) (this|that|forgiveness|an answer)",
			"(let us|let's|can we|could we|we should|we need to|we have to|we must|i need us to|why can not we) (please|) (just|all|both|) (move on|move past|get past|put (it|this|that|all this|this whole thing) behind us|forget (about|) (it|this|that|the whole thing)|draw a line under|drop it|drop this|forgive and forget|not dwell)",
			"(important|time|high time|best) (that|) (we|you|for us to|for you to) (all|both|) (move|moved|get|got|put) (on|past|beyond|it behind|this behind)",
			"(we|you) (all|both|) (move|get) (past|on from|beyond) (it|this|that) (quickly|fast|now|already|soon|asap)",
			"forgive and forget",
			"(we can|we could|we should|let us|can we|could we|we need to|we have to) (all|both|just|) (move on|move forward|get past this|get past it) (now|already|quickly|right away|today)",
			"(it is|it's) (time|high time|about time) to (move on|let (it|this|that) go|put (it|this|that) behind)",
			"surely (you|we) (can|could|will)",
			"call it (even|quits|square|evens)",
			"^ (so|) are we (cool|good|okay|ok|fine|square|alright|all right|sorted) (now|then|again|) $",
			"(i would like|i want|i need|i would love) us to (move on|move past|put (it|this|that|this whole thing|all this) behind us|forget (about|) (it|this|that)|get past (it|this))",
			"forgive me (already|now|quickly|soon|right now)",
			"(can not|could not|why can not) we (all|) (just|) (move on|move past|get past|get over|put|forget|drop)",
			"(should|will|must) be the end of (it|this|that|the matter)",
			"what (more|else) (do|can|could) you (possibly|) want",
			"(we can|we could|can we|could we) (all|both|) just (forget|move on|move past|put it|put this|drop it|drop this|get past)",
			"(ask|request|expect|need|want) (that|) you (now|) (withdraw|remove|drop|delete|take down|retract) (the|your|that) (complaint|review|claim|post|comment|report|case)",
			"^ (so|) we are (all|) (good|okay|ok|cool|fine|square|sorted) (,|) (yeah|right|then|yes|now|again|are not we|aren't we)",
			"(can we|could we|let us|we should|we need to|we have to|we must) ... put (it|this|that|all this|this whole thing|everything) behind us",
			"(i trust|i expect|i assume|i am sure|i am confident) (that|) (we|you) (can|will|could) (now|) (draw a line|move on|put (it|this|that) behind|forget|consider (the matter|this|it) (closed|settled))",
			"draw a line under (it|this|that) (now|today|and move on)",
			"(need|want|have) to (know|hear) (that|) (we are|you are|it is|things are|everything is|you have) (okay|ok|fine|good|alright|all right|square|forgiven|forgiven me)",
			"^ (ring|call|text|message|answer|phone) me (back|) (tonight|today|now|immediately|asap|by|before)",
			"(need|want|expect) (an answer|a reply|a response|to hear from you|to hear back) ... before (i|you|we)",
			"(need|want|expect|would like|will need) (an answer|a reply|a response|your answer|to hear back|to hear from you) ... (by|before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend|next week|the end of|end of)",
			"(forgive|forgiven|forgiveness|answer|reply|move on|over it|over this|past this|past it|closed|back to normal|(we are|you are|it is|things are|everything is) (okay|ok|fine|good|all right|alright|square)) ... (by|before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|monday's|tuesday's|wednesday's|thursday's|friday's|saturday's|sunday's|tonight|tomorrow|the weekend|this weekend|next week|the end of)",
			"after (everything|all) (i have|we have|i) (done|did|given|sacrificed) for (you|us|this family)",
			"the least you (can|could) do",
			"(consider|treat) (the matter|this matter|this|things|the issue) (closed|settled|resolved|done|over)",
			"(consider|treat) it (closed|settled|resolved|over)",
			"how many (more|) times (do|must|will|should|have) (i|we) (have to|need to|got to|) (say|apologize|apologise|tell you)",
			"(i|we) (have|already) (already|) (said sorry|apologized|apologised) (enough|so many times|a hundred times|over and over|twice|three times)",
			"(stop|quit) (being (mad|angry|upset|cold)|ignoring me|punishing me|giving me the silent treatment|sulking|holding (it|this) over me)",
			"(you need to|you have to|you should|just|please) let (it|this|that) go",
			"(please|) tell me (we are|you are|it is|everything is) (okay|ok|fine|good|alright|all right|square|forgiven) (now|already|again)",
			// Hurrying it along.
			"(let us|let's) not (let (this|it|that|things) (drag on|go on|fester|linger|get in the way|come between)|drag (this|it|that|things) out|dwell on (it|this|that)|keep going over (it|this|that))",
			"(ask|asking|need|want|expect|would like|let us|we should|we must|we need to|we have to|can we|could we|time to|time we|now|just|please) .. (leave|put) (it|this|that|all this|all of this|everything|the matter|this matter|this whole thing|the whole thing|this episode|what happened) behind (us|you)",
			"(i|we) (need|want|expect) you to (say|tell me|confirm|agree|accept) (that|) (we are|you are|it is|things are|everything is|you have) (okay|ok|fine|good|alright|all right|square|forgiven|over it|past it|back to normal)",
			// A deadline on a review, rating or complaint being changed.,
			"(update|change|edit|remove|delete|amend|revise|withdraw|take down|retract) (your|the|that|my) (*|* *|) (review|rating|complaint|post|comment) ... (by|before) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend|next week|the end of|end of)",
			"(hear back|hear from you|know where we stand|know where i stand|get an answer|have an answer|your answer|a reply|a response|clear the air|draw a line|put this behind us|put it behind us|put all this behind us|go back to normal|get back to normal|be back to normal|be friends again|move on|move past this|be sorted|sort this out|sort it out|be okay again|be ok again|make up) .. (this week|today|tonight|tomorrow|by (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|the end of|tonight|tomorrow|next)|before (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|your|my|our|his|her|their|we|you|it|next|christmas|easter|tonight|tomorrow|then)|asap|as soon as possible|this weekend|right away|straight away)",
			"(we|we both|you and i|both of us) (both|) (deserve|need|are owed|have earned) (closure|a fresh start|a clean slate|to put this behind us|to move on|to move past this)",
			// Erasing what happened; what the writer is owed in return.
			"forget (that|about|) (it|this|that|any of (it|this|that)|the whole thing|all (this|that|of this|of that)|what happened) (ever|even|) (happened|took place|went down)",
			"pretend (it|this|that|nothing|the whole thing) (never|ever|) (happened|took place)",
			"after (all|) (the|these|those|my|our|*) (years|months|time|effort|work|hours|money|sweat) (i have|i had|i|we have|we|that i have|that i) (put|given|done|spent|invested|sacrificed|poured|devoted) (in|into|for|on|to)",
			"(i|we) (think|feel|reckon|believe|) (i|we|) (deserve|am owed|are owed|have earned|have earnt) (at least|) (a|an|some|your|the courtesy of a|one|the decency of a) (reply|response|answer|call|text|conversation|hearing|chat|word|message|explanation)",
			// Pushing things back to normal, a call demanded, the matter declared resolved.
			"(can|could) we (just|please just|just please) be (normal|okay|ok|good|fine|friends|cool|alright|all right) (again|)",
			"(can|could) we (please|) be (normal|okay|ok|good|fine|friends|cool|alright|all right) (again|) (now|already|yet)",
			"(ring|call|text|phone|answer) me (back|) (tonight|today|now|asap|immediately|right now) (yeah|ok|okay|right|alright|yes|yea|ya|yh|k)",
			"(i|we) (trust|expect|assume|am confident|are confident|am sure|are sure) (that|) (this|that|it|the (refund|credit|voucher|discount|offer|gesture)) (resolves|settles|closes|concludes|ends|will resolve|will settle|will close|will conclude|has resolved|has settled|puts an end to|brings an end to|draws a line under) (the|this|that|your) (matter|issue|complaint|dispute)",
			// Pressure with a deadline or a price.
			"(you can not|you cannot|you could not|you should not|you will not|you would not|please do not|do not you dare) (just|really|seriously|honestly|) (throw away|throw|chuck away|chuck|give up on|walk away from|end|waste|bin|write off) (*|* *|) (years|months|decades|everything|what we have|what we had|us|our marriage|our relationship|our friendship)",
			"(draw a line under|put (it|this|that|all this|all of this|everything|the whole thing) behind us|move on from) (it|this|that|all this|everything|the whole thing|) (before|by|ahead of|in time for) (*|* *|) (match|shift|game|party|birthday|wedding|meeting|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|tomorrow|tonight|training|practice|rehearsal|trip|holiday|dinner|do)",
			"so (that|) (we|we can|we could) (draw a line under (it|this|that|all this|everything)|put (it|this|that|all this|all of this|everything|the whole thing) behind us)",
			"(can|could|shall) (we|you) (just|please|) not (make|turn) (this|it|that|things|everything) (into|) (a big thing|a big deal|a thing|an issue|a fuss|a drama|a whole thing|a scene|a massive thing|a huge thing|a big drama)",
			"(i|we) (really|just|) (need|needs|want|have) to (hear|know) (that|) (we are|things are|you and i are|us two are) (all|) (good|ok|okay|fine|cool|alright|all right|sorted|square|friends|good again|okay again|ok again)",
			// Back to normal, on the writer's timetable.
			"(can we|could we|shall we|let us|so (that|) (we|things) (can|could)) (just|please|not|) (go|get) back to (normal|how (it|things) (was|were)|the way (it|things|we) (was|were))",
			// Forgiveness asked for as a statement to sign: "just say you forgive me".
			"(tell me|say|just say|please say|say that) (that|) (you|u) (forgive|have forgiven|will forgive) me",
			// A time limit on their anger: "you can't stay angry with me forever".
			"(you|u|i) (can not|could not|will not|should not|will not be able to) (stay|be|keep being|remain) (mad|angry|upset|cross|annoyed|furious|sore) (at me|with me|at us|with us|) (*|) (forever|much longer|for long|long|for ever)",
			// Closure announced for them: "we trust you will now put this behind you".
			"(trust|expect|assume|are confident|am confident) (that|) ... (will|can) (now|) (put|leave|consider) (this|that|it|the) (*|) (behind|closed|resolved|settled|done)",
			// The matter put behind everyone as the writer's wish, plan or
			// request, in any person and tense: "we look forward to putting
			// this behind us", "I need you all to have put it behind you".
			"(love|like|looking forward|look forward|want|need|needs|keen|eager|ask|asking|expect|expecting|urge) ... (put|putting|leave|leaving|get|getting|have put|have left) (it|this|that|all this|all of this|everything|the matter|this matter|this whole thing|the whole thing|this episode|what happened) behind (us|them|you|everyone)",
			"(love|like|want|need|ask|asking|expect|urge) (for|) (all of us|us all|us|everyone|everybody|both of us|us both|we all|you all|all of you) (all|both|) to (move on|move past|move forward|get past|get over|forget|let (it|this|that) go|draw a line)",
			// Stock phrases that declare the matter closed.
			"(let|letting|happy to let|willing to let) bygones be bygones",
			"(bury|burying) the hatchet",
			"(laugh|shrug|brush) (it|this|that|the whole thing) off",
			"(do not|don't|never|let us not|let's not) go to (bed|sleep) (angry|mad|upset|on an argument)",
			"(let us|let's|can we|could we|we can|we should) (just|all|both|) forget (about|) (it|this|that|tonight|today|last night|yesterday|the weekend|the other night|what happened|the whole thing|all (this|that|about it))",
			// Forgiveness owed and hurried: the chance the writer deserves,
			// waiting for an answer, a deadline on being okay again.
			"(chance|chances|forgiveness|trust|benefit of the doubt) (that|) (i|we) (deserve|have earned|am owed|are owed|have coming)",
			"(do not|don't|please do not|please don't) (make|keep) (me|us) (wait|waiting|hanging) (too long|so long|long|any longer|forever|for an answer|for a reply)",
			"(please|just|) tell me (we are|you are|it is|things are|everything is) (okay|ok|fine|good|alright|all right|square|forgiven|cool) (before|by) ",
			// A record or years of service offered in place of an answer.
			"(record|track record|years of service|service|reputation|history) (will|should|can|would) speak for (itself|themselves)",
			// A settlement that closes the complaint.
			"(in|as|by way of) (full and final|final) settlement",
		},
		Except: []string{
			"(can not|could not|will not|never|not|do not|would not) .. (forget|pretend)",
			"(you|you have|you had) (deserve|deserved|are owed|have earned) ",
			"(when|whenever|once|if|if and when) you (are|feel|have) (ready|able|had time|time)",
			"(not|never|no one|nobody) .. (expect|ask|asking|need|want|demand|deserve) .. (forgive|forgiveness|answer|reply|chance|move on)",
			"(not|never|no one|nobody) .. (expect|ask|asking|need|want|demand|deserve) ... (behind|bygones|forget|move on|move past)",
			// Time the reader may need is theirs, not a deadline.
			"(take|taking|need|needs|want|may need|will need) (time|space|a while|longer|as long as|whatever time|all the time)",
			"(as long as|whatever time|all the time|what time) (you|u) (need|needs|want|like)",
			"(pay|paid|return|returned|repay|transfer|send|sent|fix|fixed|replace|replaced|deliver|finish|finished) ... (by|before)",
			"(when|whenever|if|once) (you are|you feel|you) (ready|able)",
			"(tonight|today|now) (if|when|whenever) you",
			"(hope|hoping|wish) .. we are",
			"if you (would|had) (just|only|) let",
			// A gift bought so the matter can close is a bribe.
			"(got|bought|brought|ordered|sent|booked) (you|u|us) ... so (that|) (we|we can|we could) (put|draw)",
		},
		Run: reportUnquoted,
	}
}
