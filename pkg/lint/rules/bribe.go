package rules

import "github.com/apology-cli/apology/pkg/lint"

// Bribe flags a gift offered in exchange for forgiveness.
func Bribe() *lint.Rule {
	return &lint.Rule{
		ID:       "bribe",
		Severity: lint.Warning,
		Summary:  `A gift offered in exchange for forgiveness: "I bought you this so you'll forgive me", "this should make up for it".`,
		Why: `A gift must not feel like buying forgiveness: it turns the apology into a trade. ` +
			`A remedy offered freely, with no strings, is fine.`,
		Message:    `"{phrase}" offers a gift in exchange for forgiveness`,
		Suggestion: `Offer the remedy with no strings attached, and leave forgiveness to them.`,
		Bad: []string{
			"I picked up the concert tickets you wanted, so hopefully we're even now?",
			"I've left a bottle of wine on your step, and I'm hoping that goes some way towards us being mates again.",
			"We've booked you a spa day, so think of it as a fresh start.",
			"As a goodwill gesture we will add a free month, provided you agree to close the complaint.",
			"We'll include two extra design rounds at no charge once the renewal is signed.",
			"We can give you 20% off if you'd be willing to amend your review.",
			"I bought you the earrings so you'll forgive me quicker.",
			"I've booked us a weekend away. That should make up for it.",
			"If you forgive me I'll take you to that tapas place.",
			"In return we'll include a free towel rail.",
		},
		Good: []string{
			"I've picked up a new lamp to replace the one I broke, and I'll bring it round on Saturday.",
			"We'll include the extra revisions at no charge, whether or not you renew.",
			"We've refunded the full fare, and you're free to keep your review exactly as it is.",
			"I've left your tools on the porch, and I hope that goes some way towards showing I meant what I said.",
			"The credit will show on your statement once the refund is processed.",
			"I'll pay for a replacement lens, whatever you decide about us.",
			"I know nothing I buy could make up for it.",
			"I'd like to make it up to you by cooking dinner, if you're open to it.",
			"I don't expect anything in return.",
		},
		Phrases: []string{
			// A gift priced against the wrong.
			"(which|this|that|it|these|they) (we|i) (trust|hope|believe|am sure|are sure|are confident|am confident|expect|feel) (will|should|would|is going to) (more than|) (make up for|make it up|square things|smooth things over|compensate)",
			"(will|should|would|ought to|is going to|are going to) more than (make up for|make it up|compensate|square)",
			"(that|this|it|which|these|this gift|that gift) (hopefully|surely|) (makes|make|will make|should make|ought to make|has made|made) (us|things|it|everything) (even|square|all square|quits)",
			"(on me|i will (pay|buy|get|treat|cover)|my treat|i am buying|i am paying) ... if you (will|would|can|could|agree to|promise to) (let (this|it|that|this one|that one) (slide|go|drop)|forgive|forget|drop (it|this|that)|overlook|stop being)",
			"(so|so that|in the hope that|hoping|hoping that|in case it helps) you (will|would|might|can|could) (forgive|forget|stop being|not be|be less|feel better about me|take me back|give me another)",
			"(this|that|it|which|these|those|they|the (gift|present|flowers|trip|bag|weekend|tickets|dinner)) (should|will|ought to|must|might|is going to|are going to|has to|have to|has got to|hopefully will|surely) (make up for|make it up|square things|square us|smooth things over)",
			"(this|that|it|these|which) (will|should|might|is going to|hopefully will) (buy|earn|win) (me|) (your|back your) (forgiveness|love|trust)",
			"(does|will|would|can|could|did) (this|that|it|these) (make up for|make it up|make things right|square things|help you forgive)",
			"if you (will|would|) (forgive|forgave) (me|us) .. (i|we) (will|would|can|could|shall) (buy|take|get|book|treat|give|pay|cook|throw|bring|send|make|order|include)",
			"(once|when|as soon as) you (forgive|have forgiven|forgave) (me|us) .. (i|we) (will|would|can|could|shall) (buy|take|get|book|treat|give|pay|cook|throw|bring|send|order|include)",
			"in (return|exchange) .. (i|we) (will|would|can|could|shall|are happy to|am happy to) (include|give|offer|throw|buy|add|send|pay|refund|take|waive|upgrade)",
			"(i|we) (will|would|can) (buy|get|give|send|pay|treat|take|book|add|include|order|credit|offer|sort) ... (if|once|as soon as) you (forgive|unblock|take me back|come back|call me|ring me|reply|drop|withdraw|remove|delete|close|agree|confirm|take down|stop being)",
			"^ if you .. (hold off|take down|remove|delete|drop|withdraw|change|edit|update|forgive|unblock|agree) ... (i|we) (will|would|can|could) (throw in|give|add|include|send|offer|buy|get|treat|take|pay|credit|refund)",
			"throw in (a|an|some|) free",
			"(bought|got|ordered|booked|brought|sent) (you|us) ... (so|and) (can we|we can|hopefully|maybe) (call it|be even|be square|move on|forget|be good)",
			"(gift|present|flowers|voucher|gift card|chocolates|bracelet|necklace|jewellery|jewelry|bag|tickets|perfume) ... (to make up for|should make up for|makes up for|will make up for)",
			"(this|that|the|these) (gift|present|flowers|voucher|gift card|chocolates|bracelet|necklace|tickets) (should|will|might|could) (make things better|make it better|fix things|fix this|fix it|smooth things over)",
			"(this|that|these|it) (*|) (makes|make) up for (it|this|that|everything)",
			"(withdraw|remove|drop|delete|take down|retract) (the|your|that) (complaint|review|claim|post|comment|report|case) ... (after which|and then|then|in return|and) .. (i|we) (will|would|can|could) (be happy to|be glad to|offer|give|refund|reduce|waive|include|add|credit|throw in)",
			"(waive|discount|refund|credit|cover|upgrade|give you) ... if you (decide|agree|choose|promise) to (stay|remain|keep|continue|renew|remove|withdraw|delete|drop)",
			"in (return|exchange) for (your|you) (forgiveness|forgiving|removing|taking|withdrawing|dropping|deleting|agreeing|giving)",
			"(buy|earn|win|get) (back|) (your|back your) (forgiveness|love|trust) (with|by|back with)",
			"(to|will|should|hopefully) (buy|win) (your|back your) (forgiveness|love)",
			"(bought|got|ordered|booked|brought|sent|getting|buying) (you|us|your) ... (so|so that) you (will|would|can|might|could) (forgive|forget)",
			// A gift bought so the matter can be put behind.
			"(bought|got|ordered|booked|brought|sent|picked up|booking|buying|getting) (you|us|your|) ... (so|so that|and then) (we|you) (can|could|will|might|may) (all|just|finally|) (put (this|it|that|all this|all of this) behind|move on|forget|call it|be (even|square|good|okay|ok|friends)|start again|start over|get past)",
			"to (smooth things over|smooth it over|smooth this over|square things|keep you (sweet|happy|onside|quiet)|win you (back|round|over)|get back in your good books|buy your forgiveness|make you forget|help you forget)",
			"(hope|hoping|trust) (that|) (this|that|it|these|the (credit|voucher|gift|refund|discount|present)) (will|can|might|helps|help|will help|can help|might help|goes some way to helping) (you|) (forget|put this behind|put it behind|move past|move on|smooth)",
			// Something free in return for a changed review.,
			"(free|complimentary|discount|voucher|credit|gift|refund|meal|month|upgrade|on the house|on us) ... (once|when|as soon as|if|after|provided|in return for) you (have|) (update|updated|remove|removed|delete|deleted|change|changed|amend|amended|edit|edited|withdraw|withdrawn|take down|taken down|revise|revised|updating|removing|deleting|changing)",
			"(once|when|as soon as|if|after|provided) you (have|) (update|updated|remove|removed|delete|deleted|change|changed|amend|amended|edit|edited|withdraw|withdrawn|take down|taken down|revise|revised) (your|the|that) (*|* *|) (review|rating|complaint|post|comment) .. (we|i) (will|would|can|could|shall) (be happy|be glad|happily|gladly|offer|give|send|add|include|throw|refund|credit|treat)",
			"(hope|hoping|hopefully|trust) ... (helps|help|will help|can help|might help|goes some way|go some way|goes a little way|will go some way|goes a long way|will go a long way) (to|towards|toward|in|) (make up for|making up for|put this behind|putting this behind|put it behind|putting it behind|win you back|winning you back|get back in your good books|smooth things over|smoothing things over)",
			"(complimentary|free|voucher|credit|gift|discount|upgrade|on the house|on us|bottle of) ... ... (and|so|in the hope|hoping) (we|i|that) (hope|trust|would ask|ask|would appreciate) (that|) you (will|would|might|could|can|may|) (revise|update|amend|change|reconsider|remove|edit|take down|delete|withdraw)",
			"(voucher|gift|present|flowers|chocolates|tickets|wine|bottle|necklace|bracelet|earrings|watch|perfume|bag|treat|round|drinks) ... (so|so that|and then|and) (we|you) (can|could) (just|all|hopefully|finally|) (forget (it|about it|this|about this|all this|the whole thing|about the whole thing)|put this behind|put it behind|move on|call it (even|quits|square))",
			// A gift offered as the settlement: "added a free month, which we hope...", "ordered you a blanket, so hopefully we are good?".
			"(free|complimentary|gift|voucher|present|bonus|treat|on the house|on us|personalised|personalized|extra) ... (which|that|and that|and this|this) (we|i) (hope|trust|think) (will|should|can|might|) (make|makes|go|goes|help|helps|put|puts|square|squares|smooth|smooths|settle|settles|win|wins|earn|earns|buy|buys|keep|keeps|make it|makes it|more than|is enough|will be enough|should be enough|clear|clears)",
			"(free|complimentary|gift|voucher|present|bonus|treat|on the house|on us|personalised|personalized|extra) ... (which|that|and that|and this|this|it|so that) (should|will|ought to|hopefully will|i hope will|we hope will|must|surely) (make things right|make it right|put things right|make amends|square things|settle things|even things up|even things out|smooth things over|make everything right|make it all right|put it right|set things right|square us up)",
			"(bought|ordered|got|sent|booked|made|added|included|thrown in|treated|picked up|getting|buying|ordering) (you|us|your|a|an|some) ... (so|and so|which means|and) (hopefully|i hope|fingers crossed|surely) (we are|we can|it is|things are|you are|you will|that is|all is|everything is|we will|you can|this) (good|okay|ok|square|even|cool|fine|sorted|friends|quits|forgiven|forgive|all good|back to normal|over it|be)",
			// A treat priced against being on good terms again.
			"(get|buy|bought|got|take|treat|cook|pay|order|ordered|book|booked|send|sent|on me|my treat) ... if (it|that|this) (means|will mean|gets|makes|helps|will make) (we are|you are|things are|everything is|us|you|we can) (good|okay|ok|square|even|cool|fine|friends|sorted|be|forgive|forget|move on)",
			"(bought|got|ordered|booked|brought|sent|picked up) (you|us|your|those|the|that|a|an|some|them) ... (,|so|and|now) (can we|could we|we can) (just|please|please just|) (be normal|go back to normal|get back to normal|be good|be okay|be ok|be fine|be cool|move on|forget|be friends|call it)",
			// A treat said to square things between them.
			"(on me|my treat|on us|i will (buy|get|pay|treat|cook)|i am (buying|paying)|bought you|got you|ordered you|booked|drinks|lunch|dinner|coffee|a round|gift|present|voucher|flowers) ... (hopefully|i hope|we hope|and|so|which) (that|this|it|) (squares|settles|evens|smooths|square|settle|even|smooth) (things|it|us|everything|matters) (up|out|over|between us|with you|)",
			// A discount so that a review can be updated.
			"(off|discount|voucher|credit|free|complimentary|refund|gift|goodwill|on us|on the house) ... ... (so that|so|in the hope that|and|once|then|after which) (your|the|that) (*|* *|) (review|rating|complaint|post|comment) (can|could|will|might|may|should) (now|then|) be (updated|amended|removed|changed|revised|edited|taken down|deleted|withdrawn)",
			// Money off or a treat to close the matter.
			"(knock|knocked|knocking|take|took|taking|give you|giving you|refund|refunding) (*|* *) off ... (so|so that|if|and|in the hope) (that|) (we|you) (can|could|will|would|might) (put (it|this|that|all this|everything) behind us|draw a line under|forget (it|this|about it|about this)|call it (quits|even|square|evens)|be (good|square|even|quits|friends))",
			"(got|bought|booked|ordered|treated|getting|buying|booking) (us|you|u) ... (so|and|which) (hopefully|i hope|) (that|this|it) (squares|settles|evens|square|settle|even|should square|will square) (things|it|us|everything|matters) (up|out|)",
			"(free|complimentary|on the house|on us|voucher|discount|gift|refund|treat|bottle|hamper) ... ... ... (you will|you would|you might|you could|you can|you may) (consider|think about|be willing to|be happy to|kindly|) (updating|update|amending|amend|changing|change|revising|revise|removing|remove|taking down|take down|editing|edit|deleting|delete|reconsidering|reconsider) (your|the|that|this) (*|) (review|rating)",
			// A gift, then the question whether all is well now.
			"(@give|got|bought|gave|sent) (you|u|ya) ... (are we|we are) (okay|ok|good|cool|fine|square|even|sorted|alright|all right|friends again) (now|again|)",
			// A treat offered on condition of forgiveness.
			"(@give|take|pay for) (you|u|ya) ... if (you|u) (will|would|) (just|only|) (forgive me|give me another chance|take me back)",
			// A payment or gift as settlement: "which should settle the matter".
			"(settles|settle|settled|closes|close|squares|square) (the|this|that) (matter|issue|score|complaint|account between us)",
			"(consider|call) (us|it|ourselves|things|the score|the matter) (square|even|quits|settled|sorted)",
			// A gift as the message that all is forgiven.
			"(my way of|a way of|to) (saying|say) (we are|that we are) (good|ok|okay|even|square|cool|fine|sorted|friends again)",
			// Buying one's way back into favour.
			"(buy|buying|buys|bought) (back|) (your|my way back into your|my way into your|my way back to your) (good books|good graces|good side|forgiveness|favour|favor|trust|love|affection)",
			// A gift of any wording, then the hope that all is square now.
			"(@give|got|bought|gave|sent|picked up|ordered|booked|left) ... ... (so|and so|which means|and) (hopefully|i hope|fingers crossed|surely|maybe) (we are|we will be|things are|you are|it is|everything is|that makes us|that is us) (good|okay|ok|square|even|cool|fine|sorted|friends|quits|all good|forgiven|back to normal|good again|friends again)",
			// A gift hoped to buy back good terms: "goes some way towards us being friends again".
			"(voucher|gift|present|flowers|chocolates|tickets|treat|drinks|dinner|lunch|coffee|bottle|cake|wine|hamper|card|credit|refund|discount|weekend|trip) ... ... (that|this|it|which|they|these) (goes|go|will go|might go|should go|helps|help|will help) (some way|a little way|a long way|part of the way|) (to|towards|toward|in) (us|me|) (being|getting|get|be|becoming|staying) (friends|okay|ok|good|square|even|back to normal|on good terms|mates|back on track|back in your good books)",
			// A gift named as the fresh start or the settlement.
			"(@give|got|bought|gave|sent|picked up|ordered|booked|left|planned) ... ... (think of|consider|call|treat|see) (it|that|this|them|those) (as|) (our|a|my|the) (fresh start|clean slate|new start|new beginning|peace offering|truce|reset|way of saying sorry|making up)",
			// Goodwill that holds only while the reader stays, signs, accepts or drops a claim.
			"(gesture of goodwill|goodwill gesture|at no charge|at no cost|free of charge|complimentary|on the house|on us|voucher|credit|discount|refund|off) ... ... (provided|provided that|on condition that|so long as|as long as|on the understanding that) (you|your) (accept|agree|sign|withdraw|remove|drop|update|renew|stay|remain|confirm|close|do not|will not)",
			"(gesture of goodwill|goodwill gesture|at no charge|at no cost|free of charge|complimentary|on the house|on us|voucher|credit|discount|off) ... ... (once|when|as soon as|if) (the|your) (renewal|contract|extension|new contract|subscription renewal) (is|has been|goes|gets|comes)",
			"(gesture of goodwill|goodwill gesture|at no charge|at no cost|free of charge|complimentary|on the house|on us|voucher|credit|discount|off) ... ... (once|when|as soon as|if) you (renew|have renewed|sign|have signed|extend|re-sign|resign)",
			// Money off in return for a changed review, however politely asked.
			"(free|complimentary|discount|voucher|credit|gift|refund|off|on the house|on us) ... (once|when|as soon as|if|after|provided) (you|u) (would|will|could|can|might|) (be willing to|be happy to|be able to|consider|kindly|agree to|like to|be so kind as to|not mind) (update|updating|remove|removing|delete|deleting|change|changing|amend|amending|edit|editing|withdraw|withdrawing|take down|taking down|revise|revising) (your|the|that)",
		},
		Except: []string{
			"(nothing|no gift|no present|not|never|can not|could not|can never|could never|will not) .. (make things right|make it right|put things right|make amends|square things|settle)",
			"(nothing|no gift|no present|not|never|can not|could not|can never|could never|will not|won't) .. (make up for|makes up for|make it up|make things right|buy|earn|win)",
			"(not|never) .. (in return|in exchange)",
			"(nothing|anything) in return",
		},
		Run: reportUnquoted,
	}
}
