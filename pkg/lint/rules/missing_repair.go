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
		Phrases: []string{
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
		},
		Except: []string{
			"(nothing|never|not|can not|could not|will never|can never) .. (make|put) (it|this|things|that) (right|up to you|good)",
			"(nothing|never|not|can not|could not|will never|can never) .. make (amends|it up)",
			"would (like|love) to (explain|say|start|begin|know|think|ask|clear|put this behind|put it behind|move on|remind|point out|believe|tell you|thank|add|make clear|make it clear|be clear)",
			"would (like|love) to (apologize|apologise) (for|$)",
			"let me (know|down|explain|be (clear|honest|frank|straight)|say|start|tell|ask|just say|put it|finish|remind|assure|add|be)",
			"(you|he|she|they) let me",
			"(pay|paid|paying) (more|closer|better|) attention",
			"(i|we) (will|can|could) (not|never) (pay|replace|fix|repair|undo|cover)",
		},
	}
}
