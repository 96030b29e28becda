package rules

import "github.com/apology-cli/apology/pkg/lint"

// MissingChange fires when the letter has no concrete plan for change.
func MissingChange() *lint.Rule {
	return &lint.Rule{
		ID:       "missing-change",
		Severity: lint.Suggestion,
		Document: true,
		Summary:  `The letter has no concrete plan for change ("from now on I will ...", "going forward ...", "I have started ...").`,
		Why: `A declaration of repentance says how you will stop it happening again. A concrete, keepable ` +
			`change is more believable than a promise that it never will.`,
		Message:    `the letter doesn't say what you will do differently`,
		Suggestion: `Add one concrete change you can keep: "From now on, I'll ...", "I have started ..."`,
		Bad: []string{
			"Lily,\n\nI'm sorry I missed your graduation. I was wrong not to tell you sooner.\n\nI promise I will never miss another big day of yours.\n",
			"Rhys,\n\nI'm sorry I lied about the money. It was my fault. I will pay back the full £500.\n",
			"Ama,\n\nI'm sorry I posted that GIF. It will never happen again.\n",
		},
		Good: []string{
			"Lily,\n\nI'm sorry I missed your graduation. From now on, I book flights for family events a day early.\n",
			"Rhys,\n\nI'm sorry I lied. I have started seeing a debt adviser every Tuesday.\n",
			"Ama,\n\nI'm sorry I posted that GIF. Going forward, I'll ask before sharing anything about a colleague.\n",
		},
		Evidence: isChange,
		Phrases: []string{
			// A new routine, however it is worded: "we now open an hour
			// later", "there's now a notebook in the shed", "I've moved to
			// inspecting every seven days", "at each handover", "no loaf
			// leaves the ovens unless ...", "before any fine goes on".
			"(i|we|they|it|this|which|she|he|everyone|everybody) now (*|) (open|go|goes|read|reads|check|checks|issue|issues|record|records|sign|signs|ask|asks|keep|keeps|use|uses|send|sends|run|runs|have|has|get|gets|take|takes|text|call|confirm|confirms|review|reviews|count|counts|log|logs|test|tests|lock|locks|book|books|put|puts|print|prints|need|needs|must|come|comes|start|starts|finish|finishes|double|write|writes|go through|goes through)",
			"there (is|are) now (a|an|two|three|*)",
			"(a|the|our|every|each) (*|* *) now (stays|stay|appears|goes|gets|runs|checks|reads|signs|opens|sends|comes|sits|has|uses|keeps|works|starts|ends|closes|shows|lists|includes|requires|needs|carries|asks|calls|reviews|confirms|logs|tests|counts|issues|prints|records|waits|rings|texts|emails|locks)",
			"(every|each) (*) (now|) (has|have|gets|carries|comes with|includes|goes through|is checked|is tested)",
			"(i|we) have (moved|switched|changed|gone) to (*ing|a|an|weekly|daily|monthly|every)",
			"(every|each) (one|two|three|four|five|six|seven|eight|nine|ten|fourteen|other|*) (days|weeks|months|hours|minutes|shift|shifts|handover|handovers|visit|visits|session|sessions|night|nights|order|orders|delivery|deliveries|item|items|booking|bookings|route|routes|week|month|day|time|term|season|match|game|event|trip|flight|job|jobs|patient|child|hive|refund|refunds|fine|fines|loan|loans)",
			"at (each|every) (handover|shift|visit|session|meeting|check|stop|start|end|step)",
			"(no|every|each|any) (*|* *|* * *) (leaves|leave|goes|go|gets|get|is|are|will be|can be) ... (unless|until|without|before|after|once) (*|) (the|a|an|we|i|it|they|someone|somebody|two|both|our|my|its|their|has|have|is|are|been)",
			"(before|until) (any|every|each) (*|* *) (goes|go|is|are|leaves|gets)",
			// A dated start to a new way of doing things: "From 1 June, a
			// supervisor tags every mobility aid", "From the next trip, I
			// count heads by sight", "Before I next speak, I'll ...".
			"^ (from|starting|beginning|as of) (*|) (january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today)",
			"^ (from|starting|beginning) (the|) next (trip|match|meeting|shift|order|booking|time|term|season|week|month|game|session|event|visit|delivery|rota|one|year|review|payday|pay run)",
			"^ before (i|we) next",
			"^ since (*|) (january|february|march|april|may|june|july|august|september|october|november|december) (*|) (we|i|every|each|all|our|the|no|any)",
			"^ starting with (episode|issue|the next|next|our next|my next|the|this)",
			"(is|it is|that is|this is) now part of (our|the|every|each|) (induction|training|process|procedure|checklist|routine|policy|rota|handbook|onboarding)",
			// A habit for the future, tied to a first occasion: "I'll run
			// anything I say about you past you first, starting with ...".
			"(run|check|clear) (it|this|that|anything|everything|it all|them) ... (past|with) (you|them|her|him) (first|beforehand|before)",
			"starting with (the|your|my|our|next|this|tomorrow|tonight)",
			// Steps already taken so it can't recur: "since Saturday we
			// have: ...", "I've asked Dana to flag it to me", "I've put every
			// birthday in my phone with a reminder".
			"since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|then|that day|that night|yesterday|last week|last night|the incident) (i|we) (have|have now|now|have since)",
			"(i|we) have (also|now|already|) asked (*|* *) to (flag|tell|remind|check|call me out|pull me up|point it out|let me know|nudge|stop) (it|me|us|them|each other|whenever|if|when)",
			"(i|we) have (also|now|already|) (put|added|set|entered|saved|blocked) (every|all|each|the|our|my) ... (reminder|reminders|calendar|diary|phone|alarm|alarms)",
			// Changes already in place: "since Saturday we have made these
			// changes", "each one is now logged on the day it is agreed".
			"(i|we) have (made|put in place|introduced|brought in|set up|added) (these|some|the following|several|a few|two|three|four|new|a number of) (changes|steps|measures|rules|checks|safeguards|procedures)",
			"(is|are) now (*ed|checked|kept|done|made|sent|written|printed|logged|read|held|run) (by|from|on|before|against|every|within|in|at|twice|with|and|for)",
			"from (now|today|here|this point|this day) (on|onwards|onward|forward)",
			"(going|moving) forward",
			"in (the|) future",
			"(next|the next) time (i|you|we|something|anything|there|it|this|that)",
			"(i|we) (have|have already|have now|am|have just) (started|begun|starting|beginning|signed up|joined|enrolled|registered|booked onto|booked into|booked on|booked myself|set up|installed|stopped|cut down|cut back|quit|given up|made an appointment|taken steps)",
			"(i|we) (have|have been|am|will be|will start|have started) (seeing|going to|talking to|working with|attending|meeting) (*|) (counsellor|counselor|therapist|coach|doctor|gp|sponsor|support group|group|course|class|classes|debt adviser|adviser|advisor|mentor|meeting|meetings)",
			"(counselling|counseling|therapy|anger management|support group)",
			"(i|we) (will|am going to|are going to) (start|stop|make sure|make a point|be sure|limit|cut down|cut back|double check|schedule|block|set (a|an|up)|check (in|with you) (before|first|every|each))",
			"(i|we) (am|are) (keeping|sticking|cutting|quitting|giving up|stopping|limiting|changing|learning|working on|blocking)",
			"(i|we) (have|have already|have now|have also|have since) (set up|added|changed|fitted|created|scheduled|blocked|introduced|put in place)",
			"(set|setting|added|adding|put|putting|scheduled) (a|an|two|some|it|them|the date|this|that) (reminder|reminders|alarm|alarms|alert|alerts|in my calendar|in our calendar|in my diary|in the calendar|on the calendar|into my calendar)",
			"(here is|this is|here are) (what|how|the things) (i am|i will|i have|we are|we will) (changing|change|do|doing|differently)",
			"(i|we) (have|have already) (learned|learnt|changed|realised|realized) (that|how|to|what)",
			"(the|a|my) (new|) (rule|plan|routine|habit|system) (is|now|for)",
			"(i|we) will not ... again (without|until|unless|before)",
			"(i|we) will (ask|check with you|call you|text you|tell you|message you|let you know|ring you) .. (first|before|beforehand|ahead of time|in advance)",
			"(i|we) (have|will|can|am going to|have already|) (book|booked|block|blocked|clear|cleared) (the|every|all|my|those|these|your) ... (off|out)",
			"(i|we) (now|) no longer",
			"(cleared|blocked|blocked out|booked off|set aside|freed up) (my|our|the) (calendar|diary|schedule|time|evenings|weekends|days|mornings)",
			"(he|she|they|we|i) (has|have|is|are|am) (started|begun) (seeing|going|attending|working|taking|learning|using|meeting|to)",
			"(we|i) have (also|) agreed (with *|with * *|) (that|to|on)",
			"(counsellor|counselor|therapist)",
			"(i|we) now (check|make|put|keep|leave|call|text|write|plan|set|use|have|ask|take|go|turn)",
			"(put|putting) (a|an|some) (system|plan|process|reminder|rule|check|routine|limit) in place",
			"(i|we) have made (some|a few|a|two|three|real|big|concrete|several) (changes|change)",
			"(i|we) (have|am|are) (committed|committing) to",
			"before (i|we) (agree|say yes|commit|promise|book|accept)",
			"(i have|there is) (a|my) new (rule|routine|system|habit)",
			"(i|we) (have|have already|have also) asked (*|* *|* * *) to (remind|ring|call|text|check on|check in|hold|nudge|tell|drive|pick|keep|call me out|pull me up|stop) (me|us|on|in)",
			"(i|we) (will|am going to|am) ... (every|each) (day|week|weekday|morning|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|month|rehearsal|match|meeting|gig|shift|handover)",
			"so (that|) (it|this|that) (does not|will not|can not|never|would not) happen again",
			"(i|we) have (deleted|blocked|uninstalled|removed) (the|my|his|her|their|that|this) (*|) (app|apps|account|accounts|number|contact|profile|game|games)",
			// Dated starts: "Starting this week, ...", "As of Monday, ...".,
			"(starting|beginning) (from|) (this|next|today|tomorrow|now|immediately|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the first|the 1st)",
			"^ (as of|from|effective) (this|next|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday) (week|month|term|year|season|weekend|morning|evening|,|on|onwards|monday|tuesday|wednesday|thursday|friday|saturday|sunday|*)",
			"(every|each) time ... (i|we) (will|am going to|are going to|now)",
			// A business naming the new check: "every order is now checked by a second person".,
			"(is|are|will be|will now be|is now|are now|now gets|now get) (now|always|) (checked|double checked|reviewed|confirmed|verified|signed off|signed in|tested|inspected|logged|labelled|labeled|locked) (by|against|before|twice|in writing|every|each|and)",
			// A routine already in place: "I now back up every card to two drives".
			"(i|we) (now|now always|always now) (back up|backup|save|copy|store|lock|label|log|carry|bring|double check|print|test|charge|upload|sync|count|record|photograph|confirm|switch|empty|read|review|run|wear|walk|drive|lock up|sign|send|keep)",
			"(i|we) (now|now always) (*|* *) (every|each|all|both|two|twice|before|after|straight|immediately|within)",
		},
		Except: []string{
			// A vow, not a routine: "I'll be there every single time".
			"(every|each) single",
			"each and every",
			"(not|never|no) .. (started|begun|stopped|signed up|joined|changed)",
			"(not|never|no) ... (counselling|counseling|therapy|anger management|support group)",
			"(i|we) (will|am going to) (never|always)",
			"(always|never|forever) ... from now on",
			"from now on ... (i|we) (will|swear|promise) (always|never)",
			"(i|we) (have|have also|have already|have now) added (a|an|one|two|three|some|) (free|complimentary|extra|bonus|credit|discount|voucher|refund|gift|month|week|months|weeks)",
			"now (leave|put|move|draw) (it|this|that|everything|all this|all of this|the matter|a line)",
		},
	}
}
