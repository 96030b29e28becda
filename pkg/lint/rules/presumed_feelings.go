package rules

import "github.com/apology-cli/apology/pkg/lint"

// presumedFeeling is a feeling the writer may claim to see in the reader.
const presumedFeeling = "(hurt|upset|offended|angry|mad|furious|sad|disappointed|let down|embarrassed|humiliated|" +
	"annoyed|betrayed|frustrated|devastated|heartbroken|insulted|distressed|feeling|fuming|livid|gutted|crushed|" +
	"exhausted|tired|drained|worn out|fed up|anxious|scared|frightened|stressed|overwhelmed|blindsided|disgusted|shaken|furious)"

// PresumedFeelings flags the writer claiming to know the reader's feelings.
func PresumedFeelings() *lint.Rule {
	return &lint.Rule{
		ID:       "presumed-feelings",
		Severity: lint.Warning,
		Summary:  `Claiming to know the other person's feelings: "I know how you feel", "I know you're hurt".`,
		Why: `Some people hear "I know how you feel" as dismissive: it tells them what they feel instead of ` +
			`listening. Reflect what they actually said instead.`,
		Message:    `"{phrase}" claims to know what they feel`,
		Suggestion: `Reflect their own words back ("You said you felt small in front of everyone") or ask.`,
		Bad: []string{
			"I know how you feel.",
			"I know exactly how betrayed you feel right now.",
			"I know you're hurt.",
			"I understand exactly what you're going through.",
		},
		Good: []string{
			"I know I hurt you.",
			"You told me you felt small, and I made you feel that way.",
			"I can only imagine how you feel.",
			"I know you were right.",
		},
		Phrases: []string{
			"(i|we) (know|knew|understand|get) (exactly|just|perfectly|completely|totally|fully|) (how|what) .. you (feel|felt|are feeling|must feel|must be feeling|must have felt|are going through|went through|have been going through|must be going through|are thinking|must think|are experiencing)",
			"(i|we) (know|understand) (that|) you (are|were|feel|felt|must be|must feel|must have been|have been) (*|) " + presumedFeeling,
			"(i|we) (totally|completely|fully|really|truly|do|can) (know|understand|get) (how|what) .. you (feel|felt|are feeling|must feel|must be feeling|must have felt|are going through|went through|must be going through)",
			"(i|we) (feel|felt) (exactly|) (what|how) you (feel|felt|are feeling)",
			"(i|we) (know|understand) (exactly|) what (it is|it was|it feels) like",
			"(i|we) (feel|share) your pain",
			"(i|we) know the feeling",
			"(i|we) can (tell|see) (that|) you (are|were|feel) (*|) " + presumedFeeling,
			"(i|we) (know|understand|feel|get) your (pain|hurt|anger|frustration|disappointment|sadness)",
			"(i|we) know you (hate|despise|resent|can not stand|are done with|never want to see) me",
			"trust me , (i|we) know",
			"(i|we) (know|understand|get|see|totally get|completely get|totally understand|completely understand|fully understand) (exactly|totally|completely|fully|perfectly|just|) (where you are coming from|how hurt you|how angry you|how upset you|how let down you|how betrayed you|how disappointed you|how embarrassed you|how humiliated you)",
			// Knowing how hurt or angry they are.
			"(i|we) (completely|totally|fully|really|truly|absolutely|honestly|do|can|) (know|understand|get|see|realise|realize|appreciate|can see|can tell) (exactly|totally|completely|fully|perfectly|just|only too well|all too well|) how (very|so|really|incredibly|) " +
				presumedFeeling + " (and " + presumedFeeling + "|) (you|ur|u)",
			"(i|we) (know|understand|can tell|can see|get) (that|) (ur|youre|your|you are|u are|you r|u r) (so|really|very|still|pretty|) " + presumedFeeling,
			"(i|we) know (that|) you (have|had|have already|have probably|have obviously) (moved on|got over me|gotten over me|forgotten about me)",
			"(i|we) know (that|) you (are|were) (so|much|really|a lot|) (happy|happier|better off|fine|okay|over it|over me) (now|without me|these days)",
			// Knowing exactly how hard the experience was for them.
			"(i|we) (completely|totally|fully|really|truly|absolutely|do|can|) (know|understand|get|realise|realize) (exactly|totally|completely|fully|perfectly|just|only too well|all too well|) how (very|so|really|incredibly|) (frustrating|stressful|upsetting|distressing|worrying|infuriating|maddening|annoying|disappointing|hurtful|humiliating|embarrassing|painful|scary|frightening|exhausting|inconvenient) ... (has been|have been|was|is|must be|must have been|can be|it is|it was|it must be|it must have been)",
			// Knowing they must hate the writer.
			"(i|we) (know|bet|am sure|imagine|expect) (that|) (you|u) (must|probably|must really|really|will|might|must be|probably must) (hate|despise|loathe|resent|can not stand|never want to see|want nothing to do with|be sick of|be so sick of|be done with) (me|us)",
			// Knowing how a whole group feels: "we know how each of our guests feels".
			"(i|we) (fully|completely|totally|really|truly|absolutely|do|can|) (know|understand|get) (exactly|fully|completely|just|) how (every|each|all|all our|our|the|all of|each of|everyone|everybody) .. (feel|feels|felt|is feeling|are feeling|must feel|must be feeling)",
		},
		Except: []string{
			"(can only|can not|could never|can never|will never|do not|did not|never) .. (know|understand|imagine)",
			"(how|what) (i|my|i have|i had) .. (made|make|left|caused) you (feel|felt)",
			// What the writer's act made them feel is the act, not a presumption.
			"(made|make|makes|left|leaves|leave) (you|u) (feel|felt)",
		},
		Run: reportUnquoted,
	}
}
